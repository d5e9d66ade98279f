package dev.callroute.explore;

import dev.callroute.core.Outcome;
import dev.callroute.core.Step;
import java.util.List;
import java.util.Objects;

/**
 * A shortest path from the start to a state of interest: a violation or a {@code --reach} answer.
 *
 * @param property what was violated or reached, in words, such as "invariant 3 (...)"
 * @param steps the steps from the start, with real call ids; never empty
 * @param last the outcome of the last step
 */
public record Finding(String property, List<Step> steps, Outcome last) {
  public Finding {
    Objects.requireNonNull(property, "property");
    steps = List.copyOf(steps);
    Objects.requireNonNull(last, "last");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a finding has at least one step");
    }
  }
}
