package dev.callroute.trace.read;

/** Strips the Markdown quoting people paste logs in: {@code > } prefixes, backticks, fences. */
final class Markdown {
  private Markdown() {}

  /** Whether the line is a code fence ({@code ```}, {@code ```text}, {@code ~~~}). */
  static boolean isFence(String line) {
    String t = line.strip();
    return t.startsWith("```") || t.startsWith("~~~");
  }

  /** The line without quote markers ({@code >}, {@code > >}) and enclosing backticks. */
  static String strip(String line) {
    int i = 0;
    int n = line.length();
    while (true) {
      int j = i;
      while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t') && j - i < 4) {
        j++;
      }
      if (j < n && line.charAt(j) == '>') {
        i = j + 1;
        if (i < n && line.charAt(i) == ' ') {
          i++;
        }
      } else {
        break;
      }
    }
    String s = i == 0 ? line : line.substring(i);
    if (s.indexOf('`') < 0) {
      return s;
    }
    String t = s.strip();
    int a = 0;
    int b = t.length();
    while (a < b && t.charAt(a) == '`') {
      a++;
    }
    while (b > a && t.charAt(b - 1) == '`') {
      b--;
    }
    return t.substring(a, b);
  }
}
