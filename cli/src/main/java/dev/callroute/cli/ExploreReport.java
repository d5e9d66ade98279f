package dev.callroute.cli;

import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Finding;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.AtomicFiles;
import dev.callroute.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints what {@code callroute explore} found, writes its scenario files, and picks the status. */
final class ExploreReport {
  private final StartingPoint point;
  private final ExploreResult result;
  private final Path out;
  private final PrintWriter stdout;
  private final PrintWriter err;
  private int written;

  ExploreReport(
      StartingPoint point, ExploreResult result, Path out, PrintWriter stdout, PrintWriter err) {
    this.point = point;
    this.result = result;
    this.out = out;
    this.stdout = stdout;
    this.err = err;
  }

  /** Prints everything and returns the exit status: 0, 1 (violation, unreachable) or 2. */
  int print(boolean reachAsked) {
    int status = 0;
    try {
      for (Finding f : result.violations()) {
        show("violation: " + f.property() + ", shortest counterexample", f);
        status = 1;
      }
      if (reachAsked) {
        if (result.reached().isPresent()) {
          Finding f = result.reached().get();
          String what = f.property().substring("--reach ".length());
          show(
              "reachable: " + what + (f.atStart() ? ", holds at the start" : ", shortest path"), f);
        } else if (result.stopped().isPresent()) {
          stdout.println("not found before the search was stopped");
        } else {
          stdout.println("not reachable: no state matches the --reach expression");
          status = 1;
        }
      }
    } catch (IOException e) {
      err.println("--out " + out + ": cannot write: " + AtomicFiles.reason(e));
      status = 2;
    }
    stdout.printf(Locale.ROOT, "max depth: %d%n", result.maxDepth());
    stdout.printf(Locale.ROOT, "seconds: %.3f%n", result.nanos() / 1e9);
    stdout.printf(Locale.ROOT, "states per second: %.0f%n", result.statesPerSecond());
    stdout.printf(
        Locale.ROOT,
        "memory per state: %.1f bytes (visited-state arrays / states)%n",
        result.bytesPerState());
    stdout.printf(
        Locale.ROOT,
        "%d states, %d transitions, %d violations%n",
        result.states(),
        result.transitions(),
        result.violations().size());
    stdout.flush();
    if (result.stopped().isPresent()) {
      err.printf(
          Locale.ROOT,
          "explore: stopped by %s after %,d states at depth %d: the search is not complete, and"
              + " the figures above are those so far; raise the bound, or bound the search with"
              + " --max-depth or a lower --max-calls%n",
          result.stopped().get(),
          result.states(),
          result.maxDepth());
      err.flush();
      return 2;
    }
    return status;
  }

  private void show(String heading, Finding f) throws IOException {
    String yaml = ScenarioWriter.write(point.scenarioOf(f));
    int n = f.steps().size();
    String where = f.atStart() ? " (0 steps)" : " in " + n + (n == 1 ? " step" : " steps");
    if (out == null) {
      stdout.println(heading + where + ":");
      stdout.println("---");
      stdout.print(yaml.endsWith("\n") ? yaml : yaml + "\n");
      stdout.println("...");
      return;
    }
    Path target = numbered(out, ++written);
    AtomicFiles.write(target, yaml);
    stdout.println(heading + where + ", written to " + target);
  }

  /** FILE for the first scenario, then FILE-2, FILE-3, ... with the extension kept last. */
  static Path numbered(Path file, int n) {
    if (n == 1) {
      return file;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String numbered =
        dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    return file.resolveSibling(numbered);
  }
}
