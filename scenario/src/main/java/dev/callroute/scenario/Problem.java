package dev.callroute.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a scenario file is invalid, and where.
 *
 * @param file the file, as the user named it
 * @param line the line of the offending node, from 1
 * @param column its column, from 1
 * @param message what is wrong, in words a user can act on
 */
public record Problem(Path file, int line, int column, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** A problem at this position. */
  public static Problem at(Path file, SourcePosition at, String message) {
    return new Problem(file, at.line(), at.column(), message);
  }

  /** The position of the problem. */
  public SourcePosition position() {
    return new SourcePosition(line, column);
  }

  /** {@code file:line:column: message}. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
