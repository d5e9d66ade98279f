package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.CallState;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Counterexamples of test-only broken rules, written as scenario files, replay and pass. */
class FindingScenarioTest {
  private static final String WORLD =
      "name: Test world\n"
          + "accessories:\n"
          + "  - {id: airpods, kind: bluetoothHeadset, connected: true}\n"
          + "  - {id: boombox, kind: bluetoothSpeaker}\n"
          + "app: {role: sender}\n";

  private static final String WITH_PREFIX =
      WORLD + "steps:\n  - incomingCall: c1\n  - answer: {call: c1, via: airpods}\n";

  /** A broken rule: a property that some transition violates. */
  private static TransitionCheck broken(String name, BiPredicate<Step, Outcome> holds) {
    return new TransitionCheck() {
      @Override
      public String property() {
        return name;
      }

      @Override
      public boolean holds(State before, Step step, Outcome outcome) {
        return holds.test(step, outcome);
      }
    };
  }

  static Stream<Arguments> brokenRules() {
    TransitionCheck noHold =
        broken(
            "no call is ever held",
            (step, o) -> o.state().calls().stream().noneMatch(c -> c.state() == CallState.HELD));
    TransitionCheck noRejection = broken("no step is rejected", (step, o) -> !o.rejected());
    TransitionCheck noSpeaker =
        broken(
            "nothing plays on the boombox",
            (step, o) -> o.state().currentRoute().outputAccessory() != 1);
    return Stream.of(
        Arguments.of(WORLD, noHold),
        Arguments.of(WORLD, noRejection),
        Arguments.of(WORLD, noSpeaker),
        Arguments.of(WITH_PREFIX, noHold),
        Arguments.of(WITH_PREFIX, noRejection));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("brokenRules")
  void theCounterexampleOfABrokenRuleReplaysAsAPassingScenario(String yaml, TransitionCheck check) {
    Path name = Path.of("world.yaml");
    StartingPoint point =
        StartingPoint.of(ScenarioReader.read(yaml, name, true).scenario().orElseThrow())
            .point()
            .orElseThrow();
    ExploreResult r =
        new Explorer(point.state(), point.usedCallIds(), ExploreOptions.defaults(), List.of(check))
            .run(Explorer.Progress.NONE);
    assertThat(r.violations()).hasSize(1);
    Finding f = r.violations().get(0);
    Step last = f.steps().get(f.steps().size() - 1);
    assertThat(check.holds(point.state(), last, f.last()))
        .as("the last step breaks the rule")
        .isFalse();
    String written = ScenarioWriter.write(point.scenarioOf(f));
    ReadResult read = ScenarioReader.read(written, Path.of("counterexample.yaml"));
    assertThat(read.problems()).as(written).isEmpty();
    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());
    assertThat(report.passed()).as(written).isTrue();
    assertThat(written).contains("expect:").contains(f.last().rejected() ? "rejected: true" : "");
  }
}
