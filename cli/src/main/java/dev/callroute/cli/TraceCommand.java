package dev.callroute.cli;

import dev.callroute.trace.Explained;
import dev.callroute.trace.Explainer;
import dev.callroute.trace.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callroute trace}: reads device logs and explains every route change with the model. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads device logs (Xcode or Console.app copies, WebRTC, react-native-incall-manager,"
          + " react-native-callkeep, Linphone, baresip, app loggers, callroute's JSON lines;"
          + " see docs/trace-format.md), turns them into observations with their file:line, and"
          + " searches for the fewest model steps that produce exactly the routes observed. Each"
          + " observation is printed with the steps and rules that explain it; the first one no"
          + " explanation reaches is a DEVIATION, listed with the routes the model allows there.",
      "Lines that match no known shape are skipped and counted. Logs stream: a 100 MB log is read"
          + " twice in bounded memory. A line longer than 65,536 characters is skipped. The last"
          + " line is 'N observations, E explained, D deviations, U outside the model'."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every observation inside the model is explained",
      "1:at least one deviation",
      "2:no observation in the input, a file cannot be read, or the command line is wrong"
    })
public final class TraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Log files, read in order as one trace; - reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--max-hidden",
      paramLabel = "N",
      defaultValue = "" + Explainer.DEFAULT_MAX_HIDDEN,
      description =
          "The most hidden steps (a call ringing, an answer, a pick, a connection) the search"
              + " supposes before each observation: 0 to "
              + Explainer.MAX_MAX_HIDDEN
              + " (default: ${DEFAULT-VALUE}).")
  int maxHidden;

  @Option(
      names = "--app",
      paramLabel = "PROCESS",
      defaultValue = "",
      description =
          "The app's process name in system logs; by default the process that wrote the app's"
              + " lines (WebRTC, RNInCallManager, …).")
  String app;

  @Option(
      names = "--assume",
      paramLabel = "FACT=VALUE",
      description =
          "A fact the log does not tell but you know; repeatable: callKit=yes|no,"
              + " role=sender|receiver, callAudioRouting=automatic|bluetoothHeadset|speaker, or an"
              + " accessory's id or name with its kind (bluetoothHeadset, bluetoothSpeaker,"
              + " wiredHeadset, wiredHeadphones).")
  java.util.Map<String, String> assumed = new java.util.LinkedHashMap<>();

  @Mixin FormatOption format;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description =
          "Also write the explanation as a scenario file that `callroute run` replays and passes:"
              + " the steps, with an expect pinning each observed route.")
  Path write;

  @Mixin ColorOption color;

  @Override
  public Integer call() throws IOException {
    format.json(spec); // checks the value before any file is read
    if (maxHidden < 0 || maxHidden > Explainer.MAX_MAX_HIDDEN) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--max-hidden': "
              + maxHidden
              + "; expected 0 to "
              + Explainer.MAX_MAX_HIDDEN);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = new ArrayList<>();
    Path spooled = null;
    for (String f : files) {
      if (f.equals("-")) {
        if (spooled == null) {
          spooled = spool(System.in);
        }
        paths.add(spooled);
        continue;
      }
      Path p = Path.of(f);
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        err.println(
            "callroute trace: "
                + f
                + (Files.isDirectory(p)
                    ? ": is a folder; give log files"
                    : ": no such readable file"));
        err.flush();
        return 2;
      }
      paths.add(p);
    }
    try {
      return explain(paths, err);
    } finally {
      if (spooled != null) {
        Files.deleteIfExists(spooled);
      }
    }
  }

  private int explain(List<Path> paths, PrintWriter err) {
    boolean json = format.json(spec);
    PrintWriter out = spec.commandLine().getOut();
    TracePrinter text = new TracePrinter(out, color.terminal(spec));
    TraceJson doc = json ? new TraceJson(out) : null;
    Trace.Listener each =
        new Trace.Listener() {
          @Override
          public void started(String appName) {
            if (json) {
              doc.header(files, appName);
            } else {
              text.header(files, appName);
            }
          }

          @Override
          public void explained(Explained e) {
            if (json) {
              doc.observation(e);
            } else {
              text.observation(e);
            }
          }
        };
    Trace.Result result;
    try {
      result =
          Trace.explain(
              paths, files, new Trace.Options(maxHidden, app, write != null, assumed), each);
    } catch (IOException | UncheckedIOException e) {
      err.println("callroute trace: cannot read the log: " + e.getMessage());
      err.flush();
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("callroute trace: " + e.getMessage());
      err.flush();
      return 2;
    }
    if (result.summary().observations() == 0) {
      err.println(
          "callroute trace: no observation in "
              + String.join(", ", files)
              + " ("
              + result.stats().lines()
              + " lines, "
              + result.stats().skipped()
              + " skipped). Looked for these formats:");
      Trace.FORMATS.forEach(f -> err.println("  " + f));
      err.println("See docs/trace-format.md for their shapes.");
      err.flush();
      return 2;
    }
    List<String> messages = new ArrayList<>();
    int status = result.summary().deviations() > 0 ? 1 : 0;
    if (write != null) {
      Optional<String> scenario = result.scenario(files, write);
      if (scenario.isEmpty()) {
        err.println(
            "callroute trace: --write: nothing was explained, so there is nothing to write");
        status = 2;
      } else {
        try {
          Files.writeString(write, scenario.get(), StandardCharsets.UTF_8);
          messages.add(
              "wrote "
                  + write
                  + (result.scenarioStops().isEmpty() ? "" : " (" + result.scenarioStops() + ")"));
        } catch (IOException | UncheckedIOException e) {
          err.println("callroute trace: --write: cannot write '" + write + "': " + e.getMessage());
          status = 2;
        }
      }
      err.flush();
    }
    if (json) {
      doc.finish(result.summary(), result.stats(), messages);
    } else {
      text.finish(result.summary(), result.stats(), messages);
    }
    return status;
  }

  private static Path spool(InputStream in) throws IOException {
    Path tmp = Files.createTempFile("callroute-trace-", ".log");
    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    return tmp;
  }
}
