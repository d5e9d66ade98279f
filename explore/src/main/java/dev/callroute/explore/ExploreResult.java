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
 *     the search off with states left unexpanded, so that nothing found is no proof * @param
 *     representedStates how many states the visited ones stand for: with symmetry reduction, the
 *     sizes of their classes added up (what an exhaustive search without it visits); else {@code
 *     states}
 * @param interchangeable the ids of the accessories symmetry reduction swapped, one list per class
 *     of interchangeable ones; empty when it swapped none
 * @param bitstate what a bitstate search may have missed, when it was one
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
    boolean complete,
    long representedStates,
    List<List<String>> interchangeable,
    Optional<BitstateSummary> bitstate) {
  public ExploreResult {
    violations = List.copyOf(violations);
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(stopped, "stopped");
    interchangeable = interchangeable.stream().map(List::copyOf).toList();
    Objects.requireNonNull(bitstate, "bitstate");
  }

  /**
   * What a bitstate search may have missed.
   *
   * @param settings the bit array's size and the number of hash functions
   * @param fill the fraction of the bits set at the end
   * @param expectedMisses the estimated number of new states wrongly taken as visited
   */
  public record BitstateSummary(Bitstate settings, double fill, double expectedMisses) {
    public BitstateSummary {
      Objects.requireNonNull(settings, "settings");
    }

    /** The estimated probability that at least one state was wrongly taken as visited. */
    public double missProbability() {
      return -Math.expm1(-expectedMisses);
    }
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
