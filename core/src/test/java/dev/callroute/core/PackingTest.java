package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packed form's contract: explicit codes that never move, and connection bits that round-trip.
 */
class PackingTest {
  @ParameterizedTest
  @CsvSource({"CELLULAR, 0", "FACETIME, 1", "APP, 2"})
  void callTypeCodesAreFixed(CallType type, int code) {
    assertThat(type.code()).isEqualTo(code);
    assertThat(CallType.ofCode(code)).isSameAs(type);
  }

  @ParameterizedTest
  @CsvSource({"RINGING, 0", "ACTIVE, 1", "HELD, 2", "ENDED, 3"})
  void callStateCodesAreFixed(CallState state, int code) {
    assertThat(state.code()).isEqualTo(code);
    assertThat(CallState.ofCode(code)).isSameAs(state);
  }

  @ParameterizedTest
  @CsvSource({"AUTOMATIC, 0", "BLUETOOTH_HEADSET, 1", "SPEAKER, 2"})
  void settingCodesAreFixed(CallAudioRouting setting, int code) {
    assertThat(setting.code()).isEqualTo(code);
    assertThat(CallAudioRouting.ofCode(code)).isSameAs(setting);
  }

  @Test
  void everyConstantIsInTheTablesAbove() {
    assertThat(CallType.values()).hasSize(3);
    assertThat(CallState.values()).hasSize(4);
    assertThat(CallAudioRouting.values()).hasSize(3);
  }

  @Test
  void anUnknownCodeIsRefused() {
    assertThatThrownBy(() -> CallType.ofCode(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no CallType with code 3");
    assertThatThrownBy(() -> CallState.ofCode(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallAudioRouting.ofCode(7))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAppsCallIsASystemCallOnlyWithCallKit() {
    World voip = new World(List.of(), App.DEFAULT);
    World callKit = new World(List.of(), new App(true, Role.SENDER, SessionMode.VOICE_CHAT, false));
    assertThat(voip.isSystemCall(CallType.APP)).isFalse();
    assertThat(callKit.isSystemCall(CallType.APP)).isTrue();
    for (World w : List.of(voip, callKit)) {
      assertThat(w.isSystemCall(CallType.CELLULAR)).isTrue();
      assertThat(w.isSystemCall(CallType.FACETIME)).isTrue();
    }
  }

  @Property
  void connectionBitsRoundTrip(
      @ForAll @Size(max = ConnectionOrder.CAPACITY) @UniqueElements
          List<@IntRange(min = 0, max = ConnectionOrder.CAPACITY - 1) Integer> indices) {
    ConnectionOrder order = ConnectionOrder.EMPTY;
    for (int i : indices) {
      order = order.with(i);
    }
    long bits = Packing.connectionBits(order);
    assertThat(Long.numberOfLeadingZeros(bits))
        .isGreaterThanOrEqualTo(64 - Packing.BITS_PER_CONNECTION * indices.size());
    ConnectionOrder back = Packing.connectionOrder(bits);
    assertThat(back).isEqualTo(order);
    for (int i = 0; i < indices.size(); i++) {
      assertThat(back.get(i)).isEqualTo(indices.get(i));
    }
  }
}
