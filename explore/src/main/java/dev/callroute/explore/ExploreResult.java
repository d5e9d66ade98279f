package dev.callroute.explore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search found.
 *
 * @param states distinct states visited, the start included
 * @param transitions steps tried, rejected ones included
 * @param maxDepth the most steps from the start to a visited state
 * @param nanos how long the search took
 * @param bytes the bytes of the arrays that held the visited states
 * @param violations one shortest counterexample per violated invariant or {@code --never}
 * @param reached the shortest path to the {@code --reach} condition, when asked and found
 * @param stopped why the search stopped before it was complete, when a bound on states or memory
 *     stopped it; the other figures are then those reached so far
 * @param complete whether every reachable state was expanded; false when {@code --max-depth} cut
 *     the search off with states left unexpanded, so that nothing found is no proof
 */
public record ExploreResult(
    long states,
    long transitions,
    int maxDepth,
    long nanos,
    long bytes,
    List<Finding> violations,
    Optional<Finding> reached,
    Optional<String> stopped,
    boolean complete) {
  public ExploreResult {
    violations = List.copyOf(violations);
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(stopped, "stopped");
  }

  /** Visited states per second. */
  public double statesPerSecond() {
    return nanos == 0 ? 0 : states * 1e9 / nanos;
  }

  /** Bytes of the visited-state arrays per visited state. */
  public double bytesPerState() {
    return states == 0 ? 0 : (double) bytes / states;
  }
}
