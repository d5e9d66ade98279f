package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioPlayerTest {
  /**
   * AirPods connected first; wired headphones (no call button) declared; a sender without CallKit.
   */
  private static final String WORLD =
      "name: Player\n"
          + "accessories:\n"
          + "  - {id: airpods, kind: bluetoothHeadset, connected: true}\n"
          + "  - {id: wired, kind: wiredHeadphones}\n"
          + "steps:\n";

  static PlayReport play(String steps) {
    ReadResult r = ScenarioReader.read(WORLD + steps, Path.of("player.yaml"));
    assertThat(r.problems()).isEmpty();
    return ScenarioPlayer.play(r.scenario().orElseThrow());
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        row(
            "output by port and by accessory id",
            "  - dial: c1\n  - expect: {output: bluetoothHFP, input: airpods}\n"),
        row(
            "output mismatch shows the port with its accessory",
            "  - dial: c1\n  - expect: {output: builtInReceiver}\n",
            "7:5 output: expected builtInReceiver, got bluetoothHFP (airpods)"),
        row("none matches no input", "  - disconnect: airpods\n  - expect: {input: none}\n"),
        row(
            "an accessory id does not match no port",
            "  - disconnect: airpods\n  - expect: {input: airpods}\n",
            "7:5 input: expected airpods, got none"),
        row(
            "a call no longer in progress is ended",
            "  - dial: c1\n  - end: c1\n  - expect: {calls: {c1: ended}}\n"),
        row(
            "call state mismatch",
            "  - dial: c1\n  - end: c1\n  - expect: {calls: {c1: active}}\n",
            "8:5 calls.c1: expected active, got ended"),
        row(
            "an interrupted VoIP call is held",
            "  - dial: {id: v1, type: app}\n  - incomingCall: c1\n"
                + "  - expect: {calls: {v1: held, c1: ringing}, voip: interrupted}\n"),
        row(
            "voip mismatch",
            "  - dial: {id: v1, type: app}\n  - expect: {voip: idle}\n",
            "7:5 voip: expected idle, got active"),
        row(
            "interruptionEnded also matches shouldResume",
            "  - dial: {id: v1, type: app}\n  - incomingCall: c1\n  - decline: c1\n"
                + "  - expect: {notified: [interruptionEnded]}\n"),
        row(
            "notified in the wrong order",
            "  - dial: {id: v1, type: app}\n  - incomingCall: c1\n"
                + "  - expect: {notified: [interruptionEnded, interruptionBegan]}\n",
            "8:5 notified: expected [interruptionEnded, interruptionBegan] in this order, got"
                + " [interruptionBegan]"),
        row(
            "notNotified",
            "  - dial: {id: v1, type: app}\n  - incomingCall: c1\n"
                + "  - expect: {notNotified: [interruptionBegan]}\n",
            "8:5 notNotified: expected none of [interruptionBegan], got [interruptionBegan]"),
        row(
            "an expected rejection passes",
            "  - incomingCall: c1\n  - answer: {call: c1, via: wired}\n  - expect: {rejected: true}\n"),
        row(
            "an unexpected rejection fails at the step",
            "  - incomingCall: c1\n  - answer: {call: c1, via: wired}\n",
            "7:5 rejected: expected the step to happen (if the rejection is intended, add expect:"
                + " {rejected: true}), got rejected: 'wired' is not connected; connect it first."),
        row(
            "rejected: true on a step that happened",
            "  - dial: c1\n  - expect: {rejected: true}\n",
            "7:5 rejected: expected true, got false: the step happened"),
        row("rules named", "  - dial: c1\n  - expect: {rules: [call.dial]}\n"),
        row(
            "rules not named",
            "  - dial: c1\n  - expect: {rules: [call.dial, voip.end]}\n",
            "7:5 rules: expected the explanation to name [voip.end], got it names [call.dial,"
                + " route.hfp-couples-input-output]"),
        row(
            "an expect before every step checks the start",
            "  - expect: {output: bluetoothA2DP, input: none}\n  - dial: c1\n"),
        row(
            "every failure of one expect is reported",
            "  - dial: c1\n  - expect: {output: wired, voip: active}\n",
            "7:5 output: expected wired, got bluetoothHFP (airpods)",
            "7:5 voip: expected active, got idle"));
  }

  private static Arguments row(String name, String steps, String... failures) {
    return Arguments.of(name, steps, List.of(failures));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checksEveryKindOfExpectation(String name, String steps, List<String> failures) {
    PlayReport report = play(steps);

    assertThat(report.failures())
        .extracting(f -> f.at() + " " + f)
        .containsExactlyElementsOf(failures);
    assertThat(report.passed()).isEqualTo(failures.isEmpty());
  }

  @Test
  void hasAStartRowAndOneRowPerAction() {
    PlayReport report =
        play(
            "  - dial: c1\n  - expect: {calls: {c1: active}}\n  - end: c1\n  - expect: {voip: idle}\n");

    assertThat(report.rows()).hasSize(3);
    assertThat(report.rows().get(0).isStart()).isTrue();
    assertThat(report.rows().get(1).expects()).hasSize(1);
    assertThat(report.rows().get(2).action().orElseThrow().at())
        .isEqualTo(new SourcePosition(8, 5));
  }
}
