package dev.callroute.scenario;

import dev.callroute.core.Outcome;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a played scenario: an action and what it did, or the start of the scenario, with the
 * expectations checked against it.
 *
 * @param action the action; empty for the row of the starting state
 * @param outcome what the engine did; for the start row, the starting state
 * @param expects the expectations that checked this row, in file order
 * @param failures what did not hold, in file order; empty when the row passed
 */
public record StepReport(
    Optional<ScenarioStep.Action> action,
    Outcome outcome,
    List<ScenarioStep.Expect> expects,
    List<ExpectationFailure> failures) {
  public StepReport {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    expects = List.copyOf(expects);
    failures = List.copyOf(failures);
  }

  /** Whether this is the row of the starting state rather than of a step. */
  public boolean isStart() {
    return action.isEmpty();
  }

  /** The step as a scenario file writes it, such as {@code answer: c1}; {@code (start)} first. */
  public String text() {
    return action.map(a -> ScenarioText.step(a.step())).orElse("(start)");
  }

  /** Whether nothing failed on this row. */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** The failures of one expectation of this row. */
  public List<ExpectationFailure> failuresOf(ScenarioStep.Expect expect) {
    return failures.stream().filter(f -> f.at().equals(expect.at())).toList();
  }
}
