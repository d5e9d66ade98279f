package dev.callroute.trace.read;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one-line shapes of §3 (all but the multi-line route descriptions and J1 objects). */
final class Shapes {
  private static final Pattern JS_PAYLOAD =
      Pattern.compile("output:\\s*['\"]?(\\w+)['\"]?\\s*,\\s*reason:\\s*['\"]?(\\w+)");
  private static final Pattern L1 =
      Pattern.compile(
          "Previous audio route: input=(.*?), output=(.*?), New audio route: input=(.*?),"
              + " output=(.*?)\\s*$");
  private final Consumer<Observation> emit;
  private final LogSink sink;
  private final SessionBlock session;
  private final AppLoggerLines swift;

  Shapes(Consumer<Observation> emit, LogSink sink) {
    this.emit = emit;
    this.sink = sink;
    this.session = new SessionBlock(sink);
    this.swift = new AppLoggerLines(emit);
  }

  /** Reads one message; false when it matches no shape. */
  boolean message(String msg, Source at, String time, String process) {
    if (msg.contains("[<AVAudioSessionPortDescription")) {
      return swift.portArray(msg, at, time, process);
    }
    if (msg.contains("nputs: []") || msg.contains("nputs = []")) {
      swift.noInputs();
      return true;
    }
    flushPending();
    if (msg.contains("AudioRouteChange.Reason:")) {
      String text = msg.substring(msg.indexOf("Reason:") + 7);
      Matcher m = SessionBlock.MODE.matcher(text);
      if (m.find()) {
        sink.session(at, m.group(1), false);
      }
      return reason(Reason.parse(text), at, time, "R1", process);
    }
    if (msg.contains("AudioSessionInterruptionNotification")) {
      return simple(
          msg.contains("Began")
              ? ObservationKind.INTERRUPTION_BEGAN
              : msg.contains("Ended") ? ObservationKind.INTERRUPTION_ENDED : null,
          at,
          time,
          "R1",
          process,
          "");
    }
    if (msg.contains("overrideOutputAudioPort(.")) {
      if (!msg.contains("success")) {
        emit.accept(LogReader.note(at, time, "R1", process, "speaker override failed"));
        return true;
      }
      return simple(
          msg.contains("(.Speaker)")
              ? ObservationKind.SPEAKER_OVERRIDE_ON
              : ObservationKind.SPEAKER_OVERRIDE_OFF,
          at,
          time,
          "R1",
          process,
          "");
    }
    if (msg.contains("[RNCallKeep]")) {
      return callKeep(msg, at, time, process);
    }
    Matcher js = JS_PAYLOAD.matcher(msg);
    if (msg.indexOf('{') >= 0 && js.find()) {
      LoggedRoute route =
          new LoggedRoute(List.of(), List.of(new LoggedPort(js.group(1), "", "")), false);
      emit.accept(
          new Observation(
              at,
              time,
              "R2",
              process,
              ObservationKind.ROUTE,
              Optional.of(route),
              Optional.empty(),
              Reason.parse(js.group(2)),
              ""));
      return true;
    }
    if (msg.contains("Posting AVAudioSessionRouteChangeNotification")) {
      int r = msg.indexOf("Reason:");
      return reason(
          r < 0 ? Optional.empty() : Reason.parse(msg.substring(r + 7)), at, time, "C2", process);
    }
    if (msg.contains("AudioSessionServerImp") && msg.indexOf('{') >= 0) {
      return audioServer(msg, at, time);
    }
    if (msg.contains("handleAudioSessionActivationStateChangedTo")) {
      int a = msg.indexOf("active:");
      boolean on = a >= 0 && msg.substring(a + 7).strip().startsWith("1");
      return simple(
          on ? ObservationKind.SYSTEM_CALL_AUDIO_ON : ObservationKind.SYSTEM_CALL_AUDIO_OFF,
          at,
          time,
          "C4",
          process,
          "");
    }
    if (msg.contains("resetAudioSessionOutputPortOverride")) {
      return simple(ObservationKind.OVERRIDE_CLEARED, at, time, "C4", process, "");
    }
    if (msg.contains("[IOS Audio Route Change]")) {
      return linphone(msg, at, time, process);
    }
    if (msg.contains("AudioRouteChange - reason")) {
      return reason(
          Reason.parse(msg.substring(msg.indexOf("reason") + 6)), at, time, "B1", process);
    }
    if (session.line(msg, at)) {
      return true;
    }
    return swift.line(msg, at, time, process);
  }

  /** Gives a waiting S1 reason on as an observation of its own: no route followed it. */
  void flushPending() {
    swift.flush();
  }

  /** A continuation line of the WebRTC session block; false when it is not one. */
  boolean sessionLine(String s, Source at) {
    return session.line(s, at);
  }

  private boolean callKeep(String msg, Source at, String time, String process) {
    ObservationKind kind = null;
    String value = "";
    if (msg.contains("performAnswerCallAction")) {
      kind = ObservationKind.CALLKIT_ANSWER;
    } else if (msg.contains("performStartCallAction")) {
      kind = ObservationKind.CALLKIT_START;
    } else if (msg.contains("performEndCallAction")) {
      kind = ObservationKind.CALLKIT_END;
    } else if (msg.contains("didActivateAudioSession")) {
      kind = ObservationKind.CALLKIT_ACTIVATE;
    } else if (msg.contains("didDeactivateAudioSession")) {
      kind = ObservationKind.CALLKIT_DEACTIVATE;
    } else if (msg.contains("[reportNewIncomingCall]")) {
      kind = ObservationKind.CALLKIT_INCOMING;
    } else if (msg.contains("[setAudioRoute]")) {
      int n = msg.indexOf("inputName:");
      value = n < 0 ? "" : msg.substring(n + 10).strip();
      if (value.equalsIgnoreCase("Speaker")) {
        kind = ObservationKind.SPEAKER_OVERRIDE_ON;
      } else if (value.equalsIgnoreCase("Phone") || value.equalsIgnoreCase("iPhone")) {
        kind = ObservationKind.SPEAKER_OVERRIDE_OFF;
      } else if (!value.isEmpty()) {
        kind = ObservationKind.PREFERRED_INPUT;
      }
    }
    if (kind == null) {
      emit.accept(LogReader.note(at, time, "R2", process, msg.strip()));
      return true;
    }
    return simple(kind, at, time, "R2", process, value);
  }

  private boolean audioServer(String msg, Source at, String time) {
    Optional<String[]> r = JsonLines.audioServer(msg);
    if (r.isEmpty()) {
      return true;
    }
    String process = r.get()[0];
    String what = r.get()[1];
    if (what.equals("on") || what.equals("off")) {
      return simple(
          what.equals("on")
              ? ObservationKind.SPEAKER_OVERRIDE_ON
              : ObservationKind.SPEAKER_OVERRIDE_OFF,
          at,
          time,
          "C3",
          process,
          "");
    }
    emit.accept(LogReader.note(at, time, "C3", process, "audio server: session " + what));
    return true;
  }

  private boolean linphone(String msg, Source at, String time, String process) {
    Matcher m = L1.matcher(msg);
    if (!m.find()) {
      return false;
    }
    emit.accept(
        new Observation(
            at,
            time,
            "L1",
            process,
            ObservationKind.ROUTE,
            Optional.of(named(m.group(3), m.group(4))),
            Optional.of(named(m.group(1), m.group(2))),
            Optional.empty(),
            ""));
    return true;
  }

  static LoggedRoute named(String input, String output) {
    return new LoggedRoute(namedPort(input), namedPort(output), true);
  }

  /** A port by name; none for the ways loggers write "no port". */
  private static List<LoggedPort> namedPort(String name) {
    String n = name.strip();
    if (n.isEmpty() || n.matches("(?i)\\(?(null|none|nil)\\)?|-")) {
      return List.of();
    }
    return List.of(LoggedPort.named(PortText.unescape(n)));
  }

  private boolean reason(
      Optional<Reason> reason, Source at, String time, String format, String process) {
    return reason.isPresent()
        && observe(ObservationKind.REASON, at, time, format, process, reason, "");
  }

  private boolean simple(
      ObservationKind kind, Source at, String time, String format, String process, String value) {
    return kind != null && observe(kind, at, time, format, process, Optional.empty(), value);
  }

  private boolean observe(
      ObservationKind kind,
      Source at,
      String time,
      String format,
      String process,
      Optional<Reason> reason,
      String value) {
    emit.accept(
        new Observation(
            at, time, format, process, kind, Optional.empty(), Optional.empty(), reason, value));
    return true;
  }
}
