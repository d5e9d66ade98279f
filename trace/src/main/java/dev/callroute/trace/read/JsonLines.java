package dev.callroute.trace.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** callroute's own JSON lines (§5, format J1), and the audio server's JSON (C3). */
final class JsonLines {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** The object in this text, or empty when it is not (yet) a whole JSON object. */
  static Optional<JsonNode> object(String text) {
    try {
      JsonNode n = MAPPER.readTree(text);
      return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The observation of one J1 object, or empty for an unknown event. */
  static Optional<Observation> observation(JsonNode n, Source at, String process) {
    String event = n.path("event").asText("");
    String time = n.path("t").asText("");
    ObservationKind kind;
    Optional<LoggedRoute> route = Optional.empty();
    Optional<LoggedRoute> previous = Optional.empty();
    Optional<Reason> reason = Optional.empty();
    String value = "";
    switch (event) {
      case "route":
      case "routeChange":
        reason = n.has("reason") ? Reason.parse(n.get("reason").asText()) : Optional.empty();
        if (n.has("outputs")) {
          route = Optional.of(route(n));
          kind = ObservationKind.ROUTE;
        } else if (reason.isPresent()) {
          kind = ObservationKind.REASON;
        } else {
          return Optional.empty();
        }
        if (n.path("previous").isObject()) {
          previous = Optional.of(route(n.get("previous")));
        }
        break;
      case "interruption":
        String phase = n.path("phase").asText("");
        if (phase.equals("began")) {
          kind = ObservationKind.INTERRUPTION_BEGAN;
        } else if (phase.equals("ended")) {
          kind = ObservationKind.INTERRUPTION_ENDED;
          value = n.path("shouldResume").asBoolean(false) ? "shouldResume" : "";
        } else {
          return Optional.empty();
        }
        break;
      case "callKit":
        Optional<ObservationKind> k = callKit(n.path("action").asText(""));
        if (k.isEmpty()) {
          return Optional.empty();
        }
        kind = k.get();
        value = n.path("call").asText("");
        break;
      case "app":
        String action = n.path("action").asText("");
        JsonNode v = n.path("value");
        if (action.equals("speakerOverride")) {
          boolean on = v.isBoolean() ? v.asBoolean() : v.asText("").matches("(?i)on|speaker|true");
          kind = on ? ObservationKind.SPEAKER_OVERRIDE_ON : ObservationKind.SPEAKER_OVERRIDE_OFF;
        } else if (action.equals("preferredInput")) {
          kind = ObservationKind.PREFERRED_INPUT;
          value = v.isObject() ? v.path("name").asText("") : v.asText("");
        } else {
          return Optional.empty();
        }
        break;
      case "note":
        kind = ObservationKind.NOTE;
        value = n.has("text") ? n.get("text").asText() : n.path("value").asText("");
        break;
      default:
        return Optional.empty();
    }
    return Optional.of(
        new Observation(at, time, "J1", process, kind, route, previous, reason, value));
  }

  private static Optional<ObservationKind> callKit(String action) {
    switch (action) {
      case "reportIncoming":
        return Optional.of(ObservationKind.CALLKIT_INCOMING);
      case "answer":
        return Optional.of(ObservationKind.CALLKIT_ANSWER);
      case "start":
        return Optional.of(ObservationKind.CALLKIT_START);
      case "end":
        return Optional.of(ObservationKind.CALLKIT_END);
      case "activate":
        return Optional.of(ObservationKind.CALLKIT_ACTIVATE);
      case "deactivate":
        return Optional.of(ObservationKind.CALLKIT_DEACTIVATE);
      default:
        return Optional.empty();
    }
  }

  private static LoggedRoute route(JsonNode n) {
    return new LoggedRoute(ports(n.path("inputs")), ports(n.path("outputs")), n.has("inputs"));
  }

  private static List<LoggedPort> ports(JsonNode list) {
    List<LoggedPort> out = new ArrayList<>();
    for (JsonNode p : list) {
      out.add(
          new LoggedPort(
              p.path("type").asText(""), p.path("name").asText(""), p.path("uid").asText("")));
    }
    return out;
  }

  /**
   * The audio server's line (C3): a speaker override set by the named session, as {@code on} or
   * {@code off}; {@code activate}/{@code deactivate}; or empty.
   *
   * @return the session's process name and what it did, or empty
   */
  static Optional<String[]> audioServer(String message) {
    int brace = message.indexOf('{');
    Optional<JsonNode> n = object(message.substring(brace));
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String action = n.get().path("action").asText("");
    String name = n.get().path("session").path("name").asText("");
    int paren = name.indexOf('(');
    if (paren > 0) {
      name = name.substring(0, paren);
    }
    String details = n.get().path("details").toString();
    if (action.equals("set_property") && details.contains("OverrideRoute")) {
      return Optional.of(new String[] {name.strip(), details.contains("Speaker") ? "on" : "off"});
    }
    if (action.contains("activate")) {
      return Optional.of(new String[] {name.strip(), action});
    }
    return Optional.empty();
  }
}
