package dev.callroute.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Styling for text output: ANSI colours only when standard output is a terminal, {@code NO_COLOR}
 * is unset or empty, and the user did not ask for plain text. Also wraps text to a width.
 */
public final class Terminal {
  /** The width that text output is laid out for. */
  public static final int WIDTH = 100;

  private final boolean colors;

  private Terminal(boolean colors) {
    this.colors = colors;
  }

  /** Styling decided from the environment; {@code noColor} is the user's {@code --no-color}. */
  public static Terminal detect(boolean noColor) {
    String env = System.getenv("NO_COLOR");
    boolean noColorEnv = env != null && !env.isEmpty();
    return new Terminal(!noColor && !noColorEnv && System.console() != null);
  }

  /** Styling that never colours, for files, pipes and tests. */
  public static Terminal plain() {
    return new Terminal(false);
  }

  /** Styling that always colours, for tests. */
  static Terminal colored() {
    return new Terminal(true);
  }

  /** Whether this terminal colours its text. */
  public boolean colors() {
    return colors;
  }

  /** Text in bold. */
  public String bold(String s) {
    return style("1", s);
  }

  /** Text dimmed, for secondary detail. */
  public String dim(String s) {
    return style("2", s);
  }

  /** Text in green, for success. */
  public String green(String s) {
    return style("32", s);
  }

  /** Text in red, for failure. */
  public String red(String s) {
    return style("31", s);
  }

  /** Text in yellow, for warnings such as a rejected step. */
  public String yellow(String s) {
    return style("33", s);
  }

  /** Text in cyan, for identifiers. */
  public String cyan(String s) {
    return style("36", s);
  }

  private String style(String code, String s) {
    return colors && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  /**
   * Splits text into lines of at most {@code width} characters at spaces; a word longer than the
   * width gets a line of its own.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Spaces. */
  public static String pad(int n) {
    return " ".repeat(Math.max(0, n));
  }
}
