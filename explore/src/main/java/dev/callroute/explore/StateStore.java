package dev.callroute.explore;

import java.util.Arrays;

/**
 * The visited states of a search, in the order they were found, with how each was reached.
 *
 * <p>Each state is two {@code long}s in one growing array, so the array is also the breadth-first
 * queue. An open-addressing hash table of {@code int}s (linear probing, at most half full) finds a
 * state by its bits. Each state also keeps the number of the state it was reached from and the code
 * of the step that reached it. Nothing is boxed.
 *
 * <p>A table of {@code 2^k} slots holds at most {@code 2^(k-1)} states, so a state's number plus
 * one fits in the low {@code k} bits of its slot; the other {@code 32-k} bits hold a fingerprint:
 * the top {@code 32-k} bits of the state's hash, which the slot's position (its low {@code k} bits)
 * does not use. A probe whose fingerprint differs names another state and is skipped without
 * reading that state's words, a cache miss saved (see {@code bench/README.md}, "StoreBenchmark").
 * The fingerprint changes nothing else: states go to the same slots and get the same numbers as
 * without it. An empty slot is 0.
 *
 * <p>Memory: 22 bytes per state in the growing arrays (grown by a quarter, so at most 27.5 with the
 * slack) and 8 to 16 in the table (it doubles when half full), at most about 44 bytes per state.
 */
public final class StateStore implements VisitedSet {
  private long[] words = new long[2 * 1024];
  private int[] parents = new int[1024];
  private short[] steps = new short[1024];
  private int[] table = new int[2048];
  private int mask = table.length - 1;
  private int size;
  // States numbered from here on were added during the current round: contains() skips them, as
  // their words may not be visible yet to the thread that asks.
  private int trusted = Integer.MAX_VALUE;

  /** How many states are stored. */
  @Override
  public int size() {
    return size;
  }

  /** The low word of state {@code id}. */
  @Override
  public long low(int id) {
    return words[2 * id];
  }

  /** The high word of state {@code id}. */
  @Override
  public long high(int id) {
    return words[2 * id + 1];
  }

  /** The state that state {@code id} was reached from, or -1 for the first state. */
  @Override
  public int parent(int id) {
    return parents[id];
  }

  /** The code of the step that reached state {@code id}; meaningless for the first state. */
  @Override
  public int step(int id) {
    return steps[id];
  }

  /** Whether the state is stored. Safe to call from many threads while nothing is added. */
  @Override
  public boolean contains(long lo, long hi) {
    long h = mix(lo, hi);
    int m = mask;
    return probe(table, m, ((int) (h >>> 32) & ~m) | ((int) h & m), lo, hi);
  }

  /**
   * Whether the state is stored and trusted, probing from {@code start}: its fingerprint in the
   * high bits, its first slot in the bits of {@code m}.
   */
  private boolean probe(int[] t, int m, int start, long lo, long hi) {
    int tag = start & ~m;
    int slot = start & m;
    long[] w = words;
    while (true) {
      int v = t[slot];
      if (v == 0) {
        return false;
      }
      if ((v & ~m) == tag) {
        int id = (v & m) - 1;
        if (id < trusted && w[2 * id] == lo && w[2 * id + 1] == hi) {
          return true;
        }
      }
      slot = (slot + 1) & m;
    }
  }

  /**
   * Adds the state unless it is stored, and returns its new number, or -1 when it was stored
   * already.
   */
  @Override
  public int add(long lo, long hi, int parent, int step) {
    long h = mix(lo, hi);
    int m = mask;
    int tag = (int) (h >>> 32) & ~m;
    int slot = (int) h & m;
    while (true) {
      int v = table[slot];
      if (v == 0) {
        break;
      }
      if ((v & ~m) == tag) {
        int id = (v & m) - 1;
        if (words[2 * id] == lo && words[2 * id + 1] == hi) {
          return -1;
        }
      }
      slot = (slot + 1) & m;
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
    table[slot] = tag | (id + 1);
    if (2L * size > table.length) {
      rehash();
    }
    return id;
  }

  /**
   * Looks the states up in two passes: the first slot of every state, then the whole probe of each,
   * which now starts in the cache and reads the words of a state only when its fingerprint matches.
   * The table loads of the first pass do not depend on each other, nor do the word loads of the
   * second, so the processor has several cache misses in flight at once instead of one after the
   * other (a state's successors are spread over the whole table and the whole word array, see
   * {@code bench/README.md}). The answers are those of {@link #contains}.
   */
  @Override
  public void containsAll(long[] lo, long[] hi, int n, int[] scratch, boolean[] out) {
    int[] t = table;
    int m = mask;
    for (int j = 0; j < n; j++) {
      long h = mix(lo[j], hi[j]);
      int start = ((int) (h >>> 32) & ~m) | ((int) h & m);
      scratch[j] = start;
      // Using the load keeps it; the second pass sets out[j] for good.
      out[j] = t[start & m] != 0;
    }
    for (int j = 0; j < n; j++) {
      out[j] = out[j] && probe(t, m, scratch[j], lo[j], hi[j]);
    }
  }

  @Override
  public void startRound() {
    trusted = size;
  }

  @Override
  public boolean hasRoomFor(int n) {
    return (long) size + n <= parents.length && 2L * (size + n) <= table.length;
  }

  /** Keeps every state: nothing to forget. */
  @Override
  public void forget(int id) {}

  /**
   * The bytes the arrays would hold at their peak if they grew now: the current arrays while their
   * bigger copies are made.
   */
  @Override
  public long bytesWhileGrowing() {
    long grown = parents.length + (parents.length >> 2);
    long arrays = 8L * words.length + 4L * parents.length + 2L * steps.length;
    return arrays + grown * 14L + 4L * table.length * 3;
  }

  /** The bytes held by the arrays of this store. */
  @Override
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
      long h = mix(words[2 * id], words[2 * id + 1]);
      int slot = (int) h & m;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & m;
      }
      bigger[slot] = ((int) (h >>> 32) & ~m) | (id + 1);
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
