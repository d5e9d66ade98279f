package dev.callroute.explore;

import java.util.Arrays;

/**
 * The visited set of a bitstate search (see {@link Bitstate}): a bit array in which each state sets
 * {@code k} bits, chosen by double hashing ({@code h1 + i * h2}, as Kirsch and Mitzenmacher), and
 * that takes a state whose {@code k} bits are all set as visited.
 *
 * <p>It keeps the packed words of the states still to expand only (the current level and the next
 * one), and, for every state, the number of the state it was reached from and the step code, six
 * bytes, so that a violation still has its concrete path.
 *
 * <p>It also estimates what the search may have missed: when a new state is added while a fraction
 * {@code f} of the bits is set, a state that was new at that point would have been wrongly skipped
 * with probability {@code f^k}. The sum of these over the states added estimates the number of
 * states missed, and {@code 1 - exp(-sum)} the probability that at least one was.
 */
final class BitStateStore implements VisitedSet {
  private final long[] bits;
  private final long mask;
  private final int hashes;
  private long setBits;
  private double expectedMisses;
  private long[] words = new long[2 * 1024];
  private int base;
  private int[] parents = new int[1024];
  private short[] steps = new short[1024];
  private int size;

  BitStateStore(Bitstate settings) {
    this.bits = new long[(int) (settings.bits() / 64)];
    this.mask = settings.bits() - 1;
    this.hashes = settings.hashes();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long low(int id) {
    return words[2 * (id - base)];
  }

  @Override
  public long high(int id) {
    return words[2 * (id - base) + 1];
  }

  @Override
  public int parent(int id) {
    return parents[id];
  }

  @Override
  public int step(int id) {
    return steps[id];
  }

  @Override
  public boolean contains(long lo, long hi) {
    long h1 = StateStore.mix(lo, hi);
    long h2 = second(lo, hi);
    for (int i = 0; i < hashes; i++) {
      long bit = (h1 + i * h2) & mask;
      if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int add(long lo, long hi, int parent, int step) {
    if (contains(lo, hi)) {
      return -1;
    }
    if (size == Integer.MAX_VALUE / 2 - 1) {
      throw new IllegalStateException("too many states for a bitstate search: " + size);
    }
    double fill = (double) setBits / (mask + 1);
    expectedMisses += Math.pow(fill, hashes);
    long h1 = StateStore.mix(lo, hi);
    long h2 = second(lo, hi);
    for (int i = 0; i < hashes; i++) {
      long bit = (h1 + i * h2) & mask;
      int word = (int) (bit >>> 6);
      if ((bits[word] & (1L << bit)) == 0) {
        bits[word] |= 1L << bit;
        setBits++;
      }
    }
    int id = size++;
    if (id == parents.length) {
      int grown = (int) Math.min(Integer.MAX_VALUE / 2 - 1, (long) id + (id >> 1));
      parents = Arrays.copyOf(parents, grown);
      steps = Arrays.copyOf(steps, grown);
    }
    if (2 * (id - base) + 1 >= words.length) {
      words = Arrays.copyOf(words, words.length * 2);
    }
    words[2 * (id - base)] = lo;
    words[2 * (id - base) + 1] = hi;
    parents[id] = parent;
    steps[id] = (short) step;
    return id;
  }

  /**
   * Bits are only ever set, and batches are merged in order: a state this finds set during a round
   * would be found set when its batch is merged too, so answering from the bits as they are is
   * safe.
   */
  @Override
  public void startRound() {}

  @Override
  public boolean hasRoomFor(int n) {
    return (long) size + n <= parents.length && 2L * (size + n - base) <= words.length;
  }

  @Override
  public void forget(int id) {
    if (id <= base) {
      return;
    }
    int keep = size - id;
    System.arraycopy(words, 2 * (id - base), words, 0, 2 * keep);
    base = id;
    if (words.length > 4 * 1024 && 8L * keep < words.length) {
      words = Arrays.copyOf(words, Math.max(2 * 1024, 4 * keep));
    }
  }

  @Override
  public long bytesWhileGrowing() {
    long grown = parents.length + (parents.length >> 1);
    return bytes() + grown * 6L + 8L * words.length * 2;
  }

  @Override
  public long bytes() {
    return 8L * bits.length + 8L * words.length + 4L * parents.length + 2L * steps.length;
  }

  /** The fraction of the bits that are set. */
  double fill() {
    return (double) setBits / (mask + 1);
  }

  /** The estimated number of states wrongly taken as visited. */
  double expectedMisses() {
    return expectedMisses;
  }

  /** A second hash, independent of {@link StateStore#mix}, made odd so its multiples differ. */
  private static long second(long lo, long hi) {
    long h = hi * 0xC2B2AE3D27D4EB4FL + Long.rotateLeft(lo, 31) * 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return h | 1;
  }
}
