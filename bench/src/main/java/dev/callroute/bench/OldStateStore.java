package dev.callroute.bench;

import java.util.Arrays;

/**
 * A copy of {@code dev.callroute.explore.StateStore} as it was before the fingerprints in its table
 * slots (commit 094b243), kept only so that {@link StoreBenchmark} can compare both in one run. Not
 * used by the explorer.
 *
 * <p>The visited states of a search, in the order they were found, with how each was reached.
 *
 * <p>Each state is two {@code long}s in one growing array, so the array is also the breadth-first
 * queue. An open-addressing hash table of {@code int} state numbers (linear probing, at most half
 * full) finds a state by its bits. Each state also keeps the number of the state it was reached
 * from and the code of the step that reached it. Nothing is boxed.
 *
 * <p>Memory: 22 bytes per state in the growing arrays (grown by a quarter, so at most 27.5 with the
 * slack) and 8 to 16 in the table (it doubles when half full), at most about 44 bytes per state.
 */
public final class OldStateStore {
  private long[] words = new long[2 * 1024];
  private int[] parents = new int[1024];
  private short[] steps = new short[1024];
  private int[] table = new int[2048];
  private int mask = table.length - 1;
  private int size;
  // States numbered from here on were added during the current round: contains() skips them, as
  // their words may not be visible yet to the thread that asks.
  private int trusted = Integer.MAX_VALUE;
  // Keeps the loads of containsAll's second pass from being optimized away.
  private long sink;

  /** How many states are stored. */
  public int size() {
    return size;
  }

  /** The low word of state {@code id}. */
  public long low(int id) {
    return words[2 * id];
  }

  /** The high word of state {@code id}. */
  public long high(int id) {
    return words[2 * id + 1];
  }

  /** The state that state {@code id} was reached from, or -1 for the first state. */
  public int parent(int id) {
    return parents[id];
  }

  /** The code of the step that reached state {@code id}; meaningless for the first state. */
  public int step(int id) {
    return steps[id];
  }

  /** Whether the state is stored. Safe to call from many threads while nothing is added. */
  public boolean contains(long lo, long hi) {
    int slot = (int) mix(lo, hi) & mask;
    while (true) {
      int id = table[slot] - 1;
      if (id < 0) {
        return false;
      }
      if (id < trusted && words[2 * id] == lo && words[2 * id + 1] == hi) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds the state unless it is stored, and returns its new number, or -1 when it was stored
   * already.
   */
  public int add(long lo, long hi, int parent, int step) {
    int slot = (int) mix(lo, hi) & mask;
    while (true) {
      int id = table[slot] - 1;
      if (id < 0) {
        break;
      }
      if (words[2 * id] == lo && words[2 * id + 1] == hi) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == Integer.MAX_VALUE / 2 - 1) {
      throw new IllegalStateException("too many states to store: " + size);
    }
    int id = size++;
    if (id == parents.length) {
      int grown = (int) Math.min(Integer.MAX_VALUE / 2 - 1, (long) id + (id >> 2));
      words = Arrays.copyOf(words, 2 * grown);
      parents = Arrays.copyOf(parents, grown);
      steps = Arrays.copyOf(steps, grown);
    }
    words[2 * id] = lo;
    words[2 * id + 1] = hi;
    parents[id] = parent;
    steps[id] = (short) step;
    table[slot] = id + 1;
    if (2L * size > table.length) {
      rehash();
    }
    return id;
  }

  /**
   * Looks the states up in three passes: the table slot of every state, then the words of the state
   * each slot names, then the whole probe, which now mostly hits the cache. The loads of one pass
   * do not depend on each other, so the processor has several cache misses in flight at once
   * instead of one after the other (a state's successors are spread over the whole table and the
   * whole word array, see {@code bench/README.md}). The answers are those of {@link #contains}.
   */
  public void containsAll(long[] lo, long[] hi, int n, int[] scratch, boolean[] out) {
    int[] t = table;
    int m = mask;
    for (int j = 0; j < n; j++) {
      scratch[j] = t[(int) mix(lo[j], hi[j]) & m] - 1;
    }
    long[] w = words;
    long touched = 0;
    for (int j = 0; j < n; j++) {
      int id = scratch[j];
      touched += id >= 0 && id < trusted ? w[2 * id] : 0;
    }
    for (int j = 0; j < n; j++) {
      out[j] = contains(lo[j], hi[j]);
    }
    sink = touched;
  }

  public void startRound() {
    trusted = size;
  }

  public boolean hasRoomFor(int n) {
    return (long) size + n <= parents.length && 2L * (size + n) <= table.length;
  }

  /** Keeps every state: nothing to forget. */
  public void forget(int id) {}

  /**
   * The bytes the arrays would hold at their peak if they grew now: the current arrays while their
   * bigger copies are made.
   */
  public long bytesWhileGrowing() {
    long grown = parents.length + (parents.length >> 2);
    long arrays = 8L * words.length + 4L * parents.length + 2L * steps.length;
    return arrays + grown * 14L + 4L * table.length * 3;
  }

  /** The bytes held by the arrays of this store. */
  public long bytes() {
    return 8L * words.length + 4L * parents.length + 2L * steps.length + 4L * table.length;
  }

  private void rehash() {
    if (table.length >= 1 << 30) {
      throw new IllegalStateException("too many states to store: " + size);
    }
    int[] bigger = new int[table.length * 2];
    int m = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = (int) mix(words[2 * id], words[2 * id + 1]) & m;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & m;
      }
      bigger[slot] = id + 1;
    }
    table = bigger;
    mask = m;
  }

  /** The hash of a packed state. */
  static long mix(long lo, long hi) {
    long h = lo * 0x9E3779B97F4A7C15L + hi;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 32);
  }
}
