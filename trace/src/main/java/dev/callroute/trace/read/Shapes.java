package dev.callroute.trace.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private static final Pattern S1_REASON =
      Pattern.compile("(?i)reason\\s*[:=]\\s*\"?([A-Za-z.]+|\\d+)(?:\\((\\d+)\\))?");
  private static final Pattern S1_PREVIOUS =
      Pattern.compile("previousRoute:\\s*(.*?)\\s*/\\s*(.*?)\\s*(?:[,;]|$)");
  private static final Pattern MODE = Pattern.compile("mode[=:]\\s*(?:AVAudioSessionMode)?(\\w+)");
  private static final Pattern OPTIONS =
      Pattern.compile("categoryOptions:\\s*(0x[0-9a-fA-F]+|\\d+)");

  /** Keys of the WebRTC session block (W2) that carry nothing the model uses. */
  private static final List<String> W2_KEYS =
      List.of(
          "category:",
          "isActive:",
          "sampleRate:",
          "IOBufferDuration:",
          "outputNumberOfChannels:",
          "outputLatency:",
          "inputLatency:",
          "outputVolume:",
          "preferredInput",
          "HandleValidRouteChange",
          "RTCAudioSession)");

  private final Consumer<Observation> emit;
  private final LogSink sink;
  private String w2Mode = "";
  private boolean w2Speaker;

  Shapes(Consumer<Observation> emit, LogSink sink) {
    this.emit = emit;
    this.sink = sink;
  }

  /** Reads one message; false when it matches no shape. */
  boolean message(String msg, Source at, String time, String process) {
    if (msg.contains("[<AVAudioSessionPortDescription")) {
      return swiftArray(msg, at, time, process);
    }
    if (msg.contains("nputs: []") || msg.contains("nputs = []")) {
      pendingInputs = List.of();
      return true;
    }
    flushPending();
    if (msg.contains("AudioRouteChange.Reason:")) {
      String text = msg.substring(msg.indexOf("Reason:") + 7);
      Matcher m = MODE.matcher(text);
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
    if (sessionBlockLine(msg, at)) {
      return true;
    }
    return appLogger(msg, at, time, process);
  }

  /** A line of the WebRTC session block (W2); false when it is not one. */
  boolean sessionBlockLine(String s, Source at) {
    String t = s.strip();
    if (t.equals("{") || t.equals("}")) {
      return true;
    }
    Matcher o = OPTIONS.matcher(t);
    if (o.find()) {
      String v = o.group(1);
      long bits = v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
      w2Speaker = (bits & 0x8) != 0;
      return true;
    }
    if (t.startsWith("mode:")) {
      Matcher m = MODE.matcher(t);
      if (m.find()) {
        w2Mode = m.group(1);
        sink.session(at, w2Mode, w2Speaker);
      }
      return true;
    }
    if (t.startsWith("inputNumberOfChannels:")) {
      return true;
    }
    for (String k : W2_KEYS) {
      if (t.startsWith(k) || t.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private boolean swiftArray(String msg, Source at, String time, String process) {
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
      return simple(ObservationKind.PREFERRED_INPUT, at, time, "S1", process, ports.get(0).name());
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

  /** Gives a waiting S1 reason on as an observation of its own: no route followed it. */
  void flushPending() {
    pendingInputs = null;
    if (pendingReason != null) {
      Observation o = pendingReason;
      pendingReason = null;
      emit.accept(o);
    }
  }

  private List<LoggedPort> pendingInputs;

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

  private static LoggedRoute named(String input, String output) {
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

  private boolean appLogger(String msg, Source at, String time, String process) {
    String lower = msg.toLowerCase(Locale.ROOT);
    if (lower.contains("interruption")) {
      if (lower.contains("began") || lower.contains("begin")) {
        return simple(ObservationKind.INTERRUPTION_BEGAN, at, time, "S1", process, "");
      }
      if (lower.contains("ended") || lower.contains("end")) {
        return simple(ObservationKind.INTERRUPTION_ENDED, at, time, "S1", process, "");
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
          p.find() ? Optional.of(named(p.group(1), p.group(2))) : Optional.empty();
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
