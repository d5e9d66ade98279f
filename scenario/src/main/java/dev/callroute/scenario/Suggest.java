package dev.callroute.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions: the closest known word by edit distance. The work is bounded whatever
 * the input: only words of at most {@link Limits#MAX_WORD_LENGTH} characters are compared, with the
 * first {@link #MAX_CANDIDATES} candidates, and each comparison stops as soon as the distance
 * passes what would count as a typo.
 */
final class Suggest {
  private Suggest() {}

  /** The candidate closest to {@code word}, if one is close enough to be a likely typo. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    if (word.length() > Limits.MAX_WORD_LENGTH) {
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int tried = 0;
    for (String c : candidates) {
      if (++tried > MAX_CANDIDATES) {
        break;
      }
      int limit = Math.max(2, c.length() / 3);
      if (c.length() > Limits.MAX_WORD_LENGTH || Math.abs(c.length() - word.length()) > limit) {
        continue;
      }
      int d = distance(lower, c.toLowerCase(Locale.ROOT), limit);
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"}, or {@code ""} when nothing is close. */
  static String hint(String word, Collection<String> candidates) {
    return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** The hint when one is close, otherwise the list of allowed words. */
  static String hintOrList(String word, Collection<String> candidates) {
    String hint = hint(word, candidates);
    return hint.isEmpty() ? "; expected one of: " + String.join(", ", candidates) : hint;
  }

  /** The most candidates compared with one word. */
  static final int MAX_CANDIDATES = 1000;

  /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
  static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE);
  }

  /** The distance, or a number above {@code cap} as soon as the distance is known to pass it. */
  static int distance(String a, String b, int cap) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = d[i][0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > cap) {
        return rowMin;
      }
    }
    return d[a.length()][b.length()];
  }
}
