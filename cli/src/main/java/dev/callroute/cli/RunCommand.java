package dev.callroute.cli;

import dev.callroute.scenario.Problem;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.SourceText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callroute run}: plays scenario files and shows the route after every step, and why. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Plays scenario files and prints, for every step, the route after it (input and output),"
          + " its notifications and the rules that decided it, then checks the file's expect"
          + " entries. Folders are searched for .yaml and .yml files (in any case), skipping hidden"
          + " ones, and played in name order; '-' reads one scenario from standard input.",
      "The last line is 'N passed, M failed'. An invalid file is reported as"
          + " file:line:column: message, is not played and counts as failed. The limits on a file"
          + " (3 MiB, 10,000 steps, ...) are listed in docs/scenario-format.md."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every scenario passed",
      "1:an expectation failed, or a step was rejected unexpectedly",
      "2:a file is invalid or past a limit, a path does not exist, the output could not be"
          + " written, or the command line is wrong",
      "3:a bug in callroute (reported in one line, with where to report it)"
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Scenario files, folders to search for .yaml and .yml files, or - for standard input.")
  List<Path> paths = new ArrayList<>();

  @Mixin FormatOption format;

  @Mixin ColorOption color;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print only invalid files, failed scenarios with their failed expectations,"
              + " and the counts.")
  boolean quiet;

  @Override
  public Integer call() {
    boolean json = format.json(spec);
    RunFiles found = RunFiles.collect(paths);
    PrintWriter err = spec.commandLine().getErr();
    for (String e : found.errors()) {
      err.println("callroute run: " + Terminal.escape(e));
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    RunOutput report =
        json ? new RunJson(out) : new TimelinePrinter(out, color.terminal(spec), quiet);
    report.start(found.found());
    boolean anyInvalid = false;
    boolean allPassed = true;
    for (Path file : found.files()) {
      RunResult r = play(file);
      anyInvalid |= r.invalid();
      allPassed &= r.passed();
      report.file(r);
    }
    report.finish(found.errors(), found.found());
    Inputs.done();
    if (!found.errors().isEmpty() || anyInvalid) {
      return Main.FAILED;
    }
    return allPassed ? 0 : 1;
  }

  /**
   * Reads and plays one file. Running out of memory or stack on one file is reported as that file's
   * problem, so that it never hides the results of the others.
   */
  private static RunResult play(Path file) {
    Inputs.working(file);
    try {
      ReadResult read =
          file.equals(RunFiles.STANDARD_INPUT)
              ? ScenarioReader.read(System.in, SourceText.STANDARD_INPUT, false)
              : ScenarioReader.read(file);
      return RunResult.of(
          file.equals(RunFiles.STANDARD_INPUT) ? SourceText.STANDARD_INPUT : file, read);
    } catch (OutOfMemoryError | StackOverflowError e) {
      String limit =
          e instanceof OutOfMemoryError
              ? "out of memory (the Java heap limit is " + Failures.heapMib() + ")"
              : "too deeply nested for the thread stack";
      Problem p = Problem.ofFile(file, "could not be played: " + limit);
      return new RunResult(file, new ReadResult(Optional.empty(), List.of(p)), Optional.empty());
    }
  }
}
