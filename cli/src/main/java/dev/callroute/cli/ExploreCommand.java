package dev.callroute.cli;

import dev.callroute.explore.Bitstate;
import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.Query;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.AtomicFiles;
import dev.callroute.scenario.DidYouMean;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
      "Exit status: 0 when the complete search found nothing violated (and --reach found a"
          + " state); 1 on a violation, or when --reach finds nothing in a complete search; 2 on bad"
          + " input, or when --max-states or --max-memory stopped the search before it was complete;"
          + " 3 on a bug in callroute; 4 when --max-depth cut the search off, or --bitstate searched"
          + " without storing every state, and no violation was found: not a proof."
    })
public final class ExploreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ColorOption color;

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
      description =
          "Explore at most N steps after the start (default: no bound). A search cut off by the"
              + " bound proves nothing: it says so and exits with 4 unless it found a violation.")
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
              + " worlds too large to store. It may miss states, so finding no violation is not a"
              + " proof (exit status 4); it prints the estimated probability that it missed one.")
  String bitstate;

  @Option(
      names = "--hashes",
      paramLabel = "K",
      description = "With --bitstate: bits set per state, 1 to 16 (default: ${DEFAULT-VALUE}).")
  int hashes = Bitstate.DEFAULT_HASHES;

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
              + " standard output; further ones get -2, -3, ... before the extension (cx.yaml,"
              + " cx-2.yaml, ...). Its folder must exist and be writable.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (the default) or json: one document with complete, states, transitions,"
              + " violations and their counterexamples, reach, and exitStatus.")
  String format = "text";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (maxCalls < 0 || maxCalls > ExploreOptions.MAX_CALLS_LIMIT) {
      return usage(
          err,
          "--max-calls: must be between 0 and "
              + ExploreOptions.MAX_CALLS_LIMIT
              + ", not "
              + maxCalls);
    }
    if (threads < 1 || threads > MAX_THREADS) {
      return usage(
          err,
          "--threads: must be between 1 and "
              + MAX_THREADS
              + " (four per core of this machine), not "
              + threads);
    }
    if (maxStates != null && maxStates < 1) {
      return usage(err, "--max-states: must be 1 or more, not " + maxStates);
    }
    long heap = Runtime.getRuntime().maxMemory();
    long memoryBound;
    try {
      memoryBound = maxMemory == null ? heap / 2 : MemorySize.parse(maxMemory);
    } catch (IllegalArgumentException e) {
      return usage(err, "--max-memory: " + e.getMessage());
    }
    if (memoryBound > heap) {
      return usage(
          err,
          "--max-memory: "
              + maxMemory
              + " is more than the Java heap ("
              + MemorySize.show(heap)
              + "); raise the heap with CALLROUTE_HEAP (such as CALLROUTE_HEAP=8g) first");
    }
    if (never.size() > ExploreOptions.MAX_NEVER) {
      return usage(
          err, "--never: at most " + ExploreOptions.MAX_NEVER + " conditions, not " + never.size());
    }
    if (maxDepth != null && maxDepth < 0) {
      return usage(err, "--max-depth: must be 0 or more, not " + maxDepth);
    }
    if (hashes < 1 || hashes > Bitstate.MAX_HASHES) {
      return usage(
          err, "--hashes: must be between 1 and " + Bitstate.MAX_HASHES + ", not " + hashes);
    }
    if (bitstate == null && hashes != Bitstate.DEFAULT_HASHES) {
      return usage(err, "--hashes: only with --bitstate");
    }
    Optional<Bitstate> bits = Optional.empty();
    if (bitstate != null) {
      try {
        bits = Optional.of(new Bitstate(Bitstate.parseBits(bitstate), hashes));
      } catch (IllegalArgumentException e) {
        return usage(err, "--bitstate: " + e.getMessage());
      }
      if (bits.get().bytes() > memoryBound) {
        return usage(
            err,
            "--bitstate: "
                + bitstate
                + String.format(
                    Locale.ROOT, " is more than the memory bound (%,d bytes)", memoryBound)
                + "; give a smaller bit array or raise --max-memory");
      }
    }
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(),
          "--format: '"
              + format
              + "' is not allowed"
              + DidYouMean.hint(format, List.of("text", "json"))
              + "; allowed values: text, json");
    }
    if (Files.isDirectory(file)) {
      return usage(err, Terminal.escape(file + ": is a directory; give a scenario file"));
    }
    Optional<String> outProblem = outProblem();
    if (outProblem.isPresent()) {
      return usage(err, Terminal.escape("--out " + out + ": " + outProblem.get()));
    }
    Inputs.working(file);
    ReadResult read =
        file.equals(RunFiles.STANDARD_INPUT)
            ? ScenarioReader.read(System.in, SourceText.STANDARD_INPUT, true)
            : ScenarioReader.read(file, true);
    if (!read.valid()) {
      return invalid(err, read.problems());
    }
    Scenario scenario = read.scenario().orElseThrow();
    StartingPoint.Result start = StartingPoint.of(scenario);
    if (start.point().isEmpty()) {
      return invalid(err, start.problems());
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
      return usage(err, e.getMessage());
    }
    ExploreOptions options =
        new ExploreOptions(
            maxCalls,
            maxDepth == null ? Integer.MAX_VALUE : maxDepth,
            neverQueries,
            reachQuery,
            threads,
            maxStates == null ? Long.MAX_VALUE : maxStates,
            memoryBound,
            symmetry,
            bits);
    Explorer explorer;
    try {
      explorer = new Explorer(point.state(), point.usedCallIds(), options);
    } catch (IllegalArgumentException e) {
      return invalid(err, List.of(file + ": " + e.getMessage()));
    }
    ExploreProgress progress = ExploreProgress.forConsole(err);
    ExploreResult result;
    try {
      result = explorer.run(progress);
    } catch (IllegalStateException | OutOfMemoryError e) {
      progress.finish();
      String message =
          "explore: "
              + (e instanceof OutOfMemoryError
                  ? "out of memory (the Java heap is " + MemorySize.show(heap) + ")"
                  : e.getMessage())
              + "; bound the search with --max-memory, --max-states, --max-depth or a lower"
              + " --max-calls";
      err.println(message);
      json(message);
      return 2;
    }
    progress.finish();
    ExploreReport report =
        new ExploreReport(
            point,
            result,
            Optional.ofNullable(out),
            maxDepth == null ? Integer.MAX_VALUE : maxDepth);
    int status;
    try {
      status =
          format.equals("json")
              ? report.printJson(stdout, reachQuery.isPresent())
              : report.printText(stdout, never, reachQuery.isPresent());
    } catch (IOException e) {
      stdout.flush();
      String message = "--out " + out + ": cannot write: " + AtomicFiles.reason(e);
      err.println(message);
      json(message);
      return 2;
    }
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
    }
    return status;
  }

  /** Prints a usage error in one line, with where help is, and returns exit status 2. */
  private int usage(PrintWriter err, String message) {
    err.println("callroute explore: " + message + " (see 'callroute explore --help')");
    err.flush();
    json(message);
    return 2;
  }

  /** Prints the problems of an invalid file, one per line, and returns exit status 2. */
  private int invalid(PrintWriter err, List<?> problems) {
    List<String> lines = new ArrayList<>();
    problems.forEach(p -> lines.add(Terminal.escape(p.toString())));
    lines.forEach(err::println);
    err.flush();
    json(Terminal.escape(file.toString()) + ": invalid file\n" + String.join("\n", lines));
    return 2;
  }

  /**
   * With {@code --format json}, bad input is a JSON document on standard output too, as for {@code
   * run} and {@code doctor}: {@code {"error", "problems", "exitStatus": 2}}.
   */
  private void json(String message) {
    if ("json".equals(format)) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.println(ErrorJson.of(message, 2));
      stdout.flush();
    }
  }

  /** Why {@code --out} cannot be written, checked before the search: empty when it can. */
  private Optional<String> outProblem() {
    if (out == null) {
      return Optional.empty();
    }
    if (Files.isDirectory(out)) {
      return Optional.of("is a directory; give a file name such as " + out.resolve("cx.yaml"));
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return Optional.of("the folder " + parent + " does not exist");
    }
    if (!Files.isWritable(parent)) {
      return Optional.of("the folder " + parent + " is not writable (permission denied)");
    }
    if (Files.isSymbolicLink(out)) {
      return Optional.of("is a symbolic link; callroute does not write through links");
    }
    if (Files.exists(out) && !Files.isRegularFile(out)) {
      return Optional.of("not a regular file (a FIFO, a device or a socket)");
    }
    if (Files.exists(out) && !Files.isWritable(out)) {
      return Optional.of("the file exists and is not writable (permission denied)");
    }
    return Optional.empty();
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
