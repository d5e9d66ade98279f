package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
  private static final List<String> WORDS =
      List.of("steps", "name", "description", "bluetoothHeadset", "bluetoothSpeaker", "callKit");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "stpes, steps",
    "nmae, name",
    "descripton, description",
    "bluetoothHeadphones, bluetoothHeadset",
    "bluetoothspeaker, bluetoothSpeaker",
    "callkit, callKit",
    "zzz, ''",
    "accessory, ''"
  })
  void suggestsTheClosestKnownWordOrNothing(String typo, String expected) {
    assertThat(Suggest.closest(typo, WORDS).orElse("")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource({"abc, abc, 0", "abc, acb, 1", "kitten, sitting, 3", "'', abc, 3"})
  void countsEditsWithSwapsAsOne(String a, String b, int distance) {
    assertThat(Suggest.distance(a, b)).isEqualTo(distance);
  }
}
