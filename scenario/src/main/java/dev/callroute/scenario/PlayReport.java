package dev.callroute.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A played scenario: the start row, then one row per action.
 *
 * @param scenario the scenario played
 * @param rows the start row followed by one row per action, in order
 */
public record PlayReport(Scenario scenario, List<StepReport> rows) {
  public PlayReport {
    Objects.requireNonNull(scenario, "scenario");
    rows = List.copyOf(rows);
  }

  /** Whether every expectation held and no step was rejected unexpectedly. */
  public boolean passed() {
    return rows.stream().allMatch(StepReport::passed);
  }

  /** Every failure, in file order. */
  public List<ExpectationFailure> failures() {
    return rows.stream().flatMap(r -> r.failures().stream()).toList();
  }
}
