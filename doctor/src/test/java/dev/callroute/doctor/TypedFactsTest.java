package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.AccessoryKind;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import java.util.ArrayList;
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
    return Situation.parse(facts);
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
    Map<Factor, FactValue> earlier = new EnumMap<>(Factor.class);
    earlier.put(Factor.CALL, new FactValue.Call(CallType.bySpecName(call).orElseThrow()));
    if (!callKit.isEmpty()) {
      earlier.put(Factor.CALLKIT, new FactValue.CallKit(callKit.equals("yes")));
    }
    List<FactValue> expected = new ArrayList<>();
    if (!roles.isEmpty()) {
      for (String r : roles.split(" ")) {
        expected.add(new FactValue.AppRole(Role.bySpecName(r).orElseThrow()));
      }
    }
    assertThat(Factor.ROLE.possible(earlier)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"cellular, no, false", "facetime, no, false", "app, yes, false", "app, no, true"})
  void theVoipOnlyFactsApplyExactlyToVoipCalls(String call, String callKit, boolean voip) {
    Map<Factor, FactValue> earlier = new EnumMap<>(Factor.class);
    earlier.put(Factor.CALL, Factor.CALL.parse(call).orElseThrow());
    earlier.put(Factor.CALLKIT, Factor.CALLKIT.parse(callKit).orElseThrow());
    assertThat(Factor.INTERRUPTED_BY_PHONE_CALL.possible(earlier).isEmpty()).isEqualTo(!voip);
    assertThat(CallType.bySpecName(call).orElseThrow().isSystemCall(callKit.equals("yes")))
        .isEqualTo(!voip);
  }

  @Test
  void everyValueIsTypedAndItsWordParsesBackToIt() {
    for (Factor f : Factor.values()) {
      assertThat(f.all()).isNotEmpty().doesNotHaveDuplicates();
      for (FactValue v : f.all()) {
        assertThat(v.factor()).isEqualTo(f);
        assertThat(f.parse(v.specName())).contains(v);
      }
      assertThat(f.parse(Factor.UNKNOWN)).isEmpty();
    }
    assertThat(Factor.CALLKIT.parse("yes")).contains(new FactValue.CallKit(true));
    assertThat(Factor.DEFAULT_TO_SPEAKER.parse("no"))
        .contains(new FactValue.DefaultToSpeaker(false));
    assertThat(Factor.EARLIER_PHONE_CALL.parse("none"))
        .contains(new FactValue.Earlier(EarlierCall.NONE));
    assertThat(Factor.INTERRUPTED_BY_PHONE_CALL.parse("accessory"))
        .contains(new FactValue.Interrupting(InterruptingCall.ON_ACCESSORY));
    assertThat(Factor.DIRECTION.parse("outgoing")).contains(new FactValue.Way(Direction.OUTGOING));
    assertThat(Factor.ANSWERED_VIA.parse("Iphone")).isEmpty();
  }

  @Test
  void theDoctorsOwnFactsReadAsItsEnums() {
    Situation s =
        situation(
            "callkit", "no",
            "direction", "incoming",
            "answered-via", "iphone",
            "earlier-phone-call", "accessory",
            "interrupted-by-phone-call", "iphone");
    assertThat(s.direction()).isEqualTo(Direction.INCOMING);
    assertThat(s.answeredVia()).isEqualTo(AnsweredVia.IPHONE);
    assertThat(s.earlierCall()).isEqualTo(EarlierCall.ON_ACCESSORY);
    assertThat(s.interruptingCall()).isEqualTo(InterruptingCall.ON_IPHONE);
    Situation bare = situation();
    assertThat(bare.earlierCall()).isEqualTo(EarlierCall.NONE);
    assertThat(bare.interruptingCall()).isEqualTo(InterruptingCall.NO);
  }

  @Test
  void aValueOfAnotherFactIsRefused() {
    Map<Factor, FactValue> facts = new EnumMap<>(Factor.class);
    facts.put(Factor.CALL, new FactValue.Call(CallType.APP));
    facts.put(Factor.ACCESSORY, new FactValue.Kind(AccessoryKind.WIRED_HEADSET));
    facts.put(Factor.CALLKIT, new FactValue.DefaultToSpeaker(true));
    assertThatThrownBy(() -> new Situation(facts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--callkit");
  }
}
