package dev.callroute.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code callroute} command: replay, explore and diagnose iOS call audio routing. */
@Command(
    name = "callroute",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An executable, explainable model of how iOS picks the audio route of a call.",
    subcommands = {RunCommand.class, ExploreCommand.class, DoctorCommand.class, TraceCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** The exit status when callroute itself fails: a bug, reported without a stack trace. */
  public static final int INTERNAL_ERROR = 3;

  /** Runs the command line and returns its exit status, for tests. */
  public static int execute(String... args) {
    return new CommandLine(new Main())
        .setUsageHelpWidth(100)
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> {
              commandLine
                  .getErr()
                  .println(
                      "callroute: internal error, please report it: "
                          + e.getClass().getSimpleName()
                          + ": "
                          + e.getMessage());
              return INTERNAL_ERROR;
            })
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
