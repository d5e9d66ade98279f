package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.Rule;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A recorded scenario explained at one of its steps. */
class RecordedTest {
  static final String FAQ_EXAMPLE =
      String.join(
          "\n",
          "name: A VoIP call after a phone call answered on the iPhone stays on the iPhone",
          "accessories:",
          "  - id: airpods",
          "    kind: bluetoothHeadset",
          "    connected: true",
          "steps:",
          "  - incomingCall: c1",
          "  - answer: c1",
          "  - expect: {output: builtInReceiver}",
          "  - end: c1",
          "  - dial: {id: v1, type: app}",
          "  - expect: {output: builtInReceiver, rules: [voip.last-call-route]}",
          "");

  static Scenario scenario() {
    return ScenarioReader.read(FAQ_EXAMPLE, Path.of("faq.yaml")).scenario().orElseThrow();
  }

  @Test
  void explainsThePhoneCallAtTheStepItWasAnswered() {
    Diagnosis d = Recorded.diagnose(Symptom.AUDIO_ON_EARPIECE, scenario(), 2);

    Branch b = d.branches().get(0);
    assertThat(b.reproduced()).isTrue();
    assertThat(b.cause()).contains(Rule.CALL_ANSWER_ON_IPHONE);
    assertThat(b.situation()).containsEntry("call", "c1").containsEntry("accessory", "airpods");
    assertThat(DoctorCasesTest.ids(b, true)).contains("answer-via-accessory", "call-screen-pick");
  }

  @Test
  void explainsTheVoipCallAtTheLastStepCountingOnlyActions() {
    Diagnosis d = Recorded.diagnose(Symptom.NOT_ON_ACCESSORY, scenario(), 4);

    Branch b = d.branches().get(0);
    assertThat(b.reproduced()).isTrue();
    assertThat(b.cause()).contains(Rule.VOIP_LAST_CALL_ROUTE);
    assertThat(DoctorCasesTest.ids(b, true)).contains("control-center-pick", "reconnect-accessory");
    assertThat(DoctorCasesTest.ids(b, false)).contains("setting-bluetooth-headset");
  }

  @Test
  void rejectsAStepOutOfRangeOrWithoutACall() {
    assertThatThrownBy(() -> Recorded.diagnose(Symptom.NOT_ON_ACCESSORY, scenario(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--at-step: 5 is out of range")
        .hasMessageContaining("steps 1 to 4");
    assertThatThrownBy(() -> Recorded.diagnose(Symptom.NOT_ON_ACCESSORY, scenario(), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no call owns the route");
  }

  @Test
  void turningTheSpeakerOverrideOffIsOfferedOnlyWhileItIsOn() {
    String yaml =
        String.join(
            "\n",
            "name: The app turns its speakerphone on",
            "accessories:",
            "  - {id: airpods, kind: bluetoothHeadset, connected: true}",
            "steps:",
            "  - dial: {id: v1, type: app}",
            "  - speakerphone: true",
            "");
    Scenario s = ScenarioReader.read(yaml, Path.of("speaker.yaml")).scenario().orElseThrow();

    Branch on = Recorded.diagnose(Symptom.AUDIO_ON_SPEAKER, s, 2).branches().get(0);
    Branch off = Recorded.diagnose(Symptom.NOT_ON_ACCESSORY, s, 1).branches().get(0);

    assertThat(on.reproduced()).isTrue();
    assertThat(on.cause()).contains(Rule.APP_SPEAKER_OVERRIDE);
    assertThat(DoctorCasesTest.ids(on, true)).contains("speakerphone-off", "set-preferred-input");
    assertThat(DoctorCasesTest.ids(on, false)).contains("control-center-pick");
    assertThat(off.reproduced()).isFalse();
    assertThat(Fix.SPEAKERPHONE_OFF.apply(off.repro())).isEmpty();
  }
}
