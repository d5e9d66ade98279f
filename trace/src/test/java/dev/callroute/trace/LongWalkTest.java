package dev.callroute.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.World;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long walks of the engine (over 1,000 observations each), rendered into a log and explained: a
 * trace the model itself produced must never deviate, however long the walk and however many times
 * it declined, ended and dialled again.
 */
class LongWalkTest {
  private static final World WORLD =
      new World(
          List.of(
              Accessory.of("danas-airpods", AccessoryKind.BLUETOOTH_HEADSET)
                  .withName("Dana’s AirPods"),
              Accessory.of("bose-qc45", AccessoryKind.BLUETOOTH_HEADSET).withName("Bose QC45"),
              Accessory.of("jbl-flip-6", AccessoryKind.BLUETOOTH_SPEAKER).withName("JBL Flip 6")),
          App.DEFAULT);

  @ParameterizedTest(name = "{0} walk, seed {1}")
  @CsvSource({"J1, 7", "J1, 11", "C1, 7", "W1, 7"})
  void aLongEngineWalkIsExplainedWithoutDeviation(SampleLogs.Format format, long seed)
      throws IOException {
    Walk walk = Walk.of(WORLD, CallAudioRouting.AUTOMATIC, format, 2_400, new Random(seed));
    long expected = walk.observations(format);
    assertThat(expected).isGreaterThanOrEqualTo(1_000);

    TraceRun run = walk.explain(format);

    assertThat(run.result().summary().deviations()).as(run.summary()).isZero();
    assertThat(run.result().summary().outside()).isZero();
    assertThat(run.result().summary().observations()).isEqualTo(expected);
    assertThat(run.result().summary().explained()).isEqualTo(expected);
  }
}
