package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Setup#play} is the one replay loop: it goes on after a rejection and marks the first. */
class SetupTest {
  static final World WORLD =
      new World(List.of(Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET)), App.DEFAULT);

  @Test
  void playsEveryStepAndMarksTheFirstRejection() {
    Setup setup = new Setup(WORLD, CallAudioRouting.AUTOMATIC, List.of("airpods"));
    Setup.Played p =
        setup.play(
            List.of(Steps.dial("c1"), Steps.answer("nope"), Steps.end("c1"), Steps.answer("nope")));

    assertThat(p.outcomes()).hasSize(4);
    assertThat(p.firstRejected()).isEqualTo(1);
    assertThat(p.firstRejection().orElseThrow().rejection().reason())
        .isEqualTo(RejectionReason.NO_SUCH_CALL);
    assertThat(p.last().calls()).isEmpty();
    assertThat(p.start()).isEqualTo(setup.initialState());
    assertThat(p.outcomes().get(0).state().currentRoute().output()).isEqualTo(Port.BLUETOOTH_HFP);
  }

  @Test
  void nothingPlayedIsTheStartAndNoRejection() {
    Setup.Played p = new Setup(WORLD, CallAudioRouting.SPEAKER, List.of()).play(List.of());
    assertThat(p.firstRejected()).isEqualTo(-1);
    assertThat(p.firstRejection()).isEmpty();
    assertThat(p.last()).isEqualTo(p.start());
    assertThat(p.last().callAudioRouting()).isEqualTo(CallAudioRouting.SPEAKER);
  }

  @Test
  void anUnknownAccessoryConnectedFirstIsRefused() {
    Setup setup = new Setup(WORLD, CallAudioRouting.AUTOMATIC, List.of("bose"));
    assertThatThrownBy(setup::initialState).isInstanceOf(IllegalArgumentException.class);
  }
}
