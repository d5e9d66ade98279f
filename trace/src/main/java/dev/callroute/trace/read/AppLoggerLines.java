package dev.callroute.trace.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * App loggers in Swift (S1): {@code routeChange … reason: …} lines, Swift arrays of ports that
 * follow them (joined to the reason into one route observation), and interruptions.
 */
final class AppLoggerLines {
  private static final Pattern S1_REASON =
      Pattern.compile("(?i)reason\\s*[:=]\\s*\"?([A-Za-z.]+|\\d+)(?:\\((\\d+)\\))?");
  private static final Pattern S1_PREVIOUS =
      Pattern.compile("previousRoute:\\s*(.*?)\\s*/\\s*(.*?)\\s*(?:[,;]|$)");

  private final Consumer<Observation> emit;

  AppLoggerLines(Consumer<Observation> emit) {
    this.emit = emit;
  }

  /** A logged empty input list: the route that follows has no input. */
  void noInputs() {
    pendingInputs = List.of();
  }

  /** A Swift array of ports ({@code [<port>, <port>]}): inputs wait for the outputs. */
  boolean portArray(String msg, Source at, String time, String process) {
    List<LoggedPort> ports = new ArrayList<>();
    int i = msg.indexOf(PortText.START);
    while (i >= 0) {
      PortText.Parsed p = PortText.parse(msg, i);
      if (p == null) {
        return false;
      }
      ports.add(p.port());
      i = msg.indexOf(PortText.START, p.end());
    }
    String label = msg.substring(0, msg.indexOf('[')).toLowerCase(Locale.ROOT);
    if (label.contains("preferred")) {
      return simple(ObservationKind.PREFERRED_INPUT, at, time, process, ports.get(0).name());
    }
    if (label.contains("input")) {
      pendingInputs = ports;
      return true;
    }
    boolean withInputs = pendingInputs != null;
    LoggedRoute route = new LoggedRoute(withInputs ? pendingInputs : List.of(), ports, withInputs);
    pendingInputs = null;
    Observation reason = pendingReason;
    pendingReason = null;
    emit.accept(
        new Observation(
            reason != null ? reason.at() : at,
            reason != null ? reason.time() : time,
            "S1",
            process,
            ObservationKind.ROUTE,
            Optional.of(route),
            reason != null ? reason.previous() : Optional.empty(),
            reason != null ? reason.reason() : Optional.empty(),
            ""));
    return true;
  }

  /** An S1 reason waiting for the port arrays that may follow it. */
  private Observation pendingReason;

  /** Gives a waiting reason on as an observation of its own: no route followed it. */
  void flush() {
    pendingInputs = null;
    if (pendingReason != null) {
      Observation o = pendingReason;
      pendingReason = null;
      emit.accept(o);
    }
  }

  private List<LoggedPort> pendingInputs;

  /** A line of an app logger (S1) other than a port array; false when it is not one. */
  boolean line(String msg, Source at, String time, String process) {
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("interruption")) {
      if (lower.contains("began") || lower.contains("begin")) {
        return simple(ObservationKind.INTERRUPTION_BEGAN, at, time, process, "");
      }
      if (lower.contains("ended") || lower.contains("end")) {
        return simple(ObservationKind.INTERRUPTION_ENDED, at, time, process, "");
      }
    }
    if (lower.contains("routechange") || lower.contains("route change")) {
      Matcher r = S1_REASON.matcher(msg);
      Optional<Reason> reason = Optional.empty();
      if (r.find()) {
        reason = Reason.parse(r.group(2) != null ? r.group(2) : r.group(1));
      }
      Matcher p = S1_PREVIOUS.matcher(msg);
      Optional<LoggedRoute> previous =
          p.find() ? Optional.of(Shapes.named(p.group(1), p.group(2))) : Optional.empty();
      if (reason.isEmpty()) {
        return false;
      }
      pendingReason =
          new Observation(
              at,
              time,
              "S1",
              process,
              ObservationKind.REASON,
              Optional.empty(),
              previous,
              reason,
              "");
      return true;
    }
    return false;
  }

  private boolean simple(
      ObservationKind kind, Source at, String time, String process, String value) {
    emit.accept(
        new Observation(
            at,
            time,
            "S1",
            process,
            kind,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            value));
    return true;
  }
}
