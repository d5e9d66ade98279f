package dev.callroute.cli;

import dev.callroute.explore.Bitstate;
import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.Query;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callroute explore}: every state a world can reach, checked against the invariants. */
@Command(
    name = "explore",
    mixinStandardHelpOptions = true,
    description = {
      "Searches every state the world of a scenario file can reach, breadth first, from the state"
          + " after the file's steps (steps may be left out). Checks the spec's invariants 1-7 on"
          + " every transition and prints a shortest counterexample of each violated one as a"
          + " scenario file.",
      "Exit status: 0 when nothing is violated (and --reach found a state), 1 on a violation or"
          + " when --reach finds nothing, 2 on bad input. With --bitstate: 1 on a violation (it is"
          + " real: its scenario replays it) or when --reach finds nothing, 3 when no violation is"
          + " found, since the search may have missed states: that is not a proof."
    })
public final class ExploreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A scenario file: the world to explore.")
  Path file;

  @Option(
      names = "--max-calls",
      paramLabel = "N",
      description = "The most calls at once, 0 to 7 (default: ${DEFAULT-VALUE}).")
  int maxCalls = ExploreOptions.DEFAULT_MAX_CALLS;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Explore at most N steps after the start (default: no bound).")
  Integer maxDepth;

  @Option(
      names = "--reach",
      paramLabel = "EXPR",
      description =
          "Print the shortest steps to a state matching EXPR, as a runnable scenario file. EXPR is"
              + " key=value terms joined by '&'; keys: output, input, voip, call,"
              + " callAudioRouting.")
  String reach;

  @Option(
      names = "--never",
      paramLabel = "EXPR",
      description = "A state matching EXPR is a violation (repeatable).")
  List<String> never = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that expand states (default: one per core, ${DEFAULT-VALUE}); the result is the"
              + " same for any number.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--symmetry",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Visit one state per class of states that differ only by swapping accessories with the"
              + " same kind and HFP support (default: on; --no-symmetry visits every state)."
              + " Accessories a --never or --reach expression names are never swapped;"
              + " counterexamples stay concrete.")
  boolean symmetry;

  @Option(
      names = "--bitstate",
      paramLabel = "SIZE",
      description =
          "Search with a bit array of SIZE bytes (such as 64M or 1G, rounded down to a power of"
              + " two, 8K to 8G) instead of storing every state, as SPIN's bitstate hashing: for"
              + " worlds too large to store. It may miss states, so it is not a proof; it prints"
              + " the estimated probability that it missed one.")
  String bitstate;

  @Option(
      names = "--hashes",
      paramLabel = "K",
      description = "With --bitstate: bits set per state, 1 to 16 (default: ${DEFAULT-VALUE}).")
  int hashes = Bitstate.DEFAULT_HASHES;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the scenario file (the --reach answer or the counterexample) to FILE instead of"
              + " standard output; further ones go to FILE-2, FILE-3, ...")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (maxCalls < 0 || maxCalls > ExploreOptions.MAX_CALLS_LIMIT) {
      err.println(
          "--max-calls: must be between 0 and "
              + ExploreOptions.MAX_CALLS_LIMIT
              + ", not "
              + maxCalls);
      return 2;
    }
    if (threads < 1) {
      err.println("--threads: must be 1 or more, not " + threads);
      return 2;
    }
    if (never.size() > ExploreOptions.MAX_NEVER) {
      err.println(
          "--never: at most " + ExploreOptions.MAX_NEVER + " conditions, not " + never.size());
      return 2;
    }
    if (maxDepth != null && maxDepth < 0) {
      err.println("--max-depth: must be 0 or more, not " + maxDepth);
      return 2;
    }
    if (hashes < 1 || hashes > Bitstate.MAX_HASHES) {
      err.println("--hashes: must be between 1 and " + Bitstate.MAX_HASHES + ", not " + hashes);
      return 2;
    }
    if (bitstate == null && hashes != Bitstate.DEFAULT_HASHES) {
      err.println("--hashes: only with --bitstate");
      return 2;
    }
    Optional<Bitstate> bits = Optional.empty();
    if (bitstate != null) {
      try {
        bits = Optional.of(new Bitstate(Bitstate.parseBits(bitstate), hashes));
      } catch (IllegalArgumentException e) {
        err.println("--bitstate: " + e.getMessage());
        return 2;
      }
    }
    ReadResult read = ScenarioReader.read(file, true);
    if (!read.valid()) {
      read.problems().forEach(p -> err.println(p));
      return 2;
    }
    Scenario scenario = read.scenario().orElseThrow();
    StartingPoint.Result start = StartingPoint.of(scenario);
    if (start.point().isEmpty()) {
      start.problems().forEach(p -> err.println(p));
      return 2;
    }
    StartingPoint point = start.point().get();
    List<Query> neverQueries = new ArrayList<>();
    Optional<Query> reachQuery;
    try {
      for (String expr : never) {
        neverQueries.add(parse("--never", expr, point));
      }
      reachQuery = reach == null ? Optional.empty() : Optional.of(parse("--reach", reach, point));
    } catch (BadExpression e) {
      err.println(e.getMessage());
      return 2;
    }
    ExploreOptions options =
        new ExploreOptions(
            maxCalls,
            maxDepth == null ? Integer.MAX_VALUE : maxDepth,
            neverQueries,
            reachQuery,
            threads,
            symmetry,
            bits);
    Explorer explorer;
    try {
      explorer = new Explorer(point.state(), point.usedCallIds(), options);
    } catch (IllegalArgumentException e) {
      err.println(file + ": " + e.getMessage());
      return 2;
    }
    ExploreProgress progress = ExploreProgress.forConsole(err);
    ExploreResult result;
    try {
      result = explorer.run(progress);
    } catch (IllegalStateException | OutOfMemoryError e) {
      progress.finish();
      err.println(
          "explore: "
              + (e instanceof OutOfMemoryError ? "out of memory" : e.getMessage())
              + "; bound the search with --max-depth or a lower --max-calls");
      return 2;
    }
    progress.finish();
    return new ExploreReport(point, result, out, stdout, err).print(reachQuery.isPresent());
  }

  private static Query parse(String flag, String expr, StartingPoint point) throws BadExpression {
    try {
      return Query.parse(expr, point.world());
    } catch (IllegalArgumentException e) {
      throw new BadExpression(flag + " '" + expr + "': " + e.getMessage());
    }
  }

  /** A bad {@code --reach} or {@code --never} expression. */
  private static final class BadExpression extends Exception {
    private static final long serialVersionUID = 1L;

    BadExpression(String message) {
      super(message);
    }
  }
}
