package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.AccessoryKind;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The doctor's facts read as the engine's types, and the engine decides which values can be. */
class TypedFactsTest {
  private static Situation situation(String... flagValue) {
    Map<Factor, String> facts = new EnumMap<>(Factor.class);
    facts.put(Factor.CALL, "app");
    facts.put(Factor.ACCESSORY, "bluetoothHeadset");
    for (int i = 0; i < flagValue.length; i += 2) {
      facts.put(Factor.byFlag(flagValue[i]).orElseThrow(), flagValue[i + 1]);
    }
    return new Situation(facts);
  }

  @Test
  void everyValueOfATypedFactIsAConstantOfItsCoreEnum() {
    for (String v : Factor.CALL.choices()) {
      assertThat(situation("call", v).callType().specName()).isEqualTo(v);
    }
    for (String v : Factor.ACCESSORY.choices()) {
      assertThat(situation("accessory", v).accessoryKind().specName()).isEqualTo(v);
    }
    for (String v : Factor.ROLE.choices()) {
      assertThat(situation("role", v).role().specName()).isEqualTo(v);
    }
    for (String v : Factor.MODE.choices()) {
      assertThat(situation("mode", v).mode().specName()).isEqualTo(v);
    }
    for (String v : Factor.CALL_AUDIO_ROUTING.choices()) {
      assertThat(situation("call-audio-routing", v).callAudioRouting().specName()).isEqualTo(v);
    }
    assertThat(Factor.CALL.choices()).hasSize(CallType.values().length);
    assertThat(Factor.ACCESSORY.choices()).hasSize(AccessoryKind.values().length);
    assertThat(Factor.ROLE.choices()).hasSize(Role.values().length);
    assertThat(Factor.MODE.choices()).hasSize(SessionMode.values().length);
    assertThat(Factor.CALL_AUDIO_ROUTING.choices()).hasSize(CallAudioRouting.values().length);
  }

  @Test
  void aFactThatDoesNotApplyReadsAsTheEnginesDefault() {
    Situation s = situation();
    assertThat(s.role()).isEqualTo(Role.SENDER);
    assertThat(s.mode()).isEqualTo(SessionMode.VOICE_CHAT);
    assertThat(s.callKit()).isFalse();
    assertThat(s.defaultToSpeaker()).isFalse();
    assertThat(s.callAudioRouting()).isEqualTo(CallAudioRouting.AUTOMATIC);
  }

  @ParameterizedTest
  @CsvSource({
    "app, yes, sender",
    "app, no, sender receiver",
    "cellular, '', ''",
  })
  void onlyRolesThatMayUseCallKitAreOffered(String call, String callKit, String roles) {
    Map<Factor, String> earlier = new EnumMap<>(Factor.class);
    earlier.put(Factor.CALL, call);
    if (!callKit.isEmpty()) {
      earlier.put(Factor.CALLKIT, callKit);
    }
    List<String> expected = roles.isEmpty() ? List.of() : List.of(roles.split(" "));
    assertThat(Factor.ROLE.possible(earlier)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"cellular, no, false", "facetime, no, false", "app, yes, false", "app, no, true"})
  void theVoipOnlyFactsApplyExactlyToVoipCalls(String call, String callKit, boolean voip) {
    Map<Factor, String> earlier = new EnumMap<>(Factor.class);
    earlier.put(Factor.CALL, call);
    earlier.put(Factor.CALLKIT, callKit);
    assertThat(Factor.INTERRUPTED_BY_PHONE_CALL.possible(earlier).isEmpty()).isEqualTo(!voip);
    assertThat(CallType.bySpecName(call).orElseThrow().isSystemCall(callKit.equals("yes")))
        .isEqualTo(!voip);
  }
}
