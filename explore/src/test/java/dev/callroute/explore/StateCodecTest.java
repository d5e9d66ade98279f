package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.Call;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Stepper;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StateCodecTest {
  private static final World WORLD =
      Worlds.world(
          Worlds.VOIP_SENDER,
          "airpods:BLUETOOTH_HEADSET",
          "boombox:BLUETOOTH_SPEAKER",
          "wired:WIRED_HEADSET",
          "cans:WIRED_HEADPHONES");
  private static final int MAX_CALLS = 3;
  private static final StateCodec CODEC = new StateCodec(WORLD, MAX_CALLS);
  private static final StepMenu MENU = new StepMenu(WORLD, MAX_CALLS);

  /** The state a random walk over the step menu reaches, with calls renamed canonically. */
  private static State walk(List<Integer> picks) {
    long[] first = pack(State.initial(WORLD, CallAudioRouting.AUTOMATIC));
    State s = CODEC.unpack(first[0], first[1]);
    int[] codes = new int[MENU.size()];
    for (int pick : picks) {
      int n = MENU.codes(s.calls(), codes);
      Outcome o = Engine.next(s, MENU.step(codes[pick % n], s.calls().size()));
      long[] w = pack(o.state());
      s = CODEC.unpack(w[0], w[1]);
    }
    return s;
  }

  private static long[] pack(State s) {
    long[] w = new long[2];
    CODEC.pack(s, w);
    return w;
  }

  @Property(tries = 300)
  void unpackingAndPackingAgainGivesTheSameBitsAndTheSameState(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    State s = walk(picks);
    long[] w = pack(s);
    State back = CODEC.unpack(w[0], w[1]);
    assertThat(back).isEqualTo(s);
    assertThat(pack(back)).containsExactly(w);
  }

  /**
   * The explorer's shortcut: a successor packed from its state's bits is packed as from scratch.
   */
  @Property(tries = 300)
  void packingASuccessorFromItsStateGivesTheSameBits(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    State s = walk(picks);
    long[] w = pack(s);
    int[] codes = new int[MENU.size()];
    int n = MENU.codes(s.calls(), codes);
    Stepper stepper = new Stepper();
    long[] fast = new long[2];
    for (int i = 0; i < n; i++) {
      stepper.step(s, MENU.step(codes[i], s.calls().size()));
      CODEC.packSuccessor(stepper.after(), s, w[0], w[1], fast);
      long[] full = new long[2];
      CODEC.pack(stepper.after(), full);
      assertThat(fast).as("step %s", codes[i]).containsExactly(full);
    }
  }

  @Property(tries = 300)
  void callNamesAndCallOrderDoNotChangeThePackedState(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    State s = walk(picks);
    List<Call> renamed = new ArrayList<>();
    for (Call c : s.calls()) {
      renamed.add(new Call("other" + c.id(), c.type(), c.state(), c.system()));
    }
    renamed.sort(Comparator.comparing(Call::id).reversed());
    State other =
        new State(
            s.world(),
            s.connected(),
            s.callAudioRouting(),
            renamed,
            s.systemRoute(),
            s.voipRoute(),
            s.lastCallRoute(),
            s.controlCenterChoice(),
            s.systemCallSinceBluetooth(),
            s.routeBeforeOverride(),
            s.builtInMicPreferred());
    assertThat(pack(other)).containsExactly(pack(s));
  }

  @Property(tries = 100)
  void differentCallStatesPackDifferently(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    State s = walk(picks);
    List<Call> calls = new ArrayList<>(s.calls());
    calls.add(new Call("extra", CallType.FACETIME, CallState.RINGING, true));
    if (calls.size() > MAX_CALLS) {
      return;
    }
    State more =
        new State(
            s.world(),
            s.connected(),
            s.callAudioRouting(),
            calls,
            s.systemRoute(),
            s.voipRoute(),
            s.lastCallRoute(),
            s.controlCenterChoice(),
            s.systemCallSinceBluetooth(),
            s.routeBeforeOverride(),
            s.builtInMicPreferred());
    assertThat(pack(more)).isNotEqualTo(pack(s));
  }

  @Property(tries = 50)
  void aStateWithTooManyCallsIsRefused(@ForAll @IntRange(min = 0, max = 2) int maxCalls) {
    StateCodec small = new StateCodec(WORLD, maxCalls);
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i <= maxCalls; i++) {
      calls.add(new Call("c" + i, CallType.CELLULAR, CallState.RINGING, true));
    }
    State s = State.initial(WORLD, CallAudioRouting.AUTOMATIC);
    State crowded =
        new State(
            WORLD,
            s.connected(),
            s.callAudioRouting(),
            calls,
            s.systemRoute(),
            s.voipRoute(),
            s.lastCallRoute(),
            s.controlCenterChoice(),
            false,
            s.routeBeforeOverride(),
            false);
    assertThatThrownBy(() -> small.pack(crowded, new long[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than " + maxCalls + " calls");
  }
}
