package dev.callroute.scenario;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" for the other modules and the command line: the same closest-word rule the
 * scenario validator uses.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The candidate closest to {@code word}, if one is close enough to be a likely typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    return Suggest.closest(word, candidates);
  }

  /** {@code " (did you mean 'x'?)"}, or {@code ""} when nothing is close. */
  public static String hint(String word, Collection<String> candidates) {
    return Suggest.hint(word, candidates);
  }
}
