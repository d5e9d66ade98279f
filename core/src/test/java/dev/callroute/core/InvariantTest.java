package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each invariant tells a broken transition from a sound one: hand-built states and outcomes that
 * the engine would never produce must be caught, and their sound twins must pass.
 */
class InvariantTest {
  static final int AIRPODS = 0;
  static final int BEATS = 1;
  static final int JBL = 2;
  static final int WIRED = 3;

  static final World SENDER_WORLD = new World(RuleCase.ACCESSORIES, RuleCase.SENDER);
  static final World RECEIVER_WORLD = new World(RuleCase.ACCESSORIES, RuleCase.RECEIVER);
  static final Step ANY_STEP = Steps.setting(CallAudioRouting.AUTOMATIC);

  /** A state with the app's VoIP call active on this route; airpods, jbl and wired connected. */
  static State voipOn(World w, Route route, boolean builtInMicPreferred) {
    ConnectionOrder connected = ConnectionOrder.EMPTY.with(AIRPODS).with(JBL).with(WIRED);
    return new State(
        w,
        connected,
        CallAudioRouting.AUTOMATIC,
        List.of(new Call("v1", CallType.APP, CallState.ACTIVE, false)),
        Route.NONE,
        route,
        Route.NONE,
        Target.NONE,
        false,
        Route.NONE,
        builtInMicPreferred);
  }

  /** A state with a cellular call in this state on this route, with Bluetooth Headset routing. */
  static State systemCallOn(CallState callState, Route route) {
    return new State(
        SENDER_WORLD,
        ConnectionOrder.EMPTY.with(AIRPODS).with(JBL),
        CallAudioRouting.BLUETOOTH_HEADSET,
        List.of(new Call("c1", CallType.CELLULAR, callState, true)),
        route,
        Route.NONE,
        Route.NONE,
        Target.NONE,
        false,
        Route.NONE,
        false);
  }

  static Outcome applied(State s) {
    return new Outcome.Applied(s, List.of(), new Decision(s.currentRoute(), 0L));
  }

  static Arguments row(String name, Invariant inv, State before, Step step, Outcome o, boolean ok) {
    return Arguments.of(name, inv, before, step, o, ok);
  }

  static Stream<Arguments> cases() {
    State idle = State.initial(SENDER_WORLD, CallAudioRouting.AUTOMATIC);
    Route hfpOutMicIn = new Route(Port.BLUETOOTH_HFP, AIRPODS, Port.BUILT_IN_MIC, Route.BUILT_IN);
    Route hfpSplit = new Route(Port.BLUETOOTH_HFP, AIRPODS, Port.BLUETOOTH_HFP, BEATS);
    Route headsetBuiltInMic = new Route(Port.HEADPHONES, WIRED, Port.BUILT_IN_MIC, Route.BUILT_IN);
    State ringing = systemCallOn(CallState.RINGING, Route.NONE);
    Step answer = Steps.answer("c1");
    Rejection rejection =
        new Rejection(RejectionReason.NO_SUCH_CALL, "c9", Rule.CALL_ANSWER_ON_IPHONE);
    Decision none = new Decision(Route.SPEAKER_PLAYBACK, 0L);
    return Stream.of(
        row(
            "HFP output with the built-in mic is broken coupling",
            Invariant.HFP_COUPLING,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, hfpOutMicIn, false)),
            false),
        row(
            "HFP out of one headset and in from another is broken coupling",
            Invariant.HFP_COUPLING,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, hfpSplit, false)),
            false),
        row(
            "a headset on the built-in mic nobody chose is broken coupling",
            Invariant.HFP_COUPLING,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, headsetBuiltInMic, false)),
            false),
        row(
            "a headset on the built-in mic the app chose is sound",
            Invariant.HFP_COUPLING,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, headsetBuiltInMic, true)),
            true),
        row(
            "a route on a disconnected accessory is caught",
            Invariant.ONLY_CONNECTED_PORTS,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, Route.hfp(BEATS), false)),
            false),
        row(
            "a route on a connected accessory is sound",
            Invariant.ONLY_CONNECTED_PORTS,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, Route.hfp(AIRPODS), false)),
            true),
        row(
            "a speaker's HFP carrying a VoIP call is caught",
            Invariant.SYSTEM_ONLY_HFP,
            idle,
            ANY_STEP,
            applied(voipOn(SENDER_WORLD, Route.hfp(JBL), false)),
            false),
        row(
            "a speaker's HFP carrying a system call is sound",
            Invariant.SYSTEM_ONLY_HFP,
            idle,
            ANY_STEP,
            applied(systemCallOn(CallState.ACTIVE, Route.hfp(JBL))),
            true),
        row(
            "a receiver's call with an input is caught",
            Invariant.RECEIVER_HAS_NO_INPUT,
            idle,
            ANY_STEP,
            applied(voipOn(RECEIVER_WORLD, Route.IPHONE, false)),
            false),
        row(
            "a receiver's call without an input is sound",
            Invariant.RECEIVER_HAS_NO_INPUT,
            idle,
            ANY_STEP,
            applied(voipOn(RECEIVER_WORLD, Route.SPEAKER_PLAYBACK, false)),
            true),
        row(
            "an outcome the engine would not give is caught",
            Invariant.DETERMINISM,
            idle,
            Steps.connect("airpods"),
            applied(idle),
            false),
        row(
            "the engine's own outcome is sound",
            Invariant.DETERMINISM,
            idle,
            Steps.connect("airpods"),
            Engine.next(idle, Steps.connect("airpods")),
            true),
        row(
            "an answered call off Bluetooth under Bluetooth Headset routing is caught",
            Invariant.BLUETOOTH_SETTING_HONOURED,
            ringing,
            answer,
            applied(systemCallOn(CallState.ACTIVE, Route.IPHONE)),
            false),
        row(
            "an answered call on Bluetooth under Bluetooth Headset routing is sound",
            Invariant.BLUETOOTH_SETTING_HONOURED,
            ringing,
            answer,
            applied(systemCallOn(CallState.ACTIVE, Route.hfp(JBL))),
            true),
        row(
            "a rejection that changed the state is caught",
            Invariant.REJECTION_CHANGES_NOTHING,
            idle,
            answer,
            new Outcome.Rejected(ringing, rejection, none),
            false),
        row(
            "a rejection that changed nothing is sound",
            Invariant.REJECTION_CHANGES_NOTHING,
            idle,
            answer,
            new Outcome.Rejected(idle, rejection, none),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(String name, Invariant inv, State before, Step step, Outcome o, boolean holds) {
    assertThat(inv.holds(before, step, o)).as(name).isEqualTo(holds);
    if (!holds) {
      assertThat(Invariant.firstViolated(before, step, o)).isPresent();
    }
  }
}
