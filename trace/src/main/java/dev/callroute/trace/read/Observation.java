package dev.callroute.trace.read;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a log says happened, with where it says so.
 *
 * @param at the file and line it starts on
 * @param time the time as logged, or empty
 * @param format the id of the line shape (§3), such as {@code W1}
 * @param process the process that logged it, or empty when the log does not say
 * @param kind what it says
 * @param route for {@link ObservationKind#ROUTE}, the route; otherwise empty
 * @param previous the route before the change, when logged
 * @param reason the route change reason, when logged
 * @param value the detail: the preferred input's name, a note's text; otherwise empty
 */
public record Observation(
    Source at,
    String time,
    String format,
    String process,
    ObservationKind kind,
    Optional<LoggedRoute> route,
    Optional<LoggedRoute> previous,
    Optional<Reason> reason,
    String value) {
  public Observation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(value, "value");
    if ((kind == ObservationKind.ROUTE) != route.isPresent()) {
      throw new IllegalArgumentException("a route observation, and only one, carries a route");
    }
  }

  /** What was observed, in words, for the timeline. */
  public String describe() {
    switch (kind) {
      case ROUTE:
        return route.get().display();
      case REASON:
        return "route change, reason " + reason.map(Reason::display).orElse("?");
      case INTERRUPTION_BEGAN:
        return "interruption began";
      case INTERRUPTION_ENDED:
        return "interruption ended";
      case CALLKIT_INCOMING:
        return "CallKit: incoming call reported";
      case CALLKIT_ANSWER:
        return "CallKit: call answered";
      case CALLKIT_START:
        return "CallKit: outgoing call started";
      case CALLKIT_END:
        return "CallKit: call ended";
      case CALLKIT_ACTIVATE:
        return "CallKit: audio session activated";
      case CALLKIT_DEACTIVATE:
        return "CallKit: audio session deactivated";
      case SPEAKER_OVERRIDE_ON:
        return "app: speaker override on";
      case SPEAKER_OVERRIDE_OFF:
        return "app: speaker override off";
      case PREFERRED_INPUT:
        return "app: preferred input \"" + value + "\"";
      case SYSTEM_CALL_AUDIO_ON:
        return "system: call audio active";
      case SYSTEM_CALL_AUDIO_OFF:
        return "system: call audio inactive";
      case OVERRIDE_CLEARED:
        return "system: speaker override cleared";
      default:
        return "note: " + value;
    }
  }
}
