package dev.callroute.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How text output is laid out and styled. Colours only on a terminal, never with {@code NO_COLOR}
 * set, {@code TERM=dumb} or {@code --no-color}. On a terminal the width is {@code COLUMNS} (the
 * launcher sets it from the terminal), otherwise {@link #DEFAULT_WIDTH}, so that pipes and files
 * always get the same bytes; never below {@link #MIN_WIDTH}. Marks such as ✓ and ✗ become words
 * when the locale's character set cannot show them. Also wraps text and shows control characters
 * escaped, so that names from files cannot move the cursor or redraw a line.
 */
public final class Terminal {
  /** The width when the terminal's is not known: pipes, files, and terminals without COLUMNS. */
  public static final int DEFAULT_WIDTH = 100;

  /** The narrowest layout: a narrower COLUMNS still gets this width. */
  public static final int MIN_WIDTH = 60;

  private final boolean colors;
  private final int width;
  private final boolean unicode;

  private Terminal(boolean colors, int width, boolean unicode) {
    this.colors = colors;
    this.width = width;
    this.unicode = unicode;
  }

  /** Styling decided from an environment; {@code noColor} is the user's {@code --no-color}. */
  static Terminal of(Environment env, boolean noColor) {
    boolean dumb = env.get("TERM").map("dumb"::equals).orElse(false);
    boolean colors = !noColor && env.get("NO_COLOR").isEmpty() && !dumb && env.terminal();
    int width =
        env.terminal()
            ? env.get("COLUMNS").flatMap(Terminal::parseWidth).orElse(DEFAULT_WIDTH)
            : DEFAULT_WIDTH;
    boolean unicode = env.charset().newEncoder().canEncode("✓✗…");
    return new Terminal(colors, Math.max(MIN_WIDTH, width), unicode);
  }

  private static Optional<Integer> parseWidth(String s) {
    try {
      int w = Integer.parseInt(s.trim());
      return w > 0 ? Optional.of(w) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Styling that never colours, 100 columns wide, for files, pipes and tests. */
  public static Terminal plain() {
    return new Terminal(false, DEFAULT_WIDTH, true);
  }

  /** Styling that always colours, for tests. */
  static Terminal colored() {
    return new Terminal(true, DEFAULT_WIDTH, true);
  }

  /** Whether this terminal colours its text. */
  public boolean colors() {
    return colors;
  }

  /** The width that text is laid out for. */
  public int width() {
    return width;
  }

  /** Whether marks such as ✓ and ✗ can be shown; otherwise words stand for them. */
  public boolean unicode() {
    return unicode;
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
   * Text from a file or the command line made safe to print: control characters (C0, DEL, C1) and
   * the bidirectional overrides that reorder a line are shown as {@code \xHH} or {@code \\uHHHH},
   * and a backslash before such an escape cannot be told apart, so no escape sequence reaches the
   * terminal. Line breaks and tabs become {@code \n} and {@code \t}.
   */
  public static String escape(String s) {
    return escape(s, false);
  }

  /**
   * Like {@link #escape(String)}, but keeps line breaks and tabs when {@code keepSpacing}: for text
   * that is wrapped next, where they are spaces between words.
   */
  public static String escape(String s, boolean keepSpacing) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String e = keepSpacing && (c == '\n' || c == '\t') ? null : escapeOf(c);
      if (e == null) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      b.append(e);
    }
    return b == null ? s : b.toString();
  }

  private static String escapeOf(char c) {
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\t') {
      return "\\t";
    }
    if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
      return String.format("\\x%02x", (int) c);
    }
    if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f) {
      return String.format("\\u%04x", (int) c);
    }
    return null;
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
