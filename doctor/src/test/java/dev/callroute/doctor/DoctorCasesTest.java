package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FAQ's symptoms as a table of cases. Each row is one fully known situation: whether the
 * symptom is reproduced, a rule of its cause, the fixes that must be verified, the fixes that must
 * fail (with a rule that makes them fail), and fixes that must not be offered at all.
 */
class DoctorCasesTest {
  private static final String CALLKIT_APP =
      "call=app callkit=yes role=sender call-audio-routing=automatic mode=voiceChat"
          + " default-to-speaker=no";
  private static final String VOIP_APP =
      "call=app callkit=no role=sender mode=voiceChat default-to-speaker=no";

  record Row(
      String name,
      Symptom symptom,
      String facts,
      boolean reproduced,
      Rule cause,
      String works,
      String fails,
      Rule failRule,
      String notOffered) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "CallKit call answered on the iPhone goes to the earpiece",
            Symptom.AUDIO_ON_EARPIECE,
            CALLKIT_APP + " direction=incoming answered-via=iphone",
            true,
            Rule.CALL_ANSWER_ON_IPHONE,
            "answer-via-accessory setting-bluetooth-headset call-screen-pick",
            "reconnect-accessory",
            Rule.CALL_ANSWER_ON_IPHONE,
            "control-center-pick adopt-callkit answer-interrupting-call-via-accessory"),
        new Row(
            "CallKit call answered on the accessory stays on it",
            Symptom.NOT_ON_ACCESSORY,
            CALLKIT_APP + " direction=incoming answered-via=accessory",
            false,
            Rule.CALL_ANSWER_ON_ACCESSORY,
            "",
            "",
            null,
            ""),
        new Row(
            "VoIP sender with a Bluetooth speaker cannot use its microphone",
            Symptom.MIC_NOT_ON_ACCESSORY,
            VOIP_APP
                + " accessory=bluetoothSpeaker direction=outgoing earlier-phone-call=none"
                + " interrupted-by-phone-call=no",
            true,
            Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL,
            "adopt-callkit",
            "set-preferred-input setting-bluetooth-headset control-center-pick",
            Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL,
            "call-screen-pick answer-via-accessory"),
        new Row(
            "VoIP call after a phone call answered on the iPhone stays on the iPhone",
            Symptom.NOT_ON_ACCESSORY,
            VOIP_APP
                + " direction=outgoing earlier-phone-call=iphone interrupted-by-phone-call=no"
                + " call-audio-routing=automatic",
            true,
            Rule.VOIP_LAST_CALL_ROUTE,
            "control-center-pick set-preferred-input reconnect-accessory adopt-callkit",
            "setting-bluetooth-headset",
            Rule.VOIP_LAST_CALL_ROUTE,
            "call-screen-pick answer-via-accessory"),
        new Row(
            "VoIP call with no phone call since the headset connected uses it",
            Symptom.NOT_ON_ACCESSORY,
            VOIP_APP + " direction=outgoing earlier-phone-call=none interrupted-by-phone-call=no",
            false,
            Rule.VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL,
            "",
            "",
            null,
            ""),
        new Row(
            "VoIP call resumes on the earpiece after a phone call answered on the iPhone",
            Symptom.NOT_ON_ACCESSORY,
            VOIP_APP
                + " direction=outgoing earlier-phone-call=none"
                + " interrupted-by-phone-call=iphone call-audio-routing=automatic",
            true,
            Rule.VOIP_RESUME_AFTER_INTERRUPTION,
            "answer-interrupting-call-via-accessory setting-bluetooth-headset set-preferred-input",
            "control-center-pick reconnect-accessory",
            Rule.VOIP_RESUME_AFTER_INTERRUPTION,
            "call-screen-pick"),
        new Row(
            "Cellular call answered on the iPhone goes to the earpiece",
            Symptom.AUDIO_ON_EARPIECE,
            "call=cellular direction=incoming answered-via=iphone call-audio-routing=automatic",
            true,
            Rule.CALL_ANSWER_ON_IPHONE,
            "answer-via-accessory setting-bluetooth-headset call-screen-pick",
            "",
            null,
            "set-preferred-input adopt-callkit control-center-pick voice-chat-mode"),
        new Row(
            "Outgoing cellular call goes to the headset",
            Symptom.NOT_ON_ACCESSORY,
            "call=cellular direction=outgoing call-audio-routing=automatic",
            false,
            Rule.CALL_DIAL,
            "",
            "",
            null,
            ""),
        new Row(
            "Call Audio Routing Speaker puts a CallKit call on the loudspeaker",
            Symptom.AUDIO_ON_SPEAKER,
            "call=app callkit=yes mode=voiceChat default-to-speaker=no direction=incoming"
                + " answered-via=accessory call-audio-routing=speaker",
            true,
            Rule.SETTING_SPEAKER,
            "setting-bluetooth-headset call-screen-pick set-preferred-input",
            "reconnect-accessory",
            Rule.SETTING_SPEAKER,
            "answer-via-accessory"),
        new Row(
            "videoChat CallKit call answered on the iPhone plays on the loudspeaker",
            Symptom.AUDIO_ON_SPEAKER,
            "call=app callkit=yes mode=videoChat default-to-speaker=no direction=incoming"
                + " answered-via=iphone call-audio-routing=automatic",
            true,
            Rule.CALL_ANSWER_ON_IPHONE,
            "voice-chat-mode answer-via-accessory",
            "reconnect-accessory",
            Rule.CALL_ANSWER_ON_IPHONE,
            "speakerphone-off"),
        new Row(
            "a receiver plays through the Bluetooth speaker",
            Symptom.NOT_ON_ACCESSORY,
            "call=app callkit=no role=receiver accessory=bluetoothSpeaker direction=outgoing"
                + " interrupted-by-phone-call=no",
            false,
            Rule.VOIP_DEFAULT_ROUTE,
            "",
            "",
            null,
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void diagnosesTheCase(Row row) {
    Diagnosis d = Diagnosis.of(row.symptom(), Given.line(row.facts()));

    assertThat(d.branches()).hasSize(1);
    Branch b = d.branches().get(0);
    assertThat(b.reproduced()).isEqualTo(row.reproduced());
    assertThat(b.cause()).contains(row.cause());
    assertThat(ids(b, true)).containsAll(words(row.works()));
    assertThat(ids(b, false)).containsAll(words(row.fails()));
    for (String id : words(row.notOffered())) {
      assertThat(offered(b)).as("not offered").doesNotContain(id);
    }
    if (!row.reproduced()) {
      assertThat(b.fixes()).as("no fixes without the symptom").isEmpty();
    }
    for (FixResult f : b.fixes()) {
      if (!f.verified() && words(row.fails()).contains(f.id())) {
        assertThat(f.because()).as(f.id()).contains(row.failRule());
      }
    }
    assertThat(d.exitStatus()).isEqualTo(row.reproduced() && !row.works().isEmpty() ? 0 : 1);
  }

  static Set<String> ids(Branch b, boolean verified) {
    return b.fixes().stream()
        .filter(f -> f.verified() == verified)
        .map(FixResult::id)
        .collect(Collectors.toSet());
  }

  static Set<String> offered(Branch b) {
    return b.fixes().stream().map(FixResult::id).collect(Collectors.toSet());
  }

  static List<String> words(String s) {
    return s.isBlank() ? List.of() : List.of(s.trim().split("\\s+"));
  }
}
