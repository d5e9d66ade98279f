package dev.callroute.explore;

import dev.callroute.core.Outcome;
import dev.callroute.core.Step;
import java.util.List;
import java.util.Objects;

/**
 * A shortest path from the start to a state of interest: a violation or a {@code --reach} answer.
 *
 * @param property what was violated or reached, in words, such as "invariant 3 (...)"
 * @param steps the steps from the start, with real call ids; empty when the start itself is the
 *     state of interest
 * @param last the outcome of the last step; with no steps, the start as an applied outcome
 */
public record Finding(String property, List<Step> steps, Outcome last) {
  public Finding {
    Objects.requireNonNull(property, "property");
    steps = List.copyOf(steps);
    Objects.requireNonNull(last, "last");
  }

  /** Whether the start itself is the state of interest: no step leads to it. */
  public boolean atStart() {
    return steps.isEmpty();
  }
}
