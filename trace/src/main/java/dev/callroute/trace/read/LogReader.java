package dev.callroute.trace.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Reads one log, line by line in bounded memory, and gives its observations to a {@link LogSink} in
 * log order. Never fails on content: a line that matches no shape is skipped and counted.
 *
 * <p>Multi-line entries are kept open across lines only while their continuation lines carry no
 * prefix of their own: a route description (§2, at most {@link RouteCollector#MAX_LINES} lines), a
 * J1 object wrapped over lines (at most {@link #MAX_JSON_LINES}), a WebRTC session block.
 */
public final class LogReader {
  /** The most lines a wrapped J1 object may span. */
  public static final int MAX_JSON_LINES = 16;

  private final String file;
  private final LogSink sink;
  private final AppFilter app;
  private final Shapes shapes;
  private long lines;
  private long observations;
  private long skipped;
  private long otherProcesses;

  private RouteCollector collector;
  private Pending change;
  private StringBuilder json;
  private Source jsonAt;
  private int jsonLines;
  private String entryTime = "";
  private String entryProcess = "";

  /** A pending "Audio route changed" (W1) waiting for its routes. */
  private static final class Pending {
    Source at;
    String time;
    String process;
    Optional<Reason> reason = Optional.empty();
    Optional<LoggedRoute> previous = Optional.empty();
  }

  /**
   * A reader of one log.
   *
   * @param file the name shown in {@code file:line}
   * @param sink receives the observations
   * @param app which process is the app's; {@link AppFilter#ANY} keeps every process
   */
  public LogReader(String file, LogSink sink, AppFilter app) {
    this.file = file;
    this.sink = sink;
    this.app = app;
    this.shapes = new Shapes(this::emit, sink);
  }

  /** Reads the whole input and returns the counts. */
  public ReadStats read(Reader in) throws IOException {
    LineReader r = new LineReader(in);
    while (r.next()) {
      lines++;
      Source at = new Source(file, r.number());
      if (r.truncated()) {
        skipped++;
        closeAll();
        continue;
      }
      line(r.line().toString(), at);
    }
    closeAll();
    return new ReadStats(lines, observations, skipped, otherProcesses);
  }

  private void line(String raw, Source at) {
    if (Markdown.isFence(raw)) {
      return;
    }
    String s = Markdown.strip(raw);
    if (s.isBlank()) {
      return;
    }
    Prefix p = Prefix.of(s);
    if (!p.prefixed() && continuation(s, at)) {
      return;
    }
    if (p.prefixed()) {
      entryTime = p.time();
      entryProcess = p.process();
    } else {
      entryTime = "";
      entryProcess = "";
    }
    String msg = p.message();
    boolean routeText =
        msg.contains("Previous route")
            || msg.contains("Current route")
            || msg.contains("<AVAudioSessionRouteDescription");
    if (!routeText) {
      flushChange();
    } else {
      shapes.flushPending();
    }
    abandonCollector();
    abandonJson();
    if (msg.contains("Audio route changed")) {
      flushChange();
      change = new Pending();
      change.at = at;
      change.time = p.time();
      change.process = p.process();
      int colon = msg.indexOf(':', msg.indexOf("Audio route changed"));
      change.reason = colon < 0 ? Optional.empty() : Reason.parse(msg.substring(colon + 1));
      return;
    }
    if (routeText) {
      startRoute(msg, at);
      return;
    }
    if (msg.startsWith("{") && msg.contains("\"event\"")) {
      shapes.flushPending();
      json = new StringBuilder(msg);
      jsonAt = at;
      jsonLines = 1;
      tryJson();
      return;
    }
    if (!shapes.message(msg, at, p.time(), p.process())) {
      skipped++;
    }
  }

  /** Feeds an unprefixed line to the open multi-line entry; false when none takes it. */
  private boolean continuation(String s, Source at) {
    if (collector != null) {
      collector.lines++;
      int stop = collector.feed(s, 0);
      if (collector.broken || collector.lines > RouteCollector.MAX_LINES) {
        abandonCollector();
        return true;
      }
      if (collector.complete) {
        finishRoute();
        if (stop < s.length()) {
          startRoute(s.substring(stop), at);
        }
        return true;
      }
      if (stop < s.length()) {
        abandonCollector();
        startRoute(s.substring(stop), at);
        return true;
      }
      if (!collector.sawToken && !s.isBlank()) {
        skipped++;
      }
      return true;
    }
    if (json != null && s.startsWith("{") && s.contains("\"event\"")) {
      abandonJson(); // a new object: the one before was cut off
      return false;
    }
    if (json != null) {
      json.append('\n').append(s);
      jsonLines++;
      tryJson();
      return true;
    }
    if (s.contains("Current route") || s.contains("Previous route")) {
      startRoute(s, at);
      return true;
    }
    return shapes.sessionLine(s, at);
  }

  private void startRoute(String msg, Source at) {
    RouteCollector.Role role =
        msg.contains("Previous route")
                && (!msg.contains("Current route")
                    || msg.indexOf("Previous route") < msg.indexOf("Current route"))
            ? RouteCollector.Role.PREVIOUS
            : RouteCollector.Role.CURRENT;
    int from =
        msg.indexOf(role == RouteCollector.Role.PREVIOUS ? "Previous route" : "Current route");
    if (from < 0) {
      from = 0;
    }
    String process = change != null && entryProcess.isEmpty() ? change.process : entryProcess;
    collector = new RouteCollector(role, at, entryTime, process);
    collector.lines = 1;
    int start = msg.indexOf(':', from);
    int stop = collector.feed(msg, start < 0 ? from : start + 1);
    if (collector.broken) {
      abandonCollector();
      return;
    }
    if (collector.complete) {
      finishRoute();
      if (stop < msg.length() && msg.indexOf("route", stop) >= 0) {
        startRoute(msg.substring(stop), at);
      }
    }
  }

  private void finishRoute() {
    RouteCollector c = collector;
    collector = null;
    LoggedRoute route = c.route();
    if (c.role == RouteCollector.Role.PREVIOUS) {
      if (change == null) {
        change = new Pending();
        change.at = c.at;
        change.time = c.time;
        change.process = c.process;
      }
      change.previous = Optional.of(route);
      return;
    }
    Pending ch = change;
    change = null;
    Source at = ch != null ? ch.at : c.at;
    String time = ch != null ? ch.time : c.time;
    String process = ch != null && !ch.process.isEmpty() ? ch.process : c.process;
    if (route.outputs().isEmpty()) {
      emit(note(at, time, "W1", process, "route with no output (the session is not active)"));
      return;
    }
    emit(
        new Observation(
            at,
            time,
            "W1",
            process,
            ObservationKind.ROUTE,
            Optional.of(route),
            ch != null ? ch.previous : Optional.empty(),
            ch != null ? ch.reason : Optional.empty(),
            ""));
  }

  private void flushChange() {
    Pending ch = change;
    change = null;
    if (ch != null && ch.reason.isPresent() && ch.reason.get() != Reason.UNKNOWN) {
      emit(
          new Observation(
              ch.at,
              ch.time,
              "W1",
              ch.process,
              ObservationKind.REASON,
              Optional.empty(),
              ch.previous,
              ch.reason,
              ""));
    }
  }

  private void tryJson() {
    Optional<JsonNode> n = JsonLines.object(json.toString());
    if (n.isPresent()) {
      json = null;
      Optional<Observation> o = JsonLines.observation(n.get(), jsonAt, entryProcess);
      if (o.isPresent()) {
        emit(o.get());
      } else {
        skipped++;
      }
    } else if (jsonLines >= MAX_JSON_LINES) {
      abandonJson();
    }
  }

  private void abandonJson() {
    if (json != null) {
      json = null;
      skipped++;
    }
  }

  private void abandonCollector() {
    if (collector != null) {
      collector = null;
      skipped++;
    }
  }

  private void closeAll() {
    shapes.flushPending();
    abandonCollector();
    abandonJson();
    flushChange();
  }

  static Observation note(Source at, String time, String format, String process, String text) {
    return new Observation(
        at,
        time,
        format,
        process,
        ObservationKind.NOTE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        text);
  }

  private void emit(Observation o) {
    if (!app.keeps(o.format(), o.process())) {
      otherProcesses++;
      return;
    }
    observations++;
    sink.observation(o);
  }
}
