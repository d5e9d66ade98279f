package dev.callroute.cli;

import dev.callroute.scenario.DidYouMean;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code callroute} command: replay, explore and diagnose iOS call audio routing. */
@Command(
    name = "callroute",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An executable, explainable model of how iOS picks the audio route of a call.",
    subcommands = {
      RunCommand.class,
      ExploreCommand.class,
      DoctorCommand.class,
      TraceCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The exit status of a usage error: a wrong flag, value or command. */
  public static final int USAGE_ERROR = 2;

  /** The exit status when the work could not be done: bad input, a limit passed, a failed write. */
  public static final int FAILED = 2;

  /** The exit status when callroute itself fails: a bug, reported without a stack trace. */
  public static final int INTERNAL_ERROR = 3;

  private final Environment environment;

  /** The command as the launcher runs it, in this process's environment. */
  public Main() {
    this(Environment.system());
  }

  /** The command in a given environment, for tests. */
  Main(Environment environment) {
    this.environment = environment;
  }

  /** Runs the command line and exits with its status; a failed write to standard output fails. */
  public static void main(String[] args) {
    CheckedOutput stdout = CheckedOutput.installOnStandardOutput();
    int status = execute(args);
    System.exit(stdout.finish(status, System.err));
  }

  /** Runs the command line and returns its exit status, for tests. */
  public static int execute(String... args) {
    CommandLine cl = commandLine(Environment.system());
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions of a command to its handler, but lets Errors through.
      return Failures.report(e, cl.getErr());
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
    }
  }

  /**
   * The command line as {@code callroute} runs it: help laid out for the terminal's width, usage
   * errors in one line with a "did you mean", and internal errors without a stack trace.
   */
  static CommandLine commandLine(Environment environment) {
    return new CommandLine(new Main(environment))
        .setUsageHelpWidth(Terminal.of(environment, true).width())
        // Help is coloured by the rule of every other output (the Terminal's), not picocli's own.
        .setColorScheme(scheme(Terminal.of(environment, false).colors()))
        .setExecutionStrategy(Main::plainHelpWithNoColor)
        .setParameterExceptionHandler(Main::usageError)
        // An @file argument is a file name like any other: picocli would otherwise read the file
        // (or /dev/zero, forever) and show its lines as arguments.
        .setExpandAtFiles(false)
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> Failures.report(e, commandLine.getErr()));
  }

  private static CommandLine.Help.ColorScheme scheme(boolean colors) {
    return CommandLine.Help.defaultColorScheme(
        colors ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF);
  }

  /** Runs the command; {@code --no-color} also turns the colours of its help off. */
  private static int plainHelpWithNoColor(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--no-color")) {
        p.commandSpec().commandLine().setColorScheme(scheme(false));
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /** The environment this command runs in, for its subcommands. */
  Environment environment() {
    return environment;
  }

  /** The environment of the command that {@code spec} belongs to. */
  static Environment environmentOf(CommandLine.Model.CommandSpec spec) {
    CommandLine.Model.CommandSpec s = spec;
    while (s != null) {
      if (s.userObject() instanceof Main) {
        return ((Main) s.userObject()).environment;
      }
      s = s.parent();
    }
    return Environment.system();
  }

  /** One line: what was wrong, a suggestion when one is close, and where help is. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr().println(usageLine(cl, e));
    cl.getErr().flush();
    return USAGE_ERROR;
  }

  static String usageLine(CommandLine cl, ParameterException e) {
    String name = cl.getCommandSpec().qualifiedName();
    String what = e.getMessage();
    if (e instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException u = (UnmatchedArgumentException) e;
      List<String> unmatched = u.getUnmatched();
      String word = unmatched.isEmpty() ? "" : unmatched.get(0);
      boolean option = word.startsWith("-");
      boolean subcommand = !option && !cl.getSubcommands().isEmpty();
      List<String> candidates = new ArrayList<>();
      if (option) {
        cl.getCommandSpec().options().forEach(o -> candidates.addAll(List.of(o.names())));
      } else {
        candidates.addAll(cl.getSubcommands().keySet());
      }
      String kind = option ? "unknown option" : subcommand ? "unknown command" : "unexpected";
      what =
          kind
              + " '"
              + word.replaceFirst("=.*", "")
              + "'"
              + DidYouMean.closest(word.replaceFirst("=.*", ""), candidates)
                  .map(c -> "; did you mean " + c + "?")
                  .orElse(subcommand ? "; commands: " + String.join(", ", candidates) : "");
    } else if (what.startsWith("Unknown subcommand '")) {
      String word = what.substring("Unknown subcommand '".length(), what.lastIndexOf('\''));
      CommandLine parent = cl.getSubcommands().isEmpty() ? cl.getParent() : cl;
      List<String> candidates = new ArrayList<>(parent.getSubcommands().keySet());
      name = parent.getCommandSpec().qualifiedName();
      what =
          "unknown command '"
              + word
              + "'"
              + DidYouMean.closest(word, candidates)
                  .map(c -> "; did you mean " + c + "?")
                  .orElse("; commands: " + String.join(", ", candidates));
    } else if (e instanceof CommandLine.MissingParameterException) {
      what =
          what.replace("Missing required parameters: ", "missing ")
              .replace("Missing required parameter: ", "missing ");
    }
    return Terminal.escape(name + ": " + what + " (see '" + name + " --help')");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
