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
      return new Outcome.Rejected(
          state,
          rejection,
          new Decision(state.currentRoute(), Decision.append(0L, rejection.rule())));
    }
    return finish(d);
  }

  /** One case per step kind and no default: a new step type is a compile error here. */
  private static Rejection dispatch(Draft d, Step step) {
    return switch (step.kind()) {
      case CONNECT -> AccessoryRules.connect(d, ((Step.Connect) step).accessory());
      case DISCONNECT -> AccessoryRules.disconnect(d, ((Step.Disconnect) step).accessory());
      case INCOMING_CALL -> {
        Step.IncomingCall s = (Step.IncomingCall) step;
        yield SystemCallRules.incomingCall(d, s.call(), s.type());
      }
      case DIAL -> {
        Step.Dial s = (Step.Dial) step;
        yield SystemCallRules.dial(d, s.call(), s.type());
      }
      case ANSWER -> {
        Step.Answer s = (Step.Answer) step;
        yield SystemCallRules.answer(d, s.call(), s.via());
      }
      case DECLINE -> SystemCallRules.end(d, ((Step.Decline) step).call(), true);
      case END -> SystemCallRules.end(d, ((Step.End) step).call(), false);
      case CALL_SCREEN -> SystemCallRules.callScreen(d, ((Step.CallScreen) step).pick());
      case CONTROL_CENTER -> VoipRules.controlCenter(d, ((Step.ControlCenter) step).pick());
      case CHANGE_SETTING ->
          SystemCallRules.changeSetting(d, ((Step.ChangeSetting) step).callAudioRouting());
      case PREFERRED_INPUT -> AppApiRules.preferredInput(d, ((Step.PreferredInput) step).input());
      case SPEAKERPHONE -> AppApiRules.speakerphone(d, ((Step.Speakerphone) step).on());
    };
  }

  private static Outcome finish(Draft d) {
    if (d.builtInMicPreferred
        && !Routes.headsetWithBuiltInMic(d.world(), d.voipRoute())
        && !Routes.headsetWithBuiltInMic(d.world(), d.systemRoute())
        && !Routes.headsetWithBuiltInMic(d.world(), d.routeBeforeOverride)) {
      // The preference only matters while a route of the call keeps a headset on the built-in mic.
      d.builtInMicPreferred = false;
    }
    State after = d.unchanged() ? d.before : d.toState();
    State.Owner owner = after.owner();
    Route now = after.routeOf(owner);
    Route before = d.sameRouteInputs() ? now : d.before.currentRoute();
    boolean changed = before != now && !before.equals(now);
    if (owner == State.Owner.MEDIA) {
      RouteRules.media(d);
    }
    return new Outcome.Applied(after, notifications(d, changed), new Decision(now, d.rules));
  }

  private static List<Notification> notifications(Draft d, boolean routeChanged) {
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
