package dev.callroute.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the engine knows after a step. Immutable; {@link Engine#next} returns a new one.
 *
 * @param world the accessories and the app, which never change
 * @param connected the connected accessories, oldest first
 * @param callAudioRouting the Call Audio Routing setting
 * @param calls the calls in progress (ringing, active or held), oldest first; ended calls leave
 * @param systemRoute the route shared by the active and held system calls, or {@link Route#NONE}
 * @param voipRoute the route of the app's VoIP call while active or interrupted, or {@link
 *     Route#NONE}
 * @param lastCallRoute the route the last phone or VoIP call ended on, or {@link Route#NONE}
 * @param controlCenterChoice the standing Control Center pick (sticky user intent), or {@link
 *     Target#NONE}
 * @param systemCallSinceBluetooth whether a system call has become active since the most recent
 *     Bluetooth connection
 * @param routeBeforeOverride while the app's speaker override is on, the route it returns to when
 *     turned off; otherwise {@link Route#NONE}
 * @param builtInMicPreferred whether the app's latest preferred input, {@code builtInMic}, still
 *     shapes the route of its call
 */
public record State(
    World world,
    ConnectionOrder connected,
    CallAudioRouting callAudioRouting,
    List<Call> calls,
    Route systemRoute,
    Route voipRoute,
    Route lastCallRoute,
    Target controlCenterChoice,
    boolean systemCallSinceBluetooth,
    Route routeBeforeOverride,
    boolean builtInMicPreferred) {

  public State {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(connected, "connected");
    Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    calls = List.copyOf(calls);
    Objects.requireNonNull(systemRoute, "systemRoute");
    Objects.requireNonNull(voipRoute, "voipRoute");
    Objects.requireNonNull(lastCallRoute, "lastCallRoute");
    Objects.requireNonNull(controlCenterChoice, "controlCenterChoice");
    Objects.requireNonNull(routeBeforeOverride, "routeBeforeOverride");
  }

  /** A world with nothing connected, no calls and nothing remembered. */
  public static State initial(World world, CallAudioRouting callAudioRouting) {
    return new State(
        world,
        ConnectionOrder.EMPTY,
        callAudioRouting,
        List.of(),
        Route.NONE,
        Route.NONE,
        Route.NONE,
        Target.NONE,
        false,
        Route.NONE,
        false);
  }

  /**
   * A world whose listed accessories were connected before the first step, in this order. The
   * connections report nothing, but they count for every rule: last-in order and the start of a
   * Bluetooth period.
   */
  public static State initial(
      World world, CallAudioRouting callAudioRouting, List<String> connectedFirst) {
    State s = initial(world, callAudioRouting);
    for (String id : connectedFirst) {
      Outcome o = Engine.next(s, new Step.Connect(id));
      if (o.rejected()) {
        throw new IllegalArgumentException(((Outcome.Rejected) o).rejection().message());
      }
      s = o.state();
    }
    return s;
  }

  /** Who owns the current route. */
  public enum Owner {
    /** An active system call. */
    SYSTEM_CALL,
    /** The app's VoIP call, active or interrupted by a system call that only rings. */
    VOIP_CALL,
    /** Nobody: the media route applies. */
    MEDIA
  }

  /** Who owns the current route: the active system call, the VoIP call, or media. */
  public Owner owner() {
    boolean systemRinging = false;
    boolean systemLive = false;
    CallState voip = null;
    for (int i = 0; i < calls.size(); i++) {
      Call c = calls.get(i);
      if (c.system()) {
        systemLive = true;
        if (c.state() == CallState.ACTIVE) {
          return Owner.SYSTEM_CALL;
        }
        systemRinging |= c.state() == CallState.RINGING;
      } else if (c.state() != CallState.RINGING) {
        voip = c.state();
      }
    }
    if (voip == CallState.ACTIVE || (voip == CallState.HELD && (systemRinging || !systemLive))) {
      return Owner.VOIP_CALL;
    }
    return Owner.MEDIA;
  }

  /** The current route: of the active system call, else of the VoIP call, else of media. */
  public Route currentRoute() {
    return routeOf(owner());
  }

  /** The current route when this owner owns it, as {@link #currentRoute()} with a known owner. */
  Route routeOf(Owner owner) {
    switch (owner) {
      case SYSTEM_CALL:
        return systemRoute;
      case VOIP_CALL:
        return voipRoute;
      default:
        return Routes.mediaRoute(this);
    }
  }

  /** The state of the app's VoIP call: idle, active or interrupted. */
  public VoipState voipState() {
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

  /** The call in progress with this id, if there is one. */
  public Optional<Call> call(String id) {
    return Optional.ofNullable(callOrNull(id));
  }

  /** The call in progress with this id, or null; for the engine's hot paths. */
  Call callOrNull(String id) {
    int hash = Objects.hashCode(id); // cached by String: rules out most other ids at no cost
    for (int i = 0; i < calls.size(); i++) {
      String other = calls.get(i).id();
      if (other.hashCode() == hash && other.equals(id)) {
        return calls.get(i);
      }
    }
    return null;
  }

  /** The state of the call with this id: {@link CallState#ENDED} when it is not in progress. */
  public CallState callState(String id) {
    return call(id).map(Call::state).orElse(CallState.ENDED);
  }

  /** Whether the accessory with this id is connected. */
  public boolean isConnected(String accessory) {
    int i = world.indexOf(accessory);
    return i >= 0 && connected.contains(i);
  }

  /** Whether the app's speaker override is on. */
  public boolean speakerOverride() {
    return !routeBeforeOverride.isNone();
  }
}
