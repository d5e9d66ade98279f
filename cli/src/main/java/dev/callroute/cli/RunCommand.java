package dev.callroute.cli;

import dev.callroute.scenario.DidYouMean;
import dev.callroute.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
          + " entries. Folders are searched for *.yaml and *.yml files, played in name order.",
      "The last line is 'N passed, M failed'. An invalid file is reported as"
          + " file:line:column: message, is not played and counts as failed."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every scenario passed",
      "1:an expectation failed, or a step was rejected unexpectedly",
      "2:a file is invalid, a path does not exist, or the command line is wrong"
    })
public final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Scenario files, or folders to search for *.yaml and *.yml files.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (the default) or json: one JSON document with the same content.")
  String format;

  @Mixin ColorOption color;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--format': '"
              + format
              + "'"
              + DidYouMean.hint(format, List.of("text", "json"))
              + "; expected text or json");
    }
    RunFiles found = RunFiles.collect(paths);
    PrintWriter err = spec.commandLine().getErr();
    for (String e : found.errors()) {
      err.println("callroute run: " + Terminal.escape(e));
    }
    err.flush();
    List<RunResult> results = new ArrayList<>();
    for (Path file : found.files()) {
      results.add(RunResult.of(file, ScenarioReader.read(file)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      RunJson.print(out, results, found.errors());
    } else {
      new TimelinePrinter(out, color.terminal(spec)).print(results);
    }
    if (!found.errors().isEmpty() || results.stream().anyMatch(RunResult::invalid)) {
      return 2;
    }
    return results.stream().allMatch(RunResult::passed) ? 0 : 1;
  }
}
