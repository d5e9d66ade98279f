package dev.callroute.cli;

import dev.callroute.explore.Explorer;
import java.io.PrintWriter;

/**
 * Progress of a long search on standard error: shown only on a terminal, and only once the search
 * has run for more than a second.
 */
final class ExploreProgress implements Explorer.Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start;
  private boolean shown;

  private ExploreProgress(PrintWriter err, boolean enabled, long start) {
    this.err = err;
    this.enabled = enabled;
    this.start = start;
  }

  /**
   * Progress that shows only when standard error is a terminal: the launcher says so in the
   * property {@code callroute.stderr.terminal}; without it, when the JVM has a console.
   */
  static ExploreProgress forConsole(PrintWriter err) {
    String told = System.getProperty("callroute.stderr.terminal");
    return new ExploreProgress(
        err,
        told != null ? Boolean.parseBoolean(told) : System.console() != null,
        System.nanoTime());
  }

  /** Progress that shows from the first update, for tests. */
  static ExploreProgress always(PrintWriter err) {
    return new ExploreProgress(err, true, System.nanoTime() - 2 * SHOW_AFTER_NANOS);
  }

  @Override
  public void update(long states, long transitions, int depth) {
    if (!enabled || System.nanoTime() - start < SHOW_AFTER_NANOS) {
      return;
    }
    shown = true;
    err.print(
        "\rexploring: "
            + ExploreReport.plural(states, "state")
            + ", "
            + ExploreReport.plural(transitions, "transition")
            + ", depth "
            + depth
            + " ");
    err.flush();
  }

  /** Clears the progress line, if one was shown. */
  void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(72) + "\r");
      err.flush();
    }
  }
}
