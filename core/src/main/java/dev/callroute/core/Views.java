package dev.callroute.core;

import java.util.List;
import java.util.Objects;

/**
 * The answers that follow from a state's components ({@link StateView}'s default methods), written
 * once over the components so that {@link State} and the working copy {@link Draft} share them.
 * Package-private.
 */
final class Views {
  private Views() {}

  /** Who owns the current route, from the calls in progress. */
  static State.Owner owner(List<Call> calls) {
    boolean systemRinging = false;
    boolean systemLive = false;
    CallState voip = null;
    for (int i = 0; i < calls.size(); i++) {
      Call c = calls.get(i);
      if (c.system()) {
        systemLive = true;
        if (c.state() == CallState.ACTIVE) {
          return State.Owner.SYSTEM_CALL;
        }
        systemRinging |= c.state() == CallState.RINGING;
      } else if (c.state() != CallState.RINGING) {
        voip = c.state();
      }
    }
    if (voip == CallState.ACTIVE || (voip == CallState.HELD && (systemRinging || !systemLive))) {
      return State.Owner.VOIP_CALL;
    }
    return State.Owner.MEDIA;
  }

  /** The current route when this owner owns it. */
  static Route routeOf(StateView s, State.Owner owner) {
    switch (owner) {
      case SYSTEM_CALL:
        return s.systemRoute();
      case VOIP_CALL:
        return s.voipRoute();
      default:
        return Routes.mediaRoute(s);
    }
  }

  /** The state of the app's VoIP call: idle, active or interrupted. */
  static VoipState voipState(List<Call> calls) {
    for (int i = 0; i < calls.size(); i++) {
      Call c = calls.get(i);
      if (c.isVoip()) {
        switch (c.state()) {
          case ACTIVE:
            return VoipState.ACTIVE;
          case HELD:
            return VoipState.INTERRUPTED;
          default:
            return VoipState.IDLE;
        }
      }
    }
    return VoipState.IDLE;
  }

  /** The call in progress with this id, or null; for the engine's hot paths. */
  static Call callOrNull(List<Call> calls, String id) {
    int hash = Objects.hashCode(id); // cached by String: rules out most other ids at no cost
    for (int i = 0; i < calls.size(); i++) {
      String other = calls.get(i).id();
      if (other.hashCode() == hash && other.equals(id)) {
        return calls.get(i);
      }
    }
    return null;
  }
}
