package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.Engine;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BitstateTest {
  private static final World WORLD =
      Worlds.world(Worlds.VOIP_SENDER, "boombox:BLUETOOTH_SPEAKER", "airpods:BLUETOOTH_HEADSET");
  private static final List<String> NEVER =
      List.of("call=held & output=builtInSpeaker", "input=airpods & voip=active", "voip=idle");

  private static ExploreOptions options(Optional<Bitstate> bitstate) {
    return new ExploreOptions(
            2,
            Integer.MAX_VALUE,
            NEVER.stream().map(e -> Query.parse(e, WORLD)).toList(),
            Optional.of(Query.parse("call=held & voip=interrupted", WORLD)))
        .withBitstate(bitstate);
  }

  @Test
  void aRoomyBitArrayVisitsEveryStateAndFindsWhatTheExhaustiveSearchFinds() {
    ExploreResult exact =
        Worlds.explorer(WORLD, options(Optional.empty())).run(Explorer.Progress.NONE);
    Bitstate roomy = new Bitstate(1L << 26, 3);
    for (int threads : new int[] {1, 2}) {
      ExploreResult bits =
          Worlds.explorer(WORLD, options(Optional.of(roomy)).withThreads(threads))
              .run(Explorer.Progress.NONE);
      assertThat(bits.states()).isEqualTo(exact.states());
      assertThat(bits.transitions()).isEqualTo(exact.transitions());
      assertThat(bits.violations()).isEqualTo(exact.violations());
      assertThat(bits.reached()).isEqualTo(exact.reached());
      ExploreResult.BitstateSummary summary = bits.bitstate().orElseThrow();
      assertThat(summary.fill()).isBetween(0.0, 3.0 * exact.states() / roomy.bits());
      // Adding n states one by one to m bits with k = 3: the sum of (3i/m)^3 is about
      // 27 n^4 / (4 m^3), the expected number of states missed.
      double n = exact.states();
      double m = roomy.bits();
      double expected = 27 * Math.pow(n, 4) / (4 * Math.pow(m, 3));
      assertThat(summary.expectedMisses()).isBetween(0.9 * expected, 1.1 * expected);
      assertThat(summary.missProbability()).isPositive().isLessThan(1e-4);
    }
    assertThat(exact.bitstate()).isEmpty();
    assertThat(exact.violations()).hasSize(3);
  }

  @Test
  void aCrampedBitArrayMissesStatesSaysSoAndWhatItFindsIsReal() {
    ExploreResult exact =
        Worlds.explorer(WORLD, options(Optional.empty())).run(Explorer.Progress.NONE);
    Bitstate cramped = new Bitstate(Bitstate.MIN_BITS, 2);
    ExploreResult bits =
        Worlds.explorer(WORLD, options(Optional.of(cramped))).run(Explorer.Progress.NONE);
    assertThat(bits.states()).isLessThan(exact.states());
    assertThat(bits.bitstate().orElseThrow().missProbability()).isGreaterThan(0.99);
    assertThat(bits.bytes()).isLessThan(exact.bytes());
    for (Finding f : bits.violations()) {
      State s = Worlds.start(WORLD);
      for (Step step : f.steps()) {
        s = Engine.next(s, step).state();
      }
      String expr = f.property().substring("--never ".length());
      assertThat(Query.parse(expr, WORLD).matches(s)).isTrue();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "8K, 65536",
    "8k, 65536",
    "64M, 536870912",
    "100M, 536870912",
    "1G, 8589934592",
    "8G, 68719476736",
    "1048576, 8388608"
  })
  void sizesAreReadInBytesAndRoundedDownToAPowerOfTwo(String size, long bits) {
    assertThat(Bitstate.parseBits(size)).isEqualTo(bits);
  }

  @ParameterizedTest
  @CsvSource({"4K", "9G", "0", "-1M", "1.5G", "M", "''", "64MB", "1T"})
  void badSizesAreRefusedWithTheAcceptedForms(String size) {
    assertThatThrownBy(() -> Bitstate.parseBits(size))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("8K")
        .hasMessageContaining(size.isEmpty() ? "''" : size);
  }

  @Test
  void theNumberOfHashesIsBounded() {
    assertThatThrownBy(() -> new Bitstate(1L << 20, 0)).hasMessageContaining("between 1 and 16");
    assertThatThrownBy(() -> new Bitstate(1L << 20, 17)).hasMessageContaining("between 1 and 16");
    assertThatThrownBy(() -> new Bitstate(3L << 20, 3)).hasMessageContaining("power of two");
    assertThat(new Bitstate(1L << 20, 16).bytes()).isEqualTo(1L << 17);
  }
}
