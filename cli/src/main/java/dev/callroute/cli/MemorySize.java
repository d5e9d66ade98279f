package dev.callroute.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes in bytes as people write them: {@code 512m}, {@code 2g}, {@code 1500k}, {@code 4096}. */
final class MemorySize {
  private MemorySize() {}

  private static final Pattern SIZE = Pattern.compile("([0-9]{1,18})([kmgKMG]?)[iI]?[bB]?");

  /** The bytes of a size; k, m and g are powers of 1024. */
  static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size; write a number of bytes, or one with k, m or g (512m)");
    }
    long n = Long.parseLong(m.group(1));
    int shift = "kmg".indexOf(m.group(2).toLowerCase(Locale.ROOT)) * 10 + 10;
    if (m.group(2).isEmpty()) {
      shift = 0;
    }
    if (n == 0 || Long.numberOfLeadingZeros(n) <= shift) {
      throw new IllegalArgumentException("'" + text + "' must be more than 0 and less than 8 EiB");
    }
    return n << shift;
  }

  /** The size in MiB, as messages show it: {@code 1,024 MiB}. */
  static String show(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
  }
}
