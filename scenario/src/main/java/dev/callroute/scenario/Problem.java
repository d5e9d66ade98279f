package dev.callroute.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a scenario file is invalid, and where.
 *
 * @param file the file, as the user named it
 * @param line the line of the offending node, from 1; 0 for a problem with the whole file
 * @param column its column, from 1; 0 for a problem with the whole file
 * @param message what is wrong, in words a user can act on
 */
public record Problem(Path file, int line, int column, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    boolean wholeFile = line == 0 && column == 0;
    if (!wholeFile && (line < 1 || column < 1)) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** A problem with the whole file, such as "permission denied": it has no position. */
  public static Problem ofFile(Path file, String message) {
    return new Problem(file, 0, 0, message);
  }

  /** Whether the problem is about the whole file rather than a place in it. */
  public boolean wholeFile() {
    return line == 0;
  }

  /** A problem at this position. */
  public static Problem at(Path file, SourcePosition at, String message) {
    return new Problem(file, at.line(), at.column(), message);
  }

  /** The position of the problem; the start of the file for a problem with the whole file. */
  public SourcePosition position() {
    return wholeFile() ? SourcePosition.START : new SourcePosition(line, column);
  }

  /** {@code file:line:column: message}, or {@code file: message} for the whole file. */
  @Override
  public String toString() {
    return wholeFile() ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
