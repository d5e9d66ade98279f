package dev.callroute.explore;

import dev.callroute.core.Outcome;
import dev.callroute.core.Setup;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import dev.callroute.scenario.Problem;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioDraft;
import dev.callroute.scenario.ScenarioStep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a search starts: a scenario's world and settings, after its steps (the starting prefix).
 *
 * @param source the file the scenario came from, as the user named it
 * @param setup the world, the initial setting and the accessories connected first
 * @param prefix the scenario's steps that the engine applies, without its expectations
 * @param state the state after the prefix
 * @param usedCallIds every call id the file's steps declare
 */
public record StartingPoint(
    String source, Setup setup, List<Step> prefix, State state, Set<String> usedCallIds) {
  public StartingPoint {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(setup, "setup");
    prefix = List.copyOf(prefix);
    Objects.requireNonNull(state, "state");
    usedCallIds = Set.copyOf(usedCallIds);
  }

  /**
   * The starting point of a scenario, or the problems that prevent it. A step of the prefix that
   * the engine rejects is left out when the file expects it ({@code rejected: true}): it changes
   * nothing. A step rejected unexpectedly is a problem, as it is for {@code callroute run}. Other
   * expectations are for {@code callroute run}; explore does not check them.
   */
  public static Result of(Scenario scenario) {
    List<Step> actions = scenario.actions();
    Setup.Played played = scenario.setup().play(actions);
    List<Step> prefix = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    List<Problem> problems = new ArrayList<>();
    Problem unexpected = null;
    int done = 0;
    for (ScenarioStep entry : scenario.steps()) {
      if (entry instanceof ScenarioStep.Expect e) {
        if (e.expectation().expectsRejection()) {
          unexpected = null;
        }
        continue;
      }
      if (unexpected != null) {
        problems.add(unexpected);
        unexpected = null;
      }
      Step step = actions.get(done);
      Outcome o = played.outcomes().get(done++);
      declared(step).ifPresent(ids::add);
      if (o instanceof Outcome.Rejected r) {
        unexpected =
            Problem.at(
                scenario.source(),
                entry.at(),
                "explore starts after the file's steps, and this step is rejected: "
                    + r.rejection().message());
        continue;
      }
      prefix.add(step);
    }
    if (unexpected != null) {
      problems.add(unexpected);
    }
    if (!problems.isEmpty()) {
      return new Result(java.util.Optional.empty(), problems);
    }
    StartingPoint p =
        new StartingPoint(
            scenario.source().toString(), scenario.setup(), prefix, played.last(), ids);
    return new Result(java.util.Optional.of(p), List.of());
  }

  /** The accessories and the app: the world of {@link #setup()}. */
  public World world() {
    return setup.world();
  }

  /** The scenario file of a finding from this starting point. */
  public ScenarioDraft scenarioOf(Finding finding) {
    return FindingScenario.draft(source, setup, prefix, finding);
  }

  /** The call id a step declares, if it declares one. */
  static java.util.Optional<String> declared(Step s) {
    if (s instanceof Step.IncomingCall) {
      return java.util.Optional.of(((Step.IncomingCall) s).call());
    } else if (s instanceof Step.Dial) {
      return java.util.Optional.of(((Step.Dial) s).call());
    }
    return java.util.Optional.empty();
  }

  /**
   * A starting point, or why there is none.
   *
   * @param point the starting point when there are no problems
   * @param problems what prevents it, each at its place in the file
   */
  public record Result(java.util.Optional<StartingPoint> point, List<Problem> problems) {
    public Result {
      Objects.requireNonNull(point, "point");
      problems = List.copyOf(problems);
    }
  }
}
