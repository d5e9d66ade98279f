package dev.callroute.trace;

import dev.callroute.trace.read.AppFilter;
import dev.callroute.trace.read.LogReader;
import dev.callroute.trace.read.LogSink;
import dev.callroute.trace.read.Observation;
import dev.callroute.trace.read.ReadStats;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads logs twice, in bounded memory: a first pass learns the accessories and the app (the {@link
 * Catalog}); the second explains every observation and hands each result on as soon as it is known.
 */
public final class Trace {
  /** The shapes a log is searched for, for the message when a file has no observation. */
  public static final List<String> FORMATS =
      List.of(
          "W1 WebRTC RTCAudioSession \"Audio route changed\" with Previous/Current route",
          "W2 WebRTC session block (category, categoryOptions, mode)",
          "R1 react-native-incall-manager / FlutterInCallManager",
          "R2 react-native-callkeep ([RNCallKeep] and { output: …, reason: … })",
          "C1 Console.app / log show / Xcode console prefixes",
          "C2 \"Posting AVAudioSessionRouteChangeNotification\"",
          "C3 AudioSessionServerImp JSON",
          "C4 callservicesd audio session activation",
          "L1 Linphone [IOS Audio Route Change]",
          "B1 baresip \"audiounit: AudioRouteChange - reason\"",
          "S1 app loggers (routeChange reason, previousRoute, interruptionBegan)",
          "J1 callroute JSON lines ({\"event\": …})");

  /**
   * How to explain.
   *
   * @param maxHidden the most hidden steps before each observation
   * @param app the app's process name; empty to find it from the log
   * @param keepForWrite whether to keep the explanation for {@link Result#scenario}
   * @param assumed facts the user states ({@code --assume}), which the log then need not tell
   */
  public record Options(
      int maxHidden, String app, boolean keepForWrite, java.util.Map<String, String> assumed) {
    public Options {
      Objects.requireNonNull(app, "app");
      assumed = java.util.Map.copyOf(assumed);
    }

    /** Options with nothing assumed. */
    public Options(int maxHidden, String app, boolean keepForWrite) {
      this(maxHidden, app, keepForWrite, java.util.Map.of());
    }
  }

  /**
   * What explaining the logs gave.
   *
   * @param summary the counts and facts
   * @param stats what reading found, all files together (second pass)
   * @param app the app's process name used to tell its lines apart, or empty
   */
  public record Result(Summary summary, ReadStats stats, String app, Optional<Object> written) {
    /**
     * The explanation as scenario text that passes {@code callroute run}; empty when nothing was
     * explained or the result was made without {@link Options#keepForWrite}.
     */
    public Optional<String> scenario(List<String> sources, Path fileName) {
      return written.map(w -> TraceWriter.write((Explainer.Written) w, sources, fileName));
    }

    /** Why the scenario stops before the end of the trace, or empty when it does not. */
    public String scenarioStops() {
      return written.map(w -> ((Explainer.Written) w).stoppedAt()).orElse("");
    }
  }

  /** Receives the results of {@link #explain} as they are known. */
  public interface Listener {
    /** Called once, before the first result, with the app's process name (empty: unknown). */
    default void started(String app) {}

    /** One observation's result. */
    void explained(Explained e);
  }

  private Trace() {}

  /**
   * Explains these logs, read in order as one trace; each observation's result goes to {@code out}
   * as soon as it is known.
   *
   * @param files the logs, each readable twice
   * @param names the names shown in {@code file:line}, one per file
   * @throws IllegalArgumentException if an assumption fits no fact of the log
   */
  public static Result explain(List<Path> files, List<String> names, Options options, Listener out)
      throws IOException {
    Catalog catalog = new Catalog();
    ReadStats first = ReadStats.ZERO;
    for (int i = 0; i < files.size(); i++) {
      first = first.plus(read(files.get(i), names.get(i), catalog, AppFilter.ANY));
    }
    if (catalog.checked() == 0) {
      return new Result(new Summary(0, 0, 0, 0, java.util.Map.of()), first, "", Optional.empty());
    }
    String app = options.app().isEmpty() ? catalog.appProcess() : options.app();
    Explainer explainer =
        new Explainer(catalog, options.maxHidden(), options.keepForWrite(), options.assumed());
    out.started(app);
    LogSink sink = (Observation o) -> out.explained(explainer.accept(o));
    ReadStats stats = ReadStats.ZERO;
    for (int i = 0; i < files.size(); i++) {
      stats = stats.plus(read(files.get(i), names.get(i), sink, new AppFilter(app)));
    }
    return new Result(explainer.summary(), stats, app, explainer.forWrite().map(w -> (Object) w));
  }

  /** Reads one log into a sink. */
  public static ReadStats read(Path file, String name, LogSink sink, AppFilter app)
      throws IOException {
    try (Reader in =
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE))) {
      return new LogReader(name, sink, app).read(in);
    }
  }
}
