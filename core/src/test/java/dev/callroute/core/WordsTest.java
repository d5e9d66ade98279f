package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word written for a port reads back as the same port or accessory. */
class WordsTest {
  private static final World WORLD =
      new World(
          List.of(
              Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
              Accessory.of("boombox", AccessoryKind.BLUETOOTH_SPEAKER)),
          App.DEFAULT);

  @Test
  void anAccessorysPortIsWrittenAsItsIdAndReadBack() {
    String w = Words.of(WORLD, Port.BLUETOOTH_HFP, 1);
    assertThat(w).isEqualTo("boombox");
    assertThat(Words.accessory(w, WORLD)).isEqualTo(1);
    assertThat(Words.port(w)).isEmpty();
  }

  @Test
  void anIphonePortIsWrittenAsItsNameAndReadBack() {
    for (Port p : List.of(Port.BUILT_IN_RECEIVER, Port.BUILT_IN_SPEAKER, Port.BUILT_IN_MIC)) {
      String w = Words.of(WORLD, p, Route.BUILT_IN);
      assertThat(w).isEqualTo(p.specName());
      assertThat(Words.port(w)).contains(p);
      assertThat(Words.accessory(w, WORLD)).isEqualTo(-1);
    }
  }
}
