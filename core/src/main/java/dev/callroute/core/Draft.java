package dev.callroute.core;

import java.util.ArrayList;
import java.util.List;

/** The mutable working copy of a {@link State} while one step is decided. Package-private. */
final class Draft {
  final State before;
  final World world;
  ConnectionOrder connected;
  CallAudioRouting callAudioRouting;
  List<Call> calls;
  boolean callsCopied;
  Route systemRoute;
  Route voipRoute;
  Route lastCallRoute;
  Target controlCenterChoice;
  boolean systemCallSinceBluetooth;
  Route routeBeforeOverride;
  boolean builtInMicPreferred;

  long rules;
  private long named;
  private int ruleCount;
  Notification routeChangeReason = Notification.ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE;
  Notification interruptionBefore;
  Notification interruptionAfter;

  Draft(State s) {
    before = s;
    world = s.world();
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

  /** Names a rule in the explanation, once (as {@link Decision#append}, without a scan). */
  void apply(Rule rule) {
    long bit = 1L << rule.ordinal();
    if ((named & bit) != 0 || ruleCount == Decision.MAX_RULES) {
      return;
    }
    named |= bit;
    rules |= (long) (rule.ordinal() + 1) << (Decision.BITS * ruleCount++);
  }

  /** Names two rules in order. */
  void apply(Rule first, Rule second) {
    apply(first);
    apply(second);
  }

  List<Call> mutableCalls() {
    if (!callsCopied) {
      calls = new ArrayList<>(calls);
      callsCopied = true;
    }
    return calls;
  }

  void putCall(Call call) {
    List<Call> list = mutableCalls();
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(call.id())) {
        list.set(i, call);
        return;
      }
    }
    list.add(call);
  }

  void removeCall(String id) {
    mutableCalls().removeIf(c -> c.id().equals(id));
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

  State toState() {
    return new State(
        world,
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
