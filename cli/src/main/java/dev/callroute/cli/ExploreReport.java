package dev.callroute.cli;

import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Finding;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
          show("reachable: " + f.property().substring("--reach ".length()) + ", shortest path", f);
        } else if (result.bitstate().isPresent()) {
          stdout.println(
              "not found: no state the bitstate search visited matches the --reach expression"
                  + " (it may have missed some)");
          status = 1;
        } else {
          stdout.println("not reachable: no state matches the --reach expression");
          status = 1;
        }
      }
    } catch (IOException e) {
      err.println("--out " + out + ": cannot write: " + e.getMessage());
      status = 2;
    }
    stdout.printf(Locale.ROOT, "max depth: %d%n", result.maxDepth());
    stdout.printf(Locale.ROOT, "seconds: %.3f%n", result.nanos() / 1e9);
    stdout.printf(Locale.ROOT, "states per second: %.0f%n", result.statesPerSecond());
    stdout.printf(
        Locale.ROOT,
        "memory per state: %.1f bytes (visited-state arrays / states)%n",
        result.bytesPerState());
    if (!result.interchangeable().isEmpty()) {
      stdout.printf(
          Locale.ROOT,
          "symmetry: the %d states visited stand for %d states (interchangeable: %s)%n",
          result.states(),
          result.representedStates(),
          classes(result.interchangeable()));
    }
    if (result.bitstate().isPresent()) {
      ExploreResult.BitstateSummary b = result.bitstate().get();
      stdout.printf(Locale.ROOT, "%s%n", bitstate(b));
      if (status == 0) {
        status = 3;
      }
    }
    stdout.printf(
        Locale.ROOT,
        "%d states, %d transitions, %d violations%n",
        result.states(),
        result.transitions(),
        result.violations().size());
    stdout.flush();
    return status;
  }

  private void show(String heading, Finding f) throws IOException {
    String yaml = ScenarioWriter.write(point.scenarioOf(f));
    String steps = f.steps().size() + (f.steps().size() == 1 ? " step" : " steps");
    if (out == null) {
      stdout.println(heading + " in " + steps + ":");
      stdout.println("---");
      stdout.print(yaml.endsWith("\n") ? yaml : yaml + "\n");
      stdout.println("...");
      return;
    }
    Path target = numbered(out, ++written);
    Files.writeString(target, yaml, StandardCharsets.UTF_8);
    stdout.println(heading + " in " + steps + ", written to " + target);
  }

  /** The classes of interchangeable accessories, such as "airpods = jabra; boombox = speaker2". */
  static String classes(List<List<String>> classes) {
    List<String> parts = new ArrayList<>();
    for (List<String> c : classes) {
      parts.add(String.join(" = ", c));
    }
    return String.join("; ", parts);
  }

  /** The line that says a bitstate search is no proof, and what it may have missed. */
  static String bitstate(ExploreResult.BitstateSummary b) {
    long bits = b.settings().bits();
    return String.format(
        Locale.ROOT,
        "bitstate search, NOT a proof: it may have missed states. %d-byte bit array (2^%d bits),"
            + " %d hash functions, %.2f%% of the bits set; estimated probability that a state was"
            + " missed: %.3g (expected number missed: %.3g)",
        b.settings().bytes(),
        Long.numberOfTrailingZeros(bits),
        b.settings().hashes(),
        100 * b.fill(),
        b.missProbability(),
        b.expectedMisses());
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
