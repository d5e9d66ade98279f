package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free-text reports map to symptom IDs, and the echo says what was understood. */
class SymptomTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The call goes to the iPhone instead of the headset.|audio-on-earpiece",
        "Outbound calls use Bluetooth but inbound calls go to the earpiece.|audio-on-earpiece",
        "Our app can't use the Bluetooth speaker's microphone.|mic-not-on-accessory",
        "Calls start on the loudspeaker every time.|audio-on-speaker",
        "My AirPods are connected but the call doesn't go there.|not-on-accessory",
        "The other side can't hear me through my headset.|mic-not-on-accessory",
        "The call comes out of the loud speaker.|audio-on-speaker",
        "Audio comes out of the speaker, not my ears.|audio-on-speaker",
        "It plays through the iPhone's speaker.|audio-on-speaker",
        "I can't hear anything.|not-on-accessory",
        "I cannot hear the caller at all.|not-on-accessory",
        "They can't hear me.|mic-not-on-accessory",
        "my mic is dead|mic-not-on-accessory",
        "The microphone does not work.|mic-not-on-accessory",
        "They cannot hear my voice.|mic-not-on-accessory"
      })
  void mapsReportsToSymptoms(String report, String expected) {
    SymptomText t = SymptomText.understand(report);

    assertThat(t.symptom()).map(Symptom::id).contains(expected);
    assertThat(t.echo()).startsWith("Understood: " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I can't hear the other side.|an output problem",
        "They can't hear me.|an input problem",
        "The call comes out of the loud speaker.|an output problem",
        "The microphone is the iPhone's.|an input problem"
      })
  void tellsOutputProblemsFromInputProblems(String report, String kind) {
    assertThat(SymptomText.understand(report).echo()).startsWith("Understood: ").contains(kind);
  }

  @Test
  void saysWhatWasNotUnderstood() {
    SymptomText t =
        SymptomText.understand("We use WebRTC. The call comes out of the loud speaker. Help!");

    assertThat(t.echo())
        .contains("from \"loud speaker\"")
        .endsWith("Not understood: \"We use WebRTC\", \"Help\".");
  }

  @Test
  void namesTheOtherProblemAndItsKind() {
    String echo = SymptomText.understand("I can't hear them and they can't hear me.").echo();

    assertThat(echo)
        .startsWith("Understood: mic-not-on-accessory (an input problem")
        .contains("Also mentioned: not-on-accessory (an output problem)");
  }

  @ParameterizedTest
  @CsvSource({"It just does not work.", "hello"})
  void saysWhenNothingIsUnderstood(String report) {
    SymptomText t = SymptomText.understand(report);

    assertThat(t.symptom()).isEmpty();
    assertThat(t.echo()).contains("nothing");
  }
}
