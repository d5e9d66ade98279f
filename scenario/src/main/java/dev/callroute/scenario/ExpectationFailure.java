package dev.callroute.scenario;

import java.util.Objects;

/**
 * One part of an expectation that did not hold, or a rejected step that nothing expected.
 *
 * @param at where the expectation (or the rejected step) is written
 * @param key what was checked: an expect key such as {@code output}, or {@code calls.c1}
 * @param expected what the file expected, in words
 * @param actual what happened, in words
 */
public record ExpectationFailure(SourcePosition at, String key, String expected, String actual) {
  public ExpectationFailure {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** {@code key: expected X, got Y}. */
  @Override
  public String toString() {
    return key + ": expected " + expected + ", got " + actual;
  }
}
