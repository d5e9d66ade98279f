package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Step.Kind} has one constant per step record, each record reports its own kind, and the
 * engine dispatches every kind.
 */
class StepKindTest {
  static final List<Step> ONE_OF_EACH =
      List.of(
          new Step.Connect("a"),
          new Step.Disconnect("a"),
          new Step.IncomingCall("c", CallType.CELLULAR),
          new Step.Dial("c", CallType.APP),
          new Step.Answer("c", Target.IPHONE),
          new Step.Decline("c"),
          new Step.End("c"),
          new Step.CallScreen(Target.SPEAKER),
          new Step.ControlCenter(Target.SPEAKER),
          new Step.ChangeSetting(CallAudioRouting.AUTOMATIC),
          new Step.PreferredInput(Target.NONE),
          new Step.Speakerphone(true));

  @Test
  void everyRecordHasItsOwnKindNamedLikeIt() {
    assertThat(Step.class.getPermittedSubclasses()).hasSize(Step.Kind.values().length);
    assertThat(ONE_OF_EACH.stream().map(Step::kind)).containsExactly(Step.Kind.values());
    for (Step s : ONE_OF_EACH) {
      String snake =
          s.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", "_").toUpperCase();
      assertThat(s.kind().name()).isEqualTo(snake);
      assertThat(s.keyword()).isEqualTo(s.kind().keyword());
      assertThat(s.actor()).isEqualTo(s.kind().actor());
      assertThat(Step.Kind.byKeyword(s.keyword())).contains(s.kind());
    }
    assertThat(
            Arrays.stream(Step.Kind.values()).map(Step.Kind::keyword).collect(Collectors.toSet()))
        .hasSize(Step.Kind.values().length);
    assertThat(Step.Kind.byKeyword("expect")).isEmpty();
  }

  /** The engine dispatches every kind (its fallback throws an AssertionError). */
  @Test
  void theEngineDispatchesEveryKind() {
    World w = new World(List.of(Accessory.of("a", AccessoryKind.BLUETOOTH_HEADSET)), App.DEFAULT);
    State start = State.initial(w, CallAudioRouting.AUTOMATIC, List.of("a"));
    for (Step s : ONE_OF_EACH) {
      assertThat(Engine.next(start, s)).as(s.keyword()).isNotNull();
      assertThat(Engine.handled(s.kind())).as(s.keyword()).isNotBlank();
    }
  }
}
