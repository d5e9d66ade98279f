package dev.callroute.scenario;

/**
 * A place in a scenario file, 1-based like an editor's status bar.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) {
  /** The start of a file, for programs' scenarios that have no text. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
