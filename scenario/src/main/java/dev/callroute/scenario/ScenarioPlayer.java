package dev.callroute.scenario;

import dev.callroute.core.Decision;
import dev.callroute.core.Outcome;
import dev.callroute.core.Rule;
import dev.callroute.core.Setup;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plays a scenario through the engine and checks every expectation. */
public final class ScenarioPlayer {
  private ScenarioPlayer() {}

  /** Plays the scenario: one row for the start, then one per action. */
  public static PlayReport play(Scenario scenario) {
    List<Step> actions = scenario.actions();
    Setup.Played played = scenario.setup().play(actions);
    List<StepReport> rows = new ArrayList<>();
    Optional<ScenarioStep.Action> action = Optional.empty();
    Outcome outcome = start(played.start());
    List<ScenarioStep.Expect> expects = new ArrayList<>();
    int done = 0;
    for (ScenarioStep entry : scenario.steps()) {
      if (entry instanceof ScenarioStep.Expect e) {
        expects.add(e);
        continue;
      }
      rows.add(row(scenario, action, outcome, expects));
      action = Optional.of((ScenarioStep.Action) entry);
      outcome = played.outcomes().get(done++);
      expects = new ArrayList<>();
    }
    rows.add(row(scenario, action, outcome, expects));
    return new PlayReport(scenario, rows);
  }

  /** The outcome shown for the starting state: no notifications, the media route. */
  private static Outcome start(State state) {
    return new Outcome.Applied(
        state, List.of(), Decision.of(state.currentRoute(), Rule.IDLE_MEDIA_ROUTE));
  }

  private static StepReport row(
      Scenario scenario,
      Optional<ScenarioStep.Action> action,
      Outcome outcome,
      List<ScenarioStep.Expect> expects) {
    List<ExpectationFailure> failures = new ArrayList<>();
    boolean rejectionChecked = false;
    for (ScenarioStep.Expect e : expects) {
      failures.addAll(ExpectationCheck.check(e, outcome, scenario.world()));
      rejectionChecked |= e.expectation().rejected().isPresent();
    }
    if (outcome.rejected() && !rejectionChecked) {
      failures.add(
          0,
          new ExpectationFailure(
              action.get().at(),
              "rejected",
              "the step to happen (if the rejection is intended, add expect: {rejected: true})",
              "rejected: " + ((Outcome.Rejected) outcome).rejection().message()));
    }
    return new StepReport(action, outcome, expects, failures);
  }
}
