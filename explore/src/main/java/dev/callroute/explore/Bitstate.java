package dev.callroute.explore;

/**
 * The settings of a bitstate search, as in SPIN: instead of storing each visited state, the search
 * sets {@code hashes} bits of a bit array of {@code bits} bits, chosen by hashing the state, and
 * takes a state whose bits are all set as visited already. A new state whose bits happen to be set
 * by others is wrongly skipped, with everything only it leads to: the search is partial, and
 * finding no violation proves nothing. A violation it finds is real.
 *
 * @param bits the size of the bit array, a power of two from {@link #MIN_BITS} to {@link #MAX_BITS}
 * @param hashes how many bits each state sets, from 1 to {@link #MAX_HASHES}
 */
public record Bitstate(long bits, int hashes) {
  /** The smallest bit array: 8 KiB. */
  public static final long MIN_BITS = 1L << 16;

  /** The largest bit array: 2^36 bits, 8 GiB. */
  public static final long MAX_BITS = 1L << 36;

  /** The most hash functions. */
  public static final int MAX_HASHES = 16;

  /** SPIN's default number of hash functions. */
  public static final int DEFAULT_HASHES = 3;

  public Bitstate {
    if (bits < MIN_BITS || bits > MAX_BITS || Long.bitCount(bits) != 1) {
      throw new IllegalArgumentException(
          "the bit array must be a power of two from 8K to 8G bytes, not " + bits / 8 + " bytes");
    }
    if (hashes < 1 || hashes > MAX_HASHES) {
      throw new IllegalArgumentException(
          "--hashes must be between 1 and " + MAX_HASHES + ", not " + hashes);
    }
  }

  /**
   * Reads a size in bytes such as {@code 64M}, {@code 1G}, {@code 512K} or {@code 1048576}, rounded
   * down to a power of two, as a bit count.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static long parseBits(String size) {
    String s = size.strip();
    long unit = 1;
    if (!s.isEmpty()) {
      switch (Character.toUpperCase(s.charAt(s.length() - 1))) {
        case 'K':
          unit = 1L << 10;
          break;
        case 'M':
          unit = 1L << 20;
          break;
        case 'G':
          unit = 1L << 30;
          break;
        default:
          unit = 1;
      }
    }
    String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    if (!digits.matches("[0-9]{1,12}")) {
      throw new IllegalArgumentException(
          "'" + size + "' is not a size in bytes from 8K to 8G, such as 64M, 1G or 512K");
    }
    long bytes = Long.parseLong(digits) * unit;
    if (bytes < MIN_BITS / 8 || bytes > MAX_BITS / 8) {
      throw new IllegalArgumentException(
          "'" + size + "' is out of range: the bit array takes from 8K to 8G bytes");
    }
    return Long.highestOneBit(bytes) * 8;
  }

  /** The bytes of the bit array. */
  public long bytes() {
    return bits / 8;
  }
}
