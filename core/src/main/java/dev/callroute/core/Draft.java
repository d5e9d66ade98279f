package dev.callroute.core;

import java.util.List;

/**
 * The mutable working copy of a {@link State} while one step is decided. {@link Engine#next} makes
 * a new one per step; a {@link Stepper} keeps one and {@link #reset}s it, so every field is set in
 * {@link #reset} and nowhere else before a step. Read through {@link StateView} after the step (the
 * successor, without building a {@link State}). Package-private.
 */
final class Draft implements StateView {
  State before;
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
  Notification routeChangeReason;

  /** Whether the step reports {@link Notification#INTERRUPTION_BEGAN} before its route change. */
  boolean interruptionBegan;

  /** Whether the step reports {@link Notification#INTERRUPTION_ENDED_SHOULD_RESUME} last. */
  boolean interruptionEndedShouldResume;

  /** Set by {@link Engine#settle}: who owns the route after the step, and the route. */
  State.Owner owner;

  Route now;

  // The current route of `before`, computed once per state a Stepper steps from; null until asked.
  private Route beforeRoute;
  // The calls once the step changed them: one reused buffer, so that changing calls allocates
  // nothing; `calls` is either before.calls() or this.
  private CallList buffer;

  // The values this draft's steps build, kept to build each once: a stepper's draft only.
  final Interned interned;

  /** A working copy of this state, for one step. */
  Draft(State s) {
    interned = null;
    reset(s);
  }

  /** A working copy to {@link #reset} before each step, which keeps the values it builds. */
  Draft() {
    interned = new Interned();
  }

  /** The call with these components (kept, for a stepper's draft). */
  Call call(String id, CallType type, CallState state, boolean system) {
    return interned == null
        ? new Call(id, type, state, system)
        : interned.call(id, type, state, system);
  }

  /** The same call in another state. */
  Call withState(Call c, CallState state) {
    return call(c.id(), c.type(), state, c.system());
  }

  /** The connection order with the accessory connected last. */
  ConnectionOrder connectedWith(int accessory) {
    return interned == null
        ? connected.with(accessory)
        : interned.order(connected.packedWith(accessory));
  }

  /** The connection order without the accessory. */
  ConnectionOrder connectedWithout(int accessory) {
    return interned == null
        ? connected.without(accessory)
        : interned.order(connected.packedWithout(accessory));
  }

  /** Makes this the working copy of {@code s}, as a new one would be. */
  void reset(State s) {
    if (s != before) {
      before = s;
      beforeRoute = null;
    }
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
    rules = 0L;
    named = 0;
    routeChangeReason = Notification.ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE;
    interruptionBegan = false;
    interruptionEndedShouldResume = false;
    owner = null;
    now = null;
  }

  /** The current route before the step. */
  Route beforeRoute() {
    if (beforeRoute == null) {
      beforeRoute = before.currentRoute();
    }
    return beforeRoute;
  }

  /** The route of the system calls as the step left it so far. */
  @Override
  public Route systemRoute() {
    return systemRoute;
  }

  /** The route of the VoIP call as the step left it so far. */
  @Override
  public Route voipRoute() {
    return voipRoute;
  }

  @Override
  public ConnectionOrder connected() {
    return connected;
  }

  @Override
  public CallAudioRouting callAudioRouting() {
    return callAudioRouting;
  }

  @Override
  public List<Call> calls() {
    return calls;
  }

  @Override
  public Route lastCallRoute() {
    return lastCallRoute;
  }

  @Override
  public Target controlCenterChoice() {
    return controlCenterChoice;
  }

  @Override
  public boolean systemCallSinceBluetooth() {
    return systemCallSinceBluetooth;
  }

  @Override
  public Route routeBeforeOverride() {
    return routeBeforeOverride;
  }

  @Override
  public boolean builtInMicPreferred() {
    return builtInMicPreferred;
  }

  /** Who owns the route: as settled after the step, else from the calls. */
  @Override
  public State.Owner owner() {
    return owner != null ? owner : StateView.super.owner();
  }

  /** The current route: as settled after the step, else from the components. */
  @Override
  public Route currentRoute() {
    return now != null ? now : StateView.super.currentRoute();
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
  @Override
  public World world() {
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
    CallList b = editableCalls();
    int n = b.size();
    for (int i = 0; i < n; i++) {
      if (b.get(i).id().equals(call.id())) {
        b.set(i, call);
        return;
      }
    }
    b.add(call);
  }

  /** Removes the call with this id. */
  void removeCall(String id) {
    CallList b = editableCalls();
    for (int i = 0; i < b.size(); i++) {
      if (b.get(i).id().equals(id)) {
        b.remove(i);
        return;
      }
    }
  }

  /** The calls as a buffer this step may change: a copy of the state's on the first change. */
  private CallList editableCalls() {
    if (calls != buffer) {
      if (buffer == null) {
        buffer = CallList.editable();
      }
      buffer.copyFrom(calls);
      calls = buffer;
    }
    return buffer;
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

  /** The state as the step left it; {@link #before} itself when nothing changed. */
  @Override
  public State toState() {
    if (unchanged()) {
      return before;
    }
    if (calls == buffer && interned == null) {
      // A one-step draft hands its list of calls to the state rather than have it copied.
      buffer.freeze();
      buffer = null;
    }
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
