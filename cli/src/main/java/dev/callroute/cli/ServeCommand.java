package dev.callroute.cli;

import dev.callroute.scenario.Problem;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.serve.PlaygroundServer;
import dev.callroute.serve.ServeLimits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code callroute serve}: the playground in the browser, on a local web server. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the playground: a local web server with a page where you build a world, play steps"
          + " by clicking, see the route and the rule, export and load scenario files, and ask the"
          + " doctor and the explorer. Prints the URL, then serves until interrupted (Ctrl-C).",
      "Exit status: 0 when stopped, 2 on bad input (an invalid FILE, a port in use), 3 on a bug in"
          + " callroute."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Accepted as by every command; the playground prints only its URL, never in colour. */
  @Mixin ColorOption color;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "A scenario file that every new page opens, at step 0.")
  Path file;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8765;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "The address to bind (default: ${DEFAULT-VALUE}, loopback only). Anything else makes the"
              + " playground reachable from other machines, with a warning.")
  String host = "127.0.0.1";

  @Option(names = "--open", description = "Open the page in the default browser.")
  boolean open;

  @Option(
      names = "--max-sessions",
      paramLabel = "N",
      description = "Sessions kept at once; the least recently used is dropped (default: 1000).")
  int maxSessions = ServeLimits.DEFAULTS.maxSessions();

  /** Set by tests: stop right after starting, instead of serving until interrupted. */
  CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("callroute serve: --port must be between 0 and 65535, not " + port);
      return 2;
    }
    if (maxSessions < 1 || maxSessions > 1_000_000) {
      err.println("callroute serve: --max-sessions must be between 1 and 1000000");
      return 2;
    }
    Optional<Scenario> initial = Optional.empty();
    if (file != null) {
      ReadResult read = ScenarioReader.read(file, true);
      if (!read.valid()) {
        read.problems().stream().map(Problem::toString).forEach(err::println);
        return 2;
      }
      initial = read.scenario();
    }
    if (!PlaygroundServer.isLoopback(host)) {
      err.println(
          "callroute serve: warning: --host "
              + host
              + " is not loopback; anyone who can reach this machine can use the playground");
    }
    PlaygroundServer server;
    try {
      server =
          PlaygroundServer.start(
              host, port, ServeLimits.DEFAULTS.withMaxSessions(maxSessions), initial);
    } catch (RuntimeException e) {
      err.println(
          "callroute serve: cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + rootMessage(e)
              + "); is another server using it? Try --port 0");
      return 2;
    }
    out.println("callroute playground: " + server.url());
    out.println("Press Ctrl-C to stop.");
    out.flush();
    if (open) {
      openBrowser(server.url(), err);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "callroute-serve-stop"));
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void openBrowser(String url, PrintWriter err) {
    try {
      if (java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
        java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
        return;
      }
      new ProcessBuilder("xdg-open", url).inheritIO().start();
    } catch (Exception | LinkageError e) {
      err.println(
          "callroute serve: could not open a browser (" + e.getMessage() + "); open " + url);
    }
  }
}
