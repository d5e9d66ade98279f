package dev.callroute.core;

import java.util.Optional;

/**
 * The invariants of {@code routing-rules.md}: predicates that must hold after every step, for every
 * sequence of steps. The tests and the state explorer check them.
 */
public enum Invariant {
  /** 1. Bluetooth HFP input and output go together; built-in outputs pair with the built-in mic. */
  HFP_COUPLING("1", "HFP input and output are coupled", true) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      StateView s = transition.after();
      Route r = s.currentRoute();
      boolean hfpIn = r.input() == Port.BLUETOOTH_HFP;
      boolean hfpOut = r.output() == Port.BLUETOOTH_HFP;
      if (hfpIn || hfpOut) {
        return hfpIn && hfpOut && r.inputAccessory() == r.outputAccessory();
      }
      if (r.output() == Port.BUILT_IN_RECEIVER || r.output() == Port.BUILT_IN_SPEAKER) {
        return r.input() == Port.BUILT_IN_MIC || r.input() == Port.NONE;
      }
      if (r.output() == Port.HEADPHONES && r.input() != Port.NONE) {
        AccessoryKind kind = s.world().accessory(r.outputAccessory()).kind();
        if (kind == AccessoryKind.WIRED_HEADSET) {
          return (r.input() == Port.HEADSET_MIC && r.inputAccessory() == r.outputAccessory())
              || (r.input() == Port.BUILT_IN_MIC && s.builtInMicPreferred());
        }
        return r.input() == Port.BUILT_IN_MIC;
      }
      return true;
    }
  },
  /** 2. A route uses only built-in ports and the ports of connected accessories. */
  ONLY_CONNECTED_PORTS("2", "only connected ports are used", true) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      StateView s = transition.after();
      return Routes.connected(s.currentRoute(), s.connected());
    }
  },
  /** 3. An accessory whose HFP is systemCallsOnly carries HFP only during an active system call. */
  SYSTEM_ONLY_HFP("3", "a systemCallsOnly accessory carries HFP only in a system call", true) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      StateView s = transition.after();
      Route r = s.currentRoute();
      if (r.output() != Port.BLUETOOTH_HFP) {
        return true;
      }
      Accessory acc = s.world().accessory(r.outputAccessory());
      return acc.hfp() != HfpSupport.SYSTEM_CALLS_ONLY || s.owner() == State.Owner.SYSTEM_CALL;
    }
  },
  /** 4. A receiver's VoIP call never has an input. */
  RECEIVER_HAS_NO_INPUT("4", "a receiver's VoIP call has no input", true) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      StateView s = transition.after();
      return !s.world().app().isReceiver()
          || s.voipState() == VoipState.IDLE
          || s.voipRoute().input() == Port.NONE;
    }
  },
  /**
   * 5. Exactly one current route, determined by the events alone: replaying gives equal outcomes.
   */
  DETERMINISM("5", "the same step gives the same outcome", false) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      return Engine.next(before.toState(), step).equals(transition.outcome());
    }
  },
  /** 6. With Bluetooth Headset routing and usable Bluetooth, a new system call is on Bluetooth. */
  BLUETOOTH_SETTING_HONOURED(
      "6", "Call Audio Routing Bluetooth Headset puts new calls on Bluetooth", false) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      if (transition.rejected() || !(step instanceof Step.Answer || step instanceof Step.Dial)) {
        return true;
      }
      StateView s = transition.after();
      if (s.callAudioRouting() != CallAudioRouting.BLUETOOTH_HEADSET
          || Routes.lastBluetoothFor(s.world(), s.connected(), true) < 0
          || s.owner() != State.Owner.SYSTEM_CALL
          || before.owner() == State.Owner.SYSTEM_CALL && step instanceof Step.Dial) {
        return true;
      }
      String id =
          step instanceof Step.Answer ? ((Step.Answer) step).call() : ((Step.Dial) step).call();
      Call call = Views.callOrNull(s.calls(), id);
      if (call == null || !call.system()) {
        return true;
      }
      return s.currentRoute().output() == Port.BLUETOOTH_HFP;
    }
  },
  /** 7. A rejected step leaves the state unchanged. */
  REJECTION_CHANGES_NOTHING("7", "a rejected step changes nothing", false) {
    @Override
    public boolean holds(StateView before, Step step, Transition transition) {
      return !transition.rejected() || StateView.same(transition.after(), before);
    }
  };

  private final String number;
  private final String description;
  private final boolean stateOnly;

  Invariant(String number, String description, boolean stateOnly) {
    this.number = number;
    this.description = description;
    this.stateOnly = stateOnly;
  }

  /**
   * Whether the invariant reads only the state after the step, not the state before, the step or
   * the rest of the outcome: then its answer is the same for every transition that ends in equal
   * states, and a checker may compute it once per state ({@code StepperEquivalenceProperties}
   * checks that it does not depend on the rest).
   */
  public boolean stateOnly() {
    return stateOnly;
  }

  /** The invariant's number in the spec. */
  public String number() {
    return number;
  }

  /** What the invariant promises, in words. */
  public String description() {
    return description;
  }

  /** Whether the invariant holds after {@code step} took {@code before} to {@code outcome}. */
  public final boolean holds(State before, Step step, Outcome outcome) {
    return holds((StateView) before, step, (Transition) outcome);
  }

  /**
   * Whether the invariant holds after {@code step} took {@code before} to {@code transition}: the
   * same check, read through views, so that the explorer checks a {@link Stepper}'s result without
   * building a {@link State} or an {@link Outcome}.
   */
  public abstract boolean holds(StateView before, Step step, Transition transition);

  /** The first invariant that fails for this transition, if any. */
  public static Optional<Invariant> firstViolated(State before, Step step, Outcome outcome) {
    for (Invariant i : values()) {
      if (!i.holds(before, step, outcome)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
