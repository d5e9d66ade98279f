package dev.callroute.trace.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prefix of a log line: the time and the process, when the line has them (§3 C1 and the
 * timestamps), and the message after them.
 *
 * @param time the time as logged, or empty
 * @param process the process name, or empty
 * @param message the rest of the line
 * @param prefixed whether the line starts a new log entry (it has a time or a process)
 */
record Prefix(String time, String process, String message, boolean prefixed) {
  /** Console.app copy: {@code [level\t]HH:MM:SS.ffffff[±ZZZZ]\tprocess\tmessage}. */
  private static final Pattern CONSOLE =
      Pattern.compile(
          "(?:[A-Za-z]+\\t)?(\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[+-]\\d{4})?)\\t([^\\t]+)\\t(.*)");

  /** Xcode console: {@code YYYY-MM-DD HH:MM:SS.ffffff±ZZZZ Process[pid:tid] message}. */
  private static final Pattern XCODE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}[.:]\\d+(?:[+-]\\d{4}|Z)?)\\s+"
              + "([^\\s\\[]+)\\[\\d+:[0-9a-fA-Fx]+\\]\\s?(.*)");

  /** {@code log show}: {@code date time thread type activity pid ttl process: message}. */
  private static final Pattern LOG_SHOW =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d+[+-]\\d{4})\\s+0x[0-9a-f]+\\s+"
              + "[A-Za-z]+\\s+0x[0-9a-f]+\\s+\\d+\\s+\\d+\\s+([^:\\s]+):\\s?(.*)");

  /** A bare timestamp in any of the §3 shapes, then the message. */
  private static final Pattern STAMP =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.:]\\d+)?(?:[+-]\\d{4}|Z)?"
              + "|\\[\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\]"
              + "|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[+-]\\d{4})?)\\s*(.*)");

  static Prefix of(String line) {
    if (line.isEmpty()) {
      return new Prefix("", "", line, false);
    }
    char c = line.charAt(0);
    if (line.indexOf('\t') >= 0) {
      Matcher m = CONSOLE.matcher(line);
      if (m.matches()) {
        return new Prefix(m.group(1), m.group(2).strip(), m.group(3), true);
      }
    }
    if (c >= '0' && c <= '9') {
      Matcher m = XCODE.matcher(line);
      if (m.matches()) {
        return new Prefix(m.group(1), m.group(2), m.group(3), true);
      }
      m = LOG_SHOW.matcher(line);
      if (m.matches()) {
        return new Prefix(m.group(1), m.group(2), m.group(3), true);
      }
    }
    if ((c >= '0' && c <= '9') || c == '[') {
      Matcher m = STAMP.matcher(line);
      if (m.matches()) {
        String t = m.group(1);
        if (t.startsWith("[")) {
          t = t.substring(1, t.length() - 1);
        }
        return new Prefix(t, "", m.group(2), true);
      }
    }
    return new Prefix("", "", line, false);
  }
}
