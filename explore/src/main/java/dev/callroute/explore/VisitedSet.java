package dev.callroute.explore;

/**
 * The states a search has visited, numbered in the order they were found, with how each was
 * reached. {@link StateStore} keeps every state; {@link BitStateStore} keeps a bit array and only
 * the states still to expand.
 */
interface VisitedSet {
  /** How many states were visited. */
  int size();

  /** The low word of state {@code id}, for ids of the level being expanded or later. */
  long low(int id);

  /** The high word of state {@code id}, for ids of the level being expanded or later. */
  long high(int id);

  /** The state that state {@code id} was reached from, or -1 for the first state. */
  int parent(int id);

  /** The code of the step that reached state {@code id}; meaningless for the first state. */
  int step(int id);

  /**
   * Whether the state counts as visited. Safe from many threads while one thread adds states, as
   * long as no array grows (see {@link #hasRoomFor}): it may then answer {@code false} for a state
   * added since the round started, never {@code true} wrongly.
   */
  boolean contains(long lo, long hi);

  /**
   * Sets {@code out[j]} to {@code contains(lo[j], hi[j])} for each {@code j < n}; an implementation
   * may look them up together so that their cache misses overlap, with {@code scratch} (of length
   * at least {@code n}) as working space.
   */
  default void containsAll(long[] lo, long[] hi, int n, int[] scratch, boolean[] out) {
    for (int j = 0; j < n; j++) {
      out[j] = contains(lo[j], hi[j]);
    }
  }

  /** A round of expansion starts: {@link #contains} trusts the states stored so far. */
  void startRound();

  /** Whether {@code n} more states fit without any array growing. */
  boolean hasRoomFor(int n);

  /** Adds the state unless it counts as visited; its new number, or -1. */
  int add(long lo, long hi, int parent, int step);

  /** The words of states below {@code id} are no longer needed (their level is expanded). */
  void forget(int id);

  /** The bytes the arrays would hold at their peak if they grew now. */
  long bytesWhileGrowing();

  /** The bytes held by the arrays of this set. */
  long bytes();
}
