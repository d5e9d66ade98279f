package dev.callroute.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A route the model forbids: a VoIP sender without CallKit recording through a Bluetooth speaker,
 * whose microphone works during system calls only (voip.bluetooth-speaker-needs-system-call). With
 * Call Audio Routing left open, a phone call answered on the iPhone (silent in the app's log while
 * the app has no call) and the speaker picked on its call screen explain the same log; with Call
 * Audio Routing on Bluetooth headset, that phone call would have gone to the speaker, so the
 * receiver route of line 2 is the app's own call and line 3 a deviation.
 */
class DeviationTest {
  private static final Map<String, String> SPEAKER_SENDER_NO_CALLKIT =
      Map.of(
          "jbl-flip-6",
          "bluetoothSpeaker",
          "callKit",
          "no",
          "role",
          "sender",
          "callAudioRouting",
          "bluetoothHeadset");

  @Test
  void theForbiddenRouteIsADeviationWithWhatTheModelAllowsAndTheTraceGoesOn() throws IOException {
    TraceRun run = TraceRun.of("voip-sender-on-speaker.jsonl", SPEAKER_SENDER_NO_CALLKIT);
    assertThat(run.verdicts())
        .containsExactly("1:explained", "2:explained", "3:deviation", "4:explained");
    assertThat(run.summary())
        .isEqualTo("4 observations, 3 explained, 1 deviations, 0 outside the model");
    Explained deviation = run.explained().get(2);
    assertThat(deviation.modelRoute())
        .isEqualTo(
            "output bluetoothHFP (jbl-flip-6 \"JBL Flip 6\"), input bluetoothHFP (jbl-flip-6"
                + " \"JBL Flip 6\")");
    assertThat(deviation.allowed()).isNotEmpty();
    assertThat(deviation.allowed())
        .anySatisfy(
            a -> assertThat(a.route()).isEqualTo("output builtInReceiver, input builtInMic"));
    assertThat(deviation.allowed())
        .anySatisfy(
            a ->
                assertThat(a.rules())
                    .extracting(r -> r.id())
                    .contains("voip.control-center-choice"));
    assertThat(deviation.remark()).isEqualTo("continuing from the observed route");
    // After the deviation, the speaker leaving is explained from the observed route.
    assertThat(run.firstSteps().get(2)).isEqualTo("disconnect: jbl-flip-6");
    assertThat(run.result().scenarioStops()).contains("deviation");
  }

  @Test
  void withTheFactsLeftOpenAHeadsetOrCallKitExplainsTheSameLog() throws IOException {
    TraceRun run = TraceRun.of("voip-sender-on-speaker.jsonl", Map.of());
    assertThat(run.result().summary().deviations()).isZero();
    assertThat(run.result().summary().facts().get("jbl-flip-6 is a"))
        .containsExactly("bluetoothHeadset", "bluetoothSpeaker");
    assertThat(run.result().summary().facts().get("CallKit")).containsExactly("no", "yes");
    TraceRun speaker =
        TraceRun.of(
            "voip-sender-on-speaker.jsonl",
            Map.of("jbl-flip-6", "bluetoothSpeaker", "role", "sender"));
    assertThat(speaker.result().summary().deviations()).isZero();
    // With CallKit, the app's call is a system call; without it, a hidden phone call explains it.
    assertThat(speaker.result().summary().facts().get("CallKit")).containsExactly("no", "yes");
  }
}
