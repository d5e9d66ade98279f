package dev.callroute.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a scenario file gave: the scenario when the file is valid, otherwise every problem
 * found, in file order.
 *
 * @param scenario the scenario; present exactly when there are no problems
 * @param problems every problem in the file; empty when it is valid
 */
public record ReadResult(Optional<Scenario> scenario, List<Problem> problems) {
  public ReadResult {
    Objects.requireNonNull(scenario, "scenario");
    problems = List.copyOf(problems);
    if (scenario.isPresent() != problems.isEmpty()) {
      throw new IllegalArgumentException("a result has a scenario or problems, not both");
    }
  }

  /** Whether the file is valid. */
  public boolean valid() {
    return problems.isEmpty();
  }
}
