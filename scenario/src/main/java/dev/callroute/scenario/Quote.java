package dev.callroute.scenario;

/** Shortens user text for messages and tables, so that one long value cannot flood the output. */
public final class Quote {
  private Quote() {}

  /** The longest value a message shows whole. */
  public static final int MESSAGE_WIDTH = 80;

  /** The text, or its start and a marker such as {@code …(+1,234 characters)} when it is long. */
  public static String shortened(String text) {
    return shortened(text, MESSAGE_WIDTH);
  }

  /** The text, or its start and the marker, in at most {@code max} characters plus the marker. */
  public static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int keep = Math.max(1, max);
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--;
    }
    return text.substring(0, keep) + "…(+" + Limits.count(text.length() - keep) + " characters)";
  }

  /** The first {@code n} words, then how many more, so that a message stays one line. */
  public static String firstOf(java.util.Collection<String> words, int n) {
    if (words.size() <= n) {
      return String.join(", ", words);
    }
    return String.join(", ", new java.util.ArrayList<>(words).subList(0, n))
        + " and "
        + Limits.count(words.size() - n)
        + " more";
  }
}
