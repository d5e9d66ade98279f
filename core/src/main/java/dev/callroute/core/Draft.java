package dev.callroute.core;

import java.util.Arrays;
import java.util.List;

/** The mutable working copy of a {@link State} while one step is decided. Package-private. */
final class Draft {
  final State before;
  ConnectionOrder connected;
  CallAudioRouting callAudioRouting;
  List<Call> calls;
  private Route systemRoute;
  private Route voipRoute;
  Route lastCallRoute;
  Target controlCenterChoice;
  boolean systemCallSinceBluetooth;
  Route routeBeforeOverride;
  boolean builtInMicPreferred;

  long rules;
  private int named; // one bit per rule ordinal; a packed rule code has 5 bits, so ordinals < 31
  Notification routeChangeReason = Notification.ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE;

  /** Whether the step reports {@link Notification#INTERRUPTION_BEGAN} before its route change. */
  boolean interruptionBegan;

  /** Whether the step reports {@link Notification#INTERRUPTION_ENDED_SHOULD_RESUME} last. */
  boolean interruptionEndedShouldResume;

  Draft(State s) {
    before = s;
    connected = s.connected();
    callAudioRouting = s.callAudioRouting();
    calls = s.calls();
    systemRoute = s.systemRoute();
    voipRoute = s.voipRoute();
    lastCallRoute = s.lastCallRoute();
    controlCenterChoice = s.controlCenterChoice();
    systemCallSinceBluetooth = s.systemCallSinceBluetooth();
    routeBeforeOverride = s.routeBeforeOverride();
    builtInMicPreferred = s.builtInMicPreferred();
  }

  /** The route of the system calls as the step left it so far. */
  Route systemRoute() {
    return systemRoute;
  }

  /** The route of the VoIP call as the step left it so far. */
  Route voipRoute() {
    return voipRoute;
  }

  /**
   * The one writer of the call routes (like AOSP Telecom's {@code routeTo}): every rule that moves
   * the route of the system calls ({@code system}) or of the VoIP call goes through here.
   */
  void routeTo(boolean system, Route r) {
    if (system) {
      systemRoute = r;
    } else {
      voipRoute = r;
    }
  }

  /** Moves the route of the system calls; see {@link #routeTo}. */
  void routeSystem(Route r) {
    routeTo(true, r);
  }

  /** Moves the route of the VoIP call; see {@link #routeTo}. */
  void routeVoip(Route r) {
    routeTo(false, r);
  }

  /** The accessories and the app, which no step changes. */
  World world() {
    return before.world();
  }

  /** Names a rule in the explanation, once (as {@link Decision#append}, without a scan). */
  void apply(Rule rule) {
    int bit = 1 << rule.ordinal();
    if ((named & bit) == 0) {
      name(rule, bit); // kept apart so that this check inlines at every call site
    }
  }

  private void name(Rule rule, int bit) {
    int count = Integer.bitCount(named); // each named rule has one bit
    if (count < Decision.MAX_RULES) {
      named |= bit;
      rules |= (long) (rule.ordinal() + 1) << (Decision.BITS * count);
    }
  }

  /** Names two rules in order. */
  void apply(Rule first, Rule second) {
    apply(first);
    apply(second);
  }

  /** Puts the call in place of the one with its id, or appends it. */
  void putCall(Call call) {
    int n = calls.size();
    Call[] all = new Call[n + 1];
    int at = n;
    for (int i = 0; i < n; i++) {
      all[i] = calls.get(i);
      if (at == n && all[i].id().equals(call.id())) {
        at = i;
      }
    }
    all[at] = call;
    calls = immutable(all, at == n ? n + 1 : n);
  }

  /** Removes the call with this id. */
  void removeCall(String id) {
    int n = calls.size();
    Call[] kept = new Call[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      Call c = calls.get(i);
      if (!c.id().equals(id)) {
        kept[k++] = c;
      }
    }
    calls = immutable(kept, k);
  }

  /** The first {@code n} calls as an immutable list; short lists need no array. */
  private static List<Call> immutable(Call[] all, int n) {
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of(all[0]);
      case 2:
        return List.of(all[0], all[1]);
      default:
        return List.of(Arrays.copyOf(all, n));
    }
  }

  Call find(CallState state, boolean system) {
    for (int i = 0; i < calls.size(); i++) {
      Call c = calls.get(i);
      if (c.state() == state && c.system() == system) {
        return c;
      }
    }
    return null;
  }

  boolean anySystemCall() {
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).system()) {
        return true;
      }
    }
    return false;
  }

  Call appCall() {
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).isApp()) {
        return calls.get(i);
      }
    }
    return null;
  }

  Call voipCall() {
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).isVoip()) {
        return calls.get(i);
      }
    }
    return null;
  }

  boolean speakerOverride() {
    return !routeBeforeOverride.isNone();
  }

  /**
   * Whether everything {@link State#currentRoute()} reads is as it was: then the current route is
   * the one before the step.
   */
  boolean sameRouteInputs() {
    return calls == before.calls()
        && systemRoute == before.systemRoute()
        && voipRoute == before.voipRoute()
        && connected == before.connected()
        && controlCenterChoice == before.controlCenterChoice();
  }

  /** Whether the step left every field of the state as it was. */
  boolean unchanged() {
    return sameRouteInputs()
        && callAudioRouting == before.callAudioRouting()
        && lastCallRoute == before.lastCallRoute()
        && systemCallSinceBluetooth == before.systemCallSinceBluetooth()
        && routeBeforeOverride == before.routeBeforeOverride()
        && builtInMicPreferred == before.builtInMicPreferred();
  }

  State toState() {
    return new State(
        before.world(),
        connected,
        callAudioRouting,
        calls,
        systemRoute,
        voipRoute,
        lastCallRoute,
        controlCenterChoice,
        systemCallSinceBluetooth,
        routeBeforeOverride,
        builtInMicPreferred);
  }
}
