package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Over random worlds, with accessory ids that look like words, the scenario that {@code explore
 * --out} writes for a reached condition reads back without a problem and passes {@code run}.
 */
class WrittenFilesPassRunProperties {
  /** Valid ids close to the reserved words, and ordinary ones. */
  private static final List<String> IDS =
      List.of(
          "airpods",
          "on",
          "off",
          "yes",
          "iPhone",
          "phone",
          "handset",
          "headset",
          "speakers",
          "mics",
          "nothing",
          "a-b",
          "x_y");

  private static final List<String> KINDS =
      List.of(
          "bluetoothHeadset",
          "bluetoothSpeaker",
          "wiredHeadset",
          "wiredHeadphones",
          "bluetoothSpeakerNoMic");

  private static final List<String> GOALS =
      List.of(
          "call=active",
          "call=held",
          "voip=active",
          "output=earpiece",
          "input=mic",
          "output=speaker",
          "output=bluetoothHFP",
          "output=headphones");

  @Provide
  Arbitrary<String> worlds() {
    Arbitrary<List<String>> ids =
        Arbitraries.of(IDS).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    Arbitrary<String> app =
        Arbitraries.of(
            "{role: sender}",
            "{role: sender, callKit: true}",
            "{role: receiver}",
            "{role: sender, mode: videoChat}");
    return Combinators.combine(
            ids,
            Arbitraries.of(KINDS).list().ofSize(3),
            Arbitraries.of(true, false).list().ofSize(3),
            app)
        .as(
            (is, kinds, connected, a) -> {
              StringBuilder y = new StringBuilder("name: Random world\naccessories:\n");
              for (int i = 0; i < is.size(); i++) {
                String kind = kinds.get(i);
                String hfp = "";
                if (kind.equals("bluetoothSpeakerNoMic")) {
                  kind = "bluetoothSpeaker";
                  hfp = ", hfp: never";
                }
                y.append("  - {id: ")
                    .append(is.get(i))
                    .append(", kind: ")
                    .append(kind)
                    .append(hfp)
                    .append(", connected: ")
                    .append(connected.get(i))
                    .append("}\n");
              }
              return y.append("app: ").append(a).append('\n').toString();
            });
  }

  @Property(tries = 60)
  void theReachedScenarioPassesRun(@ForAll("worlds") String world, @ForAll("goals") String goal) {
    StartingPoint point =
        StartingPoint.of(
                ScenarioReader.read(world, Path.of("world.yaml"), true).scenario().orElseThrow())
            .point()
            .orElseThrow();
    Query query = Query.parse(goal, point.state().world());
    ExploreResult r =
        new Explorer(
                point.state(),
                point.usedCallIds(),
                new ExploreOptions(2, 5, List.of(), Optional.of(query)))
            .run(Explorer.Progress.NONE);
    if (r.reached().isEmpty()) {
      return; // not reachable in this world within the depth: nothing written
    }
    WRITTEN.incrementAndGet();
    String written = ScenarioWriter.write(point.scenarioOf(r.reached().get()));
    ReadResult read = ScenarioReader.read(written, Path.of("reach.yaml"));
    assertThat(read.problems()).as(world + "\n---\n" + written).isEmpty();
    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());
    assertThat(report.passed()).as(world + "\n---\n" + written).isTrue();
  }

  /** How many tries wrote a file: the property must not pass by finding nothing. */
  private static final AtomicInteger WRITTEN = new AtomicInteger();

  @AfterContainer
  static void manyTriesWroteAFile() {
    assertThat(WRITTEN.get()).as("tries that reached the goal and wrote a file").isGreaterThan(15);
  }

  @Provide
  Arbitrary<String> goals() {
    return Arbitraries.of(GOALS);
  }
}
