package dev.callroute.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code callroute} command: replay, explore and diagnose iOS call audio routing. */
@Command(
    name = "callroute",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An executable, explainable model of how iOS picks the audio route of a call.",
    subcommands = {RunCommand.class, ExploreCommand.class, DoctorCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status; a failed write to standard output fails. */
  public static void main(String[] args) {
    CheckedOutput stdout = CheckedOutput.installOnStandardOutput();
    int status = execute(args);
    System.exit(stdout.finish(status, System.err));
  }

  /** The exit status when the work could not be done: bad input, a limit passed, a failed write. */
  public static final int FAILED = 2;

  /** The exit status when callroute itself fails: a bug, reported without a stack trace. */
  public static final int INTERNAL_ERROR = 3;

  /** Runs the command line and returns its exit status, for tests. */
  public static int execute(String... args) {
    try {
      return new CommandLine(new Main())
          .setUsageHelpWidth(100)
          // An @file argument is a file name like any other: picocli would otherwise read the file
          // (or /dev/zero, forever) and show its lines as arguments.
          .setExpandAtFiles(false)
          .setExecutionExceptionHandler(
              (e, commandLine, parseResult) -> Failures.report(e, commandLine.getErr()))
          .execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions of a command to the handler above, but lets Errors through.
      return Failures.report(e, new java.io.PrintWriter(System.err, true));
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
