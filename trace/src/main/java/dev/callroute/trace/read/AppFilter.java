package dev.callroute.trace.read;

import java.util.Set;

/**
 * Which process is the app's (§3: system logs report every process; keep the app's own lines and
 * the system's call lines). The audio server truncates names to 16 characters, so a name of 16
 * characters matches every name it starts.
 *
 * @param name the app's process name; empty to keep every process
 */
public record AppFilter(String name) {
  /** Keeps every process. */
  public static final AppFilter ANY = new AppFilter("");

  /** The formats written by the system about calls, kept whatever the process. */
  private static final Set<String> SYSTEM_FORMATS = Set.of("C4");

  public AppFilter {
    java.util.Objects.requireNonNull(name, "name");
  }

  /** Whether a line of this format written by this process (empty: unknown) is kept. */
  public boolean keeps(String format, String process) {
    return name.isEmpty()
        || process.isEmpty()
        || SYSTEM_FORMATS.contains(format)
        || same(name, process);
  }

  /** Whether two process names are the same, allowing for truncation to 16 characters. */
  public static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return (a.length() == 16 && b.startsWith(a)) || (b.length() == 16 && a.startsWith(b));
  }
}
