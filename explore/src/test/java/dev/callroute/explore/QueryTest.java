package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Engine;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {
  private static final World WORLD =
      Worlds.world(Worlds.VOIP_SENDER, "airpods:BLUETOOTH_HEADSET", "boombox:BLUETOOTH_SPEAKER");

  /** A VoIP call on the AirPods, the speaker connected first. */
  private static State voipOnAirpods() {
    State s = State.initial(WORLD, CallAudioRouting.AUTOMATIC, List.of("boombox", "airpods"));
    return Engine.next(s, new Step.Dial("v1", CallType.APP)).state();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "voip=active                            | true",
        "voip=idle                              | false",
        "input=airpods & voip=active            | true",
        "input=boombox                          | false",
        "output=bluetoothHFP                    | true",
        "output = airpods &  input = bluetoothHFP | true",
        "call=active                            | true",
        "call=ringing                           | false",
        "callAudioRouting=automatic             | true",
        "callAudioRouting=speaker               | false",
        "output=none                            | false",
      })
  void termsMatchTheStateAndAllMustHold(String expr, boolean expected) {
    assertThat(Query.parse(expr, WORLD).matches(voipOnAirpods())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "colour=red              | unknown key 'colour'; allowed keys: output, input, voip, call,"
            + " callAudioRouting",
        "output=moon             | unknown value 'moon' for key 'output'; allowed values:"
            + " builtInReceiver, builtInSpeaker, headphones, bluetoothHFP, bluetoothA2DP, none,"
            + " airpods, boombox",
        "input=builtInSpeaker    | unknown value 'builtInSpeaker' for key 'input'; allowed values:"
            + " bluetoothHFP, builtInMic, headsetMic, none, airpods, boombox",
        "voip=busy               | unknown value 'busy' for key 'voip'; allowed values: idle, active,"
            + " interrupted",
        "call=ended              | unknown value 'ended' for key 'call'; allowed values: ringing,"
            + " active, held",
        "callAudioRouting=loud   | unknown value 'loud' for key 'callAudioRouting'",
        "voip                    | 'voip' is not key=value",
        "voip=active &           | '' is not key=value",
      })
  void anUnknownKeyOrValueNamesItAndTheAllowedOnes(String expr, String message) {
    assertThatThrownBy(() -> Query.parse(expr, WORLD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "output=earpiece & input=mic  | output=builtInReceiver & input=builtInMic | false",
        "output=speaker               | output=builtInSpeaker                     | false",
        "input=airpods & voip=active  | input=airpods & voip=active               | true",
      })
  void colloquialWordsMeanPortsAndAreShownBackInCanonicalForm(
      String expr, String shown, boolean onAirpods) {
    Query q = Query.parse(expr, WORLD);
    assertThat(q.toString()).isEqualTo(shown);
    assertThat(q.matches(voipOnAirpods())).isEqualTo(onAirpods);
    State onIphone =
        Engine.next(
                State.initial(WORLD, CallAudioRouting.AUTOMATIC, List.of()),
                new Step.Dial("v1", CallType.APP))
            .state();
    assertThat(Query.parse("output=earpiece & input=mic", WORLD).matches(onIphone)).isTrue();
  }
}
