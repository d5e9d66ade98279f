package dev.callroute.trace.read;

import java.util.Objects;

/**
 * Where an observation was read.
 *
 * @param file the file as the user named it, or {@code -} for standard input
 * @param line the line number, from 1
 */
public record Source(String file, long line) {
  public Source {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + line);
    }
  }

  /** {@code file:line}. */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
