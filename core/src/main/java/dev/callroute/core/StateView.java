package dev.callroute.core;

import java.util.List;
import java.util.Optional;

/**
 * Read access to everything the engine knows after a step: the components of a {@link State}, and
 * what follows from them (who owns the route, the current route, the VoIP call's state). {@link
 * State} implements it, and so does the reusable working copy behind {@link Stepper}, so that the
 * invariants, the explorer's packing and its queries read a successor without one being built. The
 * derived answers are defined once, here.
 */
public interface StateView {
  /** The accessories and the app, which never change. */
  World world();

  /** The connected accessories, oldest first. */
  ConnectionOrder connected();

  /** The Call Audio Routing setting. */
  CallAudioRouting callAudioRouting();

  /** The calls in progress, oldest first. */
  List<Call> calls();

  /** The route shared by the active and held system calls, or {@link Route#NONE}. */
  Route systemRoute();

  /** The route of the app's VoIP call while active or interrupted, or {@link Route#NONE}. */
  Route voipRoute();

  /** The route the last phone or VoIP call ended on, or {@link Route#NONE}. */
  Route lastCallRoute();

  /** The standing Control Center pick, or {@link Target#NONE}. */
  Target controlCenterChoice();

  /** Whether a system call became active since the most recent Bluetooth connection. */
  boolean systemCallSinceBluetooth();

  /** While the app's speaker override is on, the route it returns to; else {@link Route#NONE}. */
  Route routeBeforeOverride();

  /**
   * Whether the app's latest preferred input, {@code builtInMic}, still shapes its call's route.
   */
  boolean builtInMicPreferred();

  /** The same state as an immutable value. */
  State toState();

  /** Who owns the current route: the active system call, the VoIP call, or media. */
  default State.Owner owner() {
    return Views.owner(calls());
  }

  /** The current route: of the active system call, else of the VoIP call, else of media. */
  default Route currentRoute() {
    return Views.routeOf(this, owner());
  }

  /** The state of the app's VoIP call: idle, active or interrupted. */
  default VoipState voipState() {
    return Views.voipState(calls());
  }

  /** The call in progress with this id, if there is one. */
  default Optional<Call> call(String id) {
    return Optional.ofNullable(Views.callOrNull(calls(), id));
  }

  /** The state of the call with this id: {@link CallState#ENDED} when it is not in progress. */
  default CallState callState(String id) {
    Call c = Views.callOrNull(calls(), id);
    return c == null ? CallState.ENDED : c.state();
  }

  /** Whether the accessory with this id is connected. */
  default boolean isConnected(String accessory) {
    int i = world().indexOf(accessory);
    return i >= 0 && connected().contains(i);
  }

  /** Whether the app's speaker override is on. */
  default boolean speakerOverride() {
    return !routeBeforeOverride().isNone();
  }

  /** Whether two views hold the same state: equal components, as {@link State#equals}. */
  static boolean same(StateView a, StateView b) {
    if (a == b) {
      return true;
    }
    if (a instanceof State && b instanceof State) {
      return a.equals(b);
    }
    return a.world().equals(b.world())
        && a.connected().equals(b.connected())
        && a.callAudioRouting() == b.callAudioRouting()
        && a.calls().equals(b.calls())
        && a.systemRoute().equals(b.systemRoute())
        && a.voipRoute().equals(b.voipRoute())
        && a.lastCallRoute().equals(b.lastCallRoute())
        && a.controlCenterChoice().equals(b.controlCenterChoice())
        && a.systemCallSinceBluetooth() == b.systemCallSinceBluetooth()
        && a.routeBeforeOverride().equals(b.routeBeforeOverride())
        && a.builtInMicPreferred() == b.builtInMicPreferred();
  }
}
