package dev.callroute.trace;

import dev.callroute.core.Accessory;
import dev.callroute.core.Call;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Route;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.Steps;
import dev.callroute.core.Target;
import dev.callroute.trace.read.ObservationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold for an observation to be explained: either a logged step (a CallKit action, an app
 * request) that must happen after the hidden steps, or a condition on the state reached and the
 * last step's notifications (a route, a reason, an interruption, call audio on or off).
 */
final class Goal {
  final ObservationKind kind;
  final RoutePattern route;
  final RoutePattern previous;
  final Notification notification;
  final Target input;
  final boolean exact;

  /**
   * A goal.
   *
   * @param kind what was observed
   * @param route for a route, the route; else null
   * @param previous the route before the change when logged and resolved; else null
   * @param notification the notification the last step must report; null for none
   * @param input for a preferred input, the target; else null
   * @param exact whether the log records every notification (J1, §5: "everything, exactly"), so
   *     that a hidden step may report nothing unless it is the last
   */
  Goal(
      ObservationKind kind,
      RoutePattern route,
      RoutePattern previous,
      Notification notification,
      Target input,
      boolean exact) {
    this.kind = kind;
    this.route = route;
    this.previous = previous;
    this.notification = notification;
    this.input = input;
    this.exact = exact;
  }

  /**
   * For an exact log, whether a step taken to explain this observation reports it first: anything
   * the step reported before it would be logged before it. Always true for other logs.
   */
  boolean opensWith(Outcome last) {
    if (!exact || logged() || last.notifications().isEmpty()) {
      return true;
    }
    Notification first = last.notifications().get(0);
    switch (kind) {
      case INTERRUPTION_BEGAN:
        return first == Notification.INTERRUPTION_BEGAN;
      case INTERRUPTION_ENDED:
        return first == Notification.INTERRUPTION_ENDED
            || first == Notification.INTERRUPTION_ENDED_SHOULD_RESUME;
      default:
        return notification == null || first == notification;
    }
  }

  /** The same goal without {@link #exact}: for a restart, where the history is unknown. */
  Goal relaxed() {
    return new Goal(kind, route, previous, notification, input, false);
  }

  /** Whether the observation is itself a step. */
  boolean logged() {
    switch (kind) {
      case CALLKIT_INCOMING:
      case CALLKIT_START:
      case CALLKIT_ANSWER:
      case CALLKIT_END:
      case SPEAKER_OVERRIDE_ON:
      case SPEAKER_OVERRIDE_OFF:
      case PREFERRED_INPUT:
        return true;
      default:
        return false;
    }
  }

  /** The steps the log may mean, from this state; for CallKit, only when the app uses it. */
  List<Step> steps(State s) {
    List<Step> out = new ArrayList<>();
    boolean callKit = s.world().app().callKit();
    switch (kind) {
      case CALLKIT_INCOMING:
        if (callKit) {
          out.add(Steps.incomingCall(StepMenu.freshCall(s), CallType.APP));
        }
        break;
      case CALLKIT_START:
        if (callKit) {
          out.add(Steps.dial(StepMenu.freshCall(s), CallType.APP));
        }
        break;
      case CALLKIT_ANSWER:
        for (Call c : s.calls()) {
          if (callKit && c.isApp() && c.state() == CallState.RINGING) {
            out.add(Steps.answer(c.id()));
            for (Accessory a : s.world().accessories()) {
              if (a.hasCallButton() && s.isConnected(a.id())) {
                out.add(Steps.answerVia(c.id(), a.id()));
              }
            }
          }
        }
        break;
      case CALLKIT_END:
        for (Call c : s.calls()) {
          if (callKit && c.isApp()) {
            out.add(c.state() == CallState.RINGING ? Steps.decline(c.id()) : Steps.end(c.id()));
          }
        }
        break;
      case SPEAKER_OVERRIDE_ON:
      case SPEAKER_OVERRIDE_OFF:
        out.add(Steps.speakerphone(kind == ObservationKind.SPEAKER_OVERRIDE_ON));
        break;
      case PREFERRED_INPUT:
        if (input != null) {
          out.add(new Step.PreferredInput(input));
        }
        break;
      default:
        break;
    }
    return out;
  }

  /** Whether the condition holds at a state reached with this last outcome (null: none yet). */
  boolean holds(State s, Outcome last, Route before) {
    if (notification != null && (last == null || !last.notifications().contains(notification))) {
      return false;
    }
    switch (kind) {
      case ROUTE:
        return route.matches(s.currentRoute())
            && (previous == null || (before != null && previous.matches(before)));
      case REASON:
        return previous == null || (before != null && previous.matches(before));
      case INTERRUPTION_BEGAN:
        return last != null && last.notifications().contains(Notification.INTERRUPTION_BEGAN);
      case INTERRUPTION_ENDED:
        return last != null
            && (last.notifications().contains(Notification.INTERRUPTION_ENDED)
                || last.notifications().contains(Notification.INTERRUPTION_ENDED_SHOULD_RESUME));
      case CALLKIT_ACTIVATE:
        return s.world().app().callKit() && appCall(s, true);
      case CALLKIT_DEACTIVATE:
        return s.world().app().callKit() && !appCall(s, true);
      case SYSTEM_CALL_AUDIO_ON:
        return systemCallActive(s);
      case SYSTEM_CALL_AUDIO_OFF:
        return !systemCallActive(s);
      case OVERRIDE_CLEARED:
        return !s.speakerOverride();
      default:
        return true;
    }
  }

  private static boolean appCall(State s, boolean active) {
    for (Call c : s.calls()) {
      if (c.isApp() && (c.state() == CallState.ACTIVE) == active) {
        return true;
      }
    }
    return false;
  }

  private static boolean systemCallActive(State s) {
    for (Call c : s.calls()) {
      if (c.system() && c.state() == CallState.ACTIVE) {
        return true;
      }
    }
    return false;
  }

  /** Whether the route before a step must be checked: a previous route was logged. */
  boolean checksPrevious() {
    return previous != null;
  }

  /** The route the model's state shows, for deviations. */
  static Route routeOf(State s) {
    return s.currentRoute();
  }
}
