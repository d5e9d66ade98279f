package dev.callroute.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything the engine knows after a step. Immutable; {@link Engine#next} returns a new one. Who
 * owns the route, the current route and the VoIP call's state are {@link StateView}'s answers.
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
    boolean builtInMicPreferred)
    implements StateView {

  public State {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(connected, "connected");
    Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    calls = CallList.copyOf(calls); // immutable, as List.copyOf (see CallList for why not it)
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

  /** This state: it is already a value. */
  @Override
  public State toState() {
    return this;
  }

  /** The call in progress with this id, or null; for the engine's hot paths. */
  Call callOrNull(String id) {
    return Views.callOrNull(calls, id);
  }
}
