package dev.callroute.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What the command line says when a command fails outside its own checks, always in one line and
 * never with a stack trace: the machine's limit that was reached (exit status {@link Main#FAILED}),
 * or a bug in callroute (exit status {@link Main#INTERNAL_ERROR}) and where to report it.
 */
final class Failures {
  private Failures() {}

  /** Where a bug is reported. */
  static final String REPORT_TO =
      "please report it to the callroute maintainers (README.md, \"Reporting a bug\") with the"
          + " command line and its input files";

  /** Prints the one line for this failure and returns the exit status. */
  static int report(Throwable e, PrintWriter err) {
    int status;
    if (e instanceof OutOfMemoryError) {
      err.println(
          "callroute: out of memory: the input needs more than the Java heap limit of "
              + heapMib()
              + "; "
              + Inputs.describe()
              + "(bound the work, or raise the limit with CALLROUTE_HEAP, such as"
              + " CALLROUTE_HEAP=4g)");
      status = Main.FAILED;
    } else if (e instanceof StackOverflowError) {
      err.println(
          "callroute: the input is nested too deeply for the thread stack; "
              + Inputs.describe()
              + "(see the limits in docs/scenario-format.md)");
      status = Main.FAILED;
    } else {
      err.println(
          "callroute: internal error (a bug in callroute, not a problem with the input): "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
              + "; "
              + REPORT_TO);
      status = Main.INTERNAL_ERROR;
    }
    err.flush();
    return status;
  }

  /** The heap limit in MiB, as the JVM reports it. */
  static String heapMib() {
    return String.format(Locale.ROOT, "%,d MiB", Runtime.getRuntime().maxMemory() >> 20);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
