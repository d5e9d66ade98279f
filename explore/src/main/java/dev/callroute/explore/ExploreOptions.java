package dev.callroute.explore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to search and what to look for.
 *
 * @param maxCalls the most calls that exist at once (ringing, active or held)
 * @param maxDepth the most steps after the start that are explored; {@link Integer#MAX_VALUE} for
 *     no bound
 * @param never conditions that no reachable state may match; a match is a violation
 * @param reach a condition whose shortest path is wanted, if any
 * @param threads how many threads expand states; the result is the same for any number
 * @param maxStates the search stops, incomplete, once it has stored this many states
 * @param maxBytes the search stops, incomplete, before the arrays of visited states (and their next
 *     growth) would need more than this many bytes
 * @param symmetry whether states that differ only by swapping interchangeable accessories are
 *     visited once per class (see {@link Symmetry})
 * @param bitstate when present, a bitstate search (see {@link Bitstate}) instead of an exhaustive
 *     one
 */
public record ExploreOptions(
    int maxCalls,
    int maxDepth,
    List<Query> never,
    Optional<Query> reach,
    int threads,
    long maxStates,
    long maxBytes,
    boolean symmetry,
    Optional<Bitstate> bitstate) {
  /** The default bound on calls at once. */
  public static final int DEFAULT_MAX_CALLS = 2;

  /** The most calls at once that the packed form holds. */
  public static final int MAX_CALLS_LIMIT = 7;

  /** The most {@code --never} conditions at once. */
  public static final int MAX_NEVER = 63;

  /** Options for a search on one thread. */
  public ExploreOptions(int maxCalls, int maxDepth, List<Query> never, Optional<Query> reach) {
    this(maxCalls, maxDepth, never, reach, 1);
  }

  /**
   * Options without a bound on states or memory (the heap remains the bound), for an exhaustive
   * search without symmetry reduction.
   */
  public ExploreOptions(
      int maxCalls, int maxDepth, List<Query> never, Optional<Query> reach, int threads) {
    this(
        maxCalls,
        maxDepth,
        never,
        reach,
        threads,
        Long.MAX_VALUE,
        Long.MAX_VALUE,
        false,
        Optional.empty());
  }

  public ExploreOptions {
    if (maxCalls < 0 || maxCalls > MAX_CALLS_LIMIT) {
      throw new IllegalArgumentException(
          "--max-calls must be between 0 and " + MAX_CALLS_LIMIT + ", not " + maxCalls);
    }
    if (maxDepth < 0) {
      throw new IllegalArgumentException("--max-depth must be 0 or more, not " + maxDepth);
    }
    never = List.copyOf(never);
    if (never.size() > MAX_NEVER) {
      throw new IllegalArgumentException("at most " + MAX_NEVER + " --never conditions");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be 1 or more, not " + threads);
    }
    Objects.requireNonNull(reach, "reach");
    if (maxStates < 1) {
      throw new IllegalArgumentException("--max-states must be 1 or more, not " + maxStates);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("--max-memory must be more than 0, not " + maxBytes);
    }
    Objects.requireNonNull(bitstate, "bitstate");
  }

  /** Explore everything with the default call bound and no queries, on one thread. */
  public static ExploreOptions defaults() {
    return new ExploreOptions(DEFAULT_MAX_CALLS, Integer.MAX_VALUE, List.of(), Optional.empty());
  }

  /** The same options with another number of threads. */
  public ExploreOptions withThreads(int n) {
    return new ExploreOptions(
        maxCalls, maxDepth, never, reach, n, maxStates, maxBytes, symmetry, bitstate);
  }

  /** The same options with bounds on the states stored and on their memory. */
  public ExploreOptions withBounds(long states, long bytes) {
    return new ExploreOptions(
        maxCalls, maxDepth, never, reach, threads, states, bytes, symmetry, bitstate);
  }

  /** The same options with symmetry reduction on or off. */
  public ExploreOptions withSymmetry(boolean on) {
    return new ExploreOptions(
        maxCalls, maxDepth, never, reach, threads, maxStates, maxBytes, on, bitstate);
  }

  /** The same options with a bitstate search, or an exhaustive one when empty. */
  public ExploreOptions withBitstate(Optional<Bitstate> b) {
    return new ExploreOptions(
        maxCalls, maxDepth, never, reach, threads, maxStates, maxBytes, symmetry, b);
  }
}
