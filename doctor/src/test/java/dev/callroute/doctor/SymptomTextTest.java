package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

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
        "The other side can't hear me through my headset.|mic-not-on-accessory"
      })
  void mapsReportsToSymptoms(String report, String expected) {
    SymptomText t = SymptomText.understand(report);

    assertThat(t.symptom()).map(Symptom::id).contains(expected);
    assertThat(t.echo()).startsWith("Understood: " + expected);
  }

  @ParameterizedTest
  @CsvSource({"It just does not work.", "hello"})
  void saysWhenNothingIsUnderstood(String report) {
    SymptomText t = SymptomText.understand(report);

    assertThat(t.symptom()).isEmpty();
    assertThat(t.echo()).contains("nothing");
  }
}
