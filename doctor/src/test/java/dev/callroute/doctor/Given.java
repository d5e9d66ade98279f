package dev.callroute.doctor;

import java.util.EnumMap;
import java.util.Map;

/** Test helper: situation facts written as {@code flag=value} words. */
final class Given {
  /** A VoIP sender's incoming call answered on the iPhone, with a Bluetooth speaker connected. */
  static final String VOIP_SPEAKER_ANSWERED =
      "call=app callkit=no accessory=bluetoothSpeaker direction=incoming"
          + " interrupted-by-phone-call=no earlier-phone-call=none mode=voiceChat"
          + " default-to-speaker=no";

  private Given() {}

  /** The facts named by words such as {@code call=app}. */
  static GivenFacts facts(String... words) {
    Map<Factor, String> out = new EnumMap<>(Factor.class);
    for (String w : words) {
      String[] kv = w.split("=", 2);
      out.put(Factor.byFlag(kv[0]).orElseThrow(() -> new IllegalArgumentException(w)), kv[1]);
    }
    return GivenFacts.parse(out);
  }

  /** The facts of a space-separated line such as {@code "call=app callkit=no"}. */
  static GivenFacts line(String line) {
    return line.isBlank() ? facts() : facts(line.trim().split("\\s+"));
  }
}
