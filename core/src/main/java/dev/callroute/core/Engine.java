package dev.callroute.core;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The routing engine: one pure function from a state and a step to an outcome. It never throws for
 * a step that cannot happen; it returns {@link Outcome.Rejected} and leaves the state unchanged.
 *
 * <p>Calls go one way: step handlers keep the bookkeeping ({@link AccessoryRules} for accessories;
 * the call steps in {@link SystemCallRules}), deciders named after the sections of {@code
 * docs/routing-rules.md} apply the rules ({@link SystemCallRules}, {@link VoipRules}, {@link
 * AppApiRules}, {@link RouteRules}; each rule from exactly one of them, checked by {@code
 * RuleHomeTest}), and {@link Draft#routeTo} is the one writer of the call routes. {@link Rule}
 * lists the rules in the spec's order.
 */
public final class Engine {
  /** The one-notification lists, shared (they are immutable) so that most steps build no list. */
  private static final List<List<Notification>> ALONE =
      Stream.of(Notification.values()).map(List::of).collect(Collectors.toUnmodifiableList());

  private Engine() {}

  /** Applies one step to a state. Deterministic: equal inputs give equal outcomes. */
  public static Outcome next(State state, Step step) {
    Draft d = new Draft(state);
    Rejection rejection = dispatch(d, step);
    if (rejection != null) {
      return rejected(state, rejection);
    }
    return applied(d, settle(d));
  }

  /** The outcome of a rejected step. */
  static Outcome rejected(State state, Rejection rejection) {
    return new Outcome.Rejected(
        state,
        rejection,
        new Decision(state.currentRoute(), Decision.append(0L, rejection.rule())));
  }

  /** The outcome of an applied step, once {@link #settle}d; {@code changed} is its answer. */
  static Outcome applied(Draft d, boolean changed) {
    return new Outcome.Applied(
        d.toState(), notifications(d, changed), new Decision(d.now, d.rules));
  }

  /**
   * Dispatches on the step's type with {@code instanceof} patterns, which the JIT turns into class
   * checks (a call of {@link Step#kind()} here costs about 7 ns per step, measured). {@link
   * #handled} is the compile-time guard: a new {@link Step.Kind} does not compile there until it is
   * handled here, and {@code StepKindTest} plays one step of every kind. The one step function:
   * {@link #next} and {@link Stepper} both run it on a {@link Draft} reset to the state before the
   * step; it returns the rejection, or null when the step applied.
   */
  static Rejection dispatch(Draft d, Step step) {
    if (step instanceof Step.Connect s) {
      return AccessoryRules.connect(d, s.accessory());
    } else if (step instanceof Step.Disconnect s) {
      return AccessoryRules.disconnect(d, s.accessory());
    } else if (step instanceof Step.IncomingCall s) {
      return SystemCallRules.incomingCall(d, s.call(), s.type());
    } else if (step instanceof Step.Dial s) {
      return SystemCallRules.dial(d, s.call(), s.type());
    } else if (step instanceof Step.Answer s) {
      return SystemCallRules.answer(d, s.call(), s.via());
    } else if (step instanceof Step.Decline s) {
      return SystemCallRules.end(d, s.call(), true);
    } else if (step instanceof Step.End s) {
      return SystemCallRules.end(d, s.call(), false);
    } else if (step instanceof Step.CallScreen s) {
      return SystemCallRules.callScreen(d, s.pick());
    } else if (step instanceof Step.ControlCenter s) {
      return VoipRules.controlCenter(d, s.pick());
    } else if (step instanceof Step.ChangeSetting s) {
      return SystemCallRules.changeSetting(d, s.callAudioRouting());
    } else if (step instanceof Step.PreferredInput s) {
      return AppApiRules.preferredInput(d, s.input());
    } else if (step instanceof Step.Speakerphone s) {
      return AppApiRules.speakerphone(d, s.on());
    }
    throw new AssertionError("step kind not dispatched: " + handled(step.kind()));
  }

  /**
   * Every kind the dispatch above handles; a switch expression, so a new kind is a compile error.
   */
  static String handled(Step.Kind kind) {
    return switch (kind) {
      case CONNECT, DISCONNECT -> "accessory";
      case INCOMING_CALL, DIAL, ANSWER, DECLINE, END, CALL_SCREEN, CHANGE_SETTING -> "system call";
      case CONTROL_CENTER -> "voip";
      case PREFERRED_INPUT, SPEAKERPHONE -> "app api";
    };
  }

  /**
   * Ends an applied step: drops a preference that no longer matters, settles who owns the route and
   * the route ({@link Draft#owner}, {@link Draft#now}), names the media rules when no call owns it,
   * and returns whether the current route changed.
   */
  static boolean settle(Draft d) {
    if (d.builtInMicPreferred
        && !Routes.headsetWithBuiltInMic(d.world(), d.voipRoute())
        && !Routes.headsetWithBuiltInMic(d.world(), d.systemRoute())
        && !Routes.headsetWithBuiltInMic(d.world(), d.routeBeforeOverride)) {
      // The preference only matters while a route of the call keeps a headset on the built-in mic.
      d.builtInMicPreferred = false;
    }
    State.Owner owner = Views.owner(d.calls);
    Route now = Views.routeOf(d, owner);
    Route before = d.sameRouteInputs() ? now : d.beforeRoute();
    d.owner = owner;
    d.now = now;
    if (owner == State.Owner.MEDIA) {
      RouteRules.media(d);
    }
    return before != now && !before.equals(now);
  }

  /** What an applied, {@link #settle}d step reported, in order. */
  static List<Notification> notifications(Draft d, boolean routeChanged) {
    Notification first = d.interruptionBegan ? Notification.INTERRUPTION_BEGAN : null;
    Notification middle = routeChanged ? d.routeChangeReason : null;
    Notification last =
        d.interruptionEndedShouldResume ? Notification.INTERRUPTION_ENDED_SHOULD_RESUME : null;
    if (first == null && middle == null && last == null) {
      return List.of();
    }
    if (first == null && last == null) {
      return ALONE.get(middle.ordinal());
    }
    Notification[] all = new Notification[3];
    int n = 0;
    for (Notification x : new Notification[] {first, middle, last}) {
      if (x != null) {
        all[n++] = x;
      }
    }
    return n == 1 ? List.of(all[0]) : n == 2 ? List.of(all[0], all[1]) : List.of(all);
  }
}
