package dev.callroute.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Finding;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.AtomicFiles;
import dev.callroute.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints what {@code callroute explore} found, as text or JSON, writes its scenario files, and
 * picks the exit status.
 */
final class ExploreReport {
  /** The exit status of a search cut off by {@code --max-depth} that found nothing wrong. */
  static final int CUT_OFF = 4;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final StartingPoint point;
  private final ExploreResult result;
  private final Optional<Path> out;
  private final int depthBound;
  private int written;

  ExploreReport(StartingPoint point, ExploreResult result, Optional<Path> out, int depthBound) {
    this.point = point;
    this.result = result;
    this.out = out;
    this.depthBound = depthBound;
  }

  /**
   * The exit status: 1 for a violation, or for a --reach that a complete search did not find; 4
   * when the search was cut off, or was a bitstate search, and found no violation (or not the
   * --reach state, or found it but could not check every transition); otherwise 0.
   */
  int status(boolean reachAsked) {
    if (result.stopped().isPresent()) {
      return Main.FAILED;
    }
    if (!result.violations().isEmpty()) {
      return 1;
    }
    if (!result.complete() || result.bitstate().isPresent()) {
      return CUT_OFF;
    }
    return reachAsked && result.reached().isEmpty() ? 1 : 0;
  }

  /** Prints the text report and returns the exit status. */
  int printText(PrintWriter stdout, List<String> never, boolean reachAsked) throws IOException {
    for (Finding f : result.violations()) {
      show(stdout, "violation: " + f.property() + ", shortest counterexample", f);
    }
    if (!result.complete()) {
      String where = notAProof();
      if (result.violations().stream().noneMatch(f -> f.property().startsWith("invariant"))) {
        stdout.println("invariants 1-7: no violation " + where);
      }
      for (String n : never) {
        if (result.violations().stream().noneMatch(f -> f.property().equals("--never " + n))) {
          stdout.println("--never " + n + ": no violation " + where);
        }
      }
    }
    if (reachAsked) {
      if (result.reached().isPresent()) {
        Finding f = result.reached().get();
        String what = f.property().substring("--reach ".length());
        show(
            stdout,
            "reachable: " + what + (f.atStart() ? ", holds at the start" : ", shortest path"),
            f);
      } else if (result.stopped().isPresent()) {
        stdout.println(
            "not found before the search was stopped (by " + result.stopped().get() + ")");
      } else if (result.bitstate().isPresent()) {
        stdout.println(
            "not found: no state the bitstate search visited matches the --reach expression"
                + " (it may have missed some)");
      } else if (result.complete()) {
        stdout.println("not reachable: no state matches the --reach expression");
      } else {
        stdout.println(
            "not found within depth "
                + depthBound
                + " "
                + cutOff()
                + ": no state within "
                + plural(depthBound, "step")
                + " matches --reach");
      }
    }
    stdout.printf(Locale.ROOT, "max depth: %d%n", result.maxDepth());
    stdout.printf(Locale.ROOT, "seconds: %.3f%n", result.nanos() / 1e9);
    stdout.printf(Locale.ROOT, "states per second: %,.0f%n", result.statesPerSecond());
    stdout.printf(
        Locale.ROOT,
        "memory per state: %.1f bytes (visited-state arrays / states)%n",
        result.bytesPerState());
    if (!result.interchangeable().isEmpty()) {
      stdout.printf(
          Locale.ROOT,
          "symmetry: the %,d states visited stand for %,d states (interchangeable: %s)%n",
          result.states(),
          result.representedStates(),
          classes(result.interchangeable()));
    }
    if (result.bitstate().isPresent()) {
      stdout.println(bitstate(result.bitstate().get()));
    }
    if (!result.complete() && result.stopped().isEmpty()) {
      stdout.println(
          "not a proof: the search was cut off at depth "
              + depthBound
              + " (--max-depth); states beyond it were not explored");
    }
    stdout.println(
        plural(result.states(), "state")
            + ", "
            + plural(result.transitions(), "transition")
            + ", "
            + plural(result.violations().size(), "violation"));
    stdout.flush();
    return status(reachAsked);
  }

  /** Prints the JSON document and returns the exit status. */
  int printJson(PrintWriter stdout, boolean reachAsked) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("complete", result.complete());
    if (result.stopped().isPresent()) {
      root.put("stoppedBy", result.stopped().get());
    } else {
      root.putNull("stoppedBy");
    }
    if (result.complete() || result.stopped().isPresent()) {
      root.putNull("cutOffAtDepth");
    } else {
      root.put("cutOffAtDepth", depthBound);
    }
    root.put("states", result.states());
    if (result.interchangeable().isEmpty()) {
      root.putNull("symmetry");
    } else {
      ObjectNode sym = root.putObject("symmetry");
      sym.put("standFor", result.representedStates());
      ArrayNode classes = sym.putArray("interchangeable");
      result.interchangeable().forEach(c -> c.forEach(classes.addArray()::add));
    }
    if (result.bitstate().isEmpty()) {
      root.putNull("bitstate");
    } else {
      ExploreResult.BitstateSummary b = result.bitstate().get();
      ObjectNode bits = root.putObject("bitstate");
      bits.put("proof", false);
      bits.put("bytes", b.settings().bytes());
      bits.put("hashes", b.settings().hashes());
      bits.put("fill", b.fill());
      bits.put("missProbability", b.missProbability());
      bits.put("expectedMisses", b.expectedMisses());
    }
    root.put("transitions", result.transitions());
    root.put("maxDepth", result.maxDepth());
    root.put("seconds", Math.round(result.nanos() / 1e6) / 1e3);
    ArrayNode violations = root.putArray("violations");
    for (Finding f : result.violations()) {
      finding(violations.addObject().put("property", f.property()), f);
    }
    if (reachAsked) {
      ObjectNode reach = root.putObject("reach");
      reach.put("found", result.reached().isPresent());
      if (result.reached().isPresent()) {
        finding(reach, result.reached().get());
      }
    } else {
      root.putNull("reach");
    }
    int status = status(reachAsked);
    root.put("exitStatus", status);
    try {
      stdout.println(MAPPER.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    stdout.flush();
    return status;
  }

  /** The steps of a finding, and its scenario: inline, or the file it was written to. */
  private void finding(ObjectNode node, Finding f) throws IOException {
    node.put("steps", f.steps().size());
    String yaml = ScenarioWriter.write(point.scenarioOf(f));
    if (out.isPresent()) {
      node.put("file", write(yaml).toString());
    } else {
      node.put("scenario", yaml);
    }
  }

  private void show(PrintWriter stdout, String heading, Finding f) throws IOException {
    String yaml = ScenarioWriter.write(point.scenarioOf(f));
    String steps = f.atStart() ? " (0 steps)" : " in " + plural(f.steps().size(), "step");
    if (out.isEmpty()) {
      stdout.println(heading + steps + ":");
      stdout.println("---");
      stdout.print(yaml.endsWith("\n") ? yaml : yaml + "\n");
      stdout.println("...");
      return;
    }
    stdout.println(heading + steps + ", written to " + write(yaml));
  }

  private Path write(String yaml) throws IOException {
    Path target = numbered(out.orElseThrow(), ++written);
    AtomicFiles.write(target, yaml);
    return target;
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
        "bitstate search, NOT a proof: it may have missed states. %,d-byte bit array (2^%d bits),"
            + " %d hash functions, %.2f%% of the bits set; estimated probability that a state was"
            + " missed: %.3g (expected number missed: %.3g)",
        b.settings().bytes(),
        Long.numberOfTrailingZeros(bits),
        b.settings().hashes(),
        100 * b.fill(),
        b.missProbability(),
        b.expectedMisses());
  }

  /**
   * Where an incomplete search looked: within the depth bound, or, for a search that a bound on
   * states or memory stopped, only the states it searched.
   */
  private String notAProof() {
    return result.stopped().isPresent()
        ? "in the states searched before the search was stopped (by " + result.stopped().get() + ")"
        : "within depth " + depthBound + " " + cutOff();
  }

  private static String cutOff() {
    return "(the search was cut off)";
  }

  /** "1 state", "31,239 states": counts grouped by thousands, as in the progress line. */
  static String plural(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
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
