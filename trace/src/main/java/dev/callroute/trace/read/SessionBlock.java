package dev.callroute.trace.read;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WebRTC session block (W2), a {@code { … }} over several lines: it gives the session's mode
 * and whether {@code categoryOptions} has {@code defaultToSpeaker} (0x8); its other keys are read
 * and left.
 */
final class SessionBlock {
  /** {@code mode=…} or {@code mode: …}, with or without the {@code AVAudioSessionMode} prefix. */
  static final Pattern MODE = Pattern.compile("mode[=:]\\s*(?:AVAudioSessionMode)?(\\w+)");

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

  private final LogSink sink;
  private String mode = "";
  private boolean speaker;

  SessionBlock(LogSink sink) {
    this.sink = sink;
  }

  /** A line of the WebRTC session block (W2); false when it is not one. */
  boolean line(String s, Source at) {
    String t = s.strip();
    if (t.equals("{") || t.equals("}")) {
      return true;
    }
    Matcher o = OPTIONS.matcher(t);
    if (o.find()) {
      String v = o.group(1);
      long bits = v.startsWith("0x") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
      speaker = (bits & 0x8) != 0;
      return true;
    }
    if (t.startsWith("mode:")) {
      Matcher m = MODE.matcher(t);
      if (m.find()) {
        mode = m.group(1);
        sink.session(at, mode, speaker);
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
}
