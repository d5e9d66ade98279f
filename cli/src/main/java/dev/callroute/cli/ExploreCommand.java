package dev.callroute.cli;

import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.Query;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.SourceText;
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
          + " when --reach finds nothing, 2 on bad input or when --max-states or --max-memory"
          + " stopped the search before it was complete, 3 on a bug in callroute."
    })
public final class ExploreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A scenario file: the world to explore; - reads it from standard input.")
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

  /** The most threads: four per core of this machine. */
  static final int MAX_THREADS = 4 * Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that expand states (default: one per core, ${DEFAULT-VALUE}; at most four per"
              + " core); the result is the same for any number.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-states",
      paramLabel = "N",
      description =
          "Stop the search, incomplete, after N states, with the figures so far and exit status 2"
              + " (default: no bound but memory).")
  Long maxStates;

  @Option(
      names = "--max-memory",
      paramLabel = "SIZE",
      description =
          "Stop the search, incomplete, before the visited states need more than SIZE bytes (a"
              + " number with k, m or g, such as 512m), with the figures so far and exit status"
              + " 2. Default: half the Java heap, which the launcher sets from CALLROUTE_HEAP.")
  String maxMemory;

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
    if (threads < 1 || threads > MAX_THREADS) {
      err.println(
          "--threads: must be between 1 and "
              + MAX_THREADS
              + " (four per core of this machine), not "
              + threads);
      return 2;
    }
    if (maxStates != null && maxStates < 1) {
      err.println("--max-states: must be 1 or more, not " + maxStates);
      return 2;
    }
    long heap = Runtime.getRuntime().maxMemory();
    long memoryBound;
    try {
      memoryBound = maxMemory == null ? heap / 2 : MemorySize.parse(maxMemory);
    } catch (IllegalArgumentException e) {
      err.println("--max-memory: " + e.getMessage());
      return 2;
    }
    if (memoryBound > heap) {
      err.println(
          "--max-memory: "
              + maxMemory
              + " is more than the Java heap ("
              + MemorySize.show(heap)
              + "); raise the heap with CALLROUTE_HEAP (such as CALLROUTE_HEAP=8g) first");
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
    Inputs.working(file);
    ReadResult read =
        file.equals(RunFiles.STANDARD_INPUT)
            ? ScenarioReader.read(System.in, SourceText.STANDARD_INPUT, true)
            : ScenarioReader.read(file, true);
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
            maxStates == null ? Long.MAX_VALUE : maxStates,
            memoryBound);
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
              + (e instanceof OutOfMemoryError
                  ? "out of memory (the Java heap is " + MemorySize.show(heap) + ")"
                  : e.getMessage())
              + "; bound the search with --max-memory, --max-states, --max-depth or a lower"
              + " --max-calls");
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
