package dev.callroute.core;

import static dev.callroute.core.Rejections.reject;

/** The rules of calls: ringing, dialling, answering, ending, the call screen. Package-private. */
final class SystemCallRules {
  private SystemCallRules() {}

  /** Whether a call of this type is a system call in this world. */
  static boolean isSystem(World w, CallType type) {
    return type != CallType.APP || w.app().callKit();
  }

  /** Checks that a new call may exist at all: a fresh id, one app call, VoIP blocked by calls. */
  private static Rejection admit(Draft d, String id, CallType type, Rule rule) {
    if (d.before.callOrNull(id) != null) {
      return reject(RejectionReason.CALL_EXISTS, id, rule);
    }
    if (type == CallType.APP) {
      if (d.appCall() != null) {
        return reject(RejectionReason.APP_HAS_ONE_CALL, id, Rule.VOIP_BLOCKED_BY_SYSTEM_CALL);
      }
      if (!d.world().app().callKit() && d.anySystemCall()) {
        return reject(RejectionReason.VOIP_BLOCKED, id, Rule.VOIP_BLOCKED_BY_SYSTEM_CALL);
      }
    }
    return null;
  }

  static Rejection incomingCall(Draft d, String id, CallType type) {
    Rejection r = admit(d, id, type, Rule.CALL_WAITING);
    if (r != null) {
      return r;
    }
    boolean system = isSystem(d.world(), type);
    if (system) {
      interruptVoip(d);
    }
    d.putCall(new Call(id, type, CallState.RINGING, system));
    return null;
  }

  static Rejection dial(Draft d, String id, CallType type) {
    Rejection r = admit(d, id, type, Rule.CALL_DIAL);
    if (r != null) {
      return r;
    }
    boolean system = isSystem(d.world(), type);
    d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    if (!system) {
      d.putCall(new Call(id, type, CallState.ACTIVE, false));
      d.voipRoute = VoipRules.startRoute(d);
      return null;
    }
    if (d.anySystemCall()) {
      return reject(RejectionReason.SYSTEM_CALL_IN_PROGRESS, id, Rule.CALL_DIAL);
    }
    interruptVoip(d);
    d.putCall(new Call(id, type, CallState.ACTIVE, true));
    d.systemRoute = dialRoute(d, type == CallType.APP);
    d.systemCallSinceBluetooth = true;
    return null;
  }

  static Rejection answer(Draft d, String id, Target via) {
    Call call = d.before.callOrNull(id);
    if (call == null) {
      return reject(RejectionReason.NO_SUCH_CALL, id, Rule.CALL_ANSWER_ON_IPHONE);
    }
    if (call.state() != CallState.RINGING) {
      return reject(RejectionReason.NOT_RINGING, id, Rule.CALL_ANSWER_ON_IPHONE);
    }
    if (via.isAccessory()) {
      Rejection r = Rejections.requireConnected(d, via.accessory(), Rule.CALL_ANSWER_ON_ACCESSORY);
      if (r != null) {
        return r;
      }
      if (!d.world().accessory(via.accessory()).orElseThrow().hasCallButton()) {
        return reject(
            RejectionReason.NO_CALL_BUTTON, via.accessory(), Rule.CALL_ANSWER_ON_ACCESSORY);
      }
      if (call.isVoip()) {
        return reject(
            RejectionReason.BUTTON_REACHES_SYSTEM_CALLS_ONLY, id, Rule.CALL_ANSWER_ON_ACCESSORY);
      }
    }
    d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    if (call.isVoip()) {
      if (d.anySystemCall()) {
        return reject(RejectionReason.VOIP_BLOCKED, id, Rule.VOIP_BLOCKED_BY_SYSTEM_CALL);
      }
      d.putCall(call.withState(CallState.ACTIVE));
      d.voipRoute = VoipRules.startRoute(d);
      return null;
    }
    Call active = d.find(CallState.ACTIVE, true);
    if (active != null) {
      if (d.find(CallState.HELD, true) != null) {
        return reject(RejectionReason.TOO_MANY_CALLS, id, Rule.CALL_WAITING);
      }
      if (active.isApp()) {
        AppApiRules.dropOverride(d);
      }
      d.putCall(active.withState(CallState.HELD));
      d.apply(Rule.CALL_WAITING);
    }
    d.putCall(call.withState(CallState.ACTIVE));
    d.systemRoute = answerRoute(d, call, via);
    d.systemCallSinceBluetooth = true;
    return null;
  }

  /** Ends or declines a call; {@code declineOnly} rejects a call that is not ringing. */
  static Rejection end(Draft d, String id, boolean declineOnly) {
    Call call = d.before.callOrNull(id);
    if (call == null) {
      return reject(RejectionReason.NO_SUCH_CALL, id, Rule.CALL_END);
    }
    if (declineOnly && call.state() != CallState.RINGING) {
      return reject(RejectionReason.NOT_RINGING, id, Rule.CALL_END);
    }
    d.removeCall(id);
    if (call.state() == CallState.RINGING) {
      if (call.system()) {
        VoipRules.resume(d, false);
      }
      return null;
    }
    d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    if (call.isVoip()) {
      d.lastCallRoute = d.voipRoute;
      d.voipRoute = Route.NONE;
      d.routeBeforeOverride = Route.NONE;
      d.apply(Rule.VOIP_END);
      return null;
    }
    if (call.isApp()) {
      d.routeBeforeOverride = Route.NONE;
    }
    if (call.state() == CallState.HELD) {
      return null;
    }
    Call held = d.find(CallState.HELD, true);
    if (held != null) {
      d.putCall(held.withState(CallState.ACTIVE));
      d.apply(Rule.CALL_WAITING);
      return null;
    }
    d.lastCallRoute = d.systemRoute;
    d.systemRoute = Route.NONE;
    d.apply(Rule.CALL_END);
    VoipRules.resume(d, true);
    return null;
  }

  static Rejection callScreen(Draft d, Target pick) {
    Call active = d.find(CallState.ACTIVE, true);
    if (active == null) {
      return reject(
          RejectionReason.NO_ACTIVE_SYSTEM_CALL, pick.toString(), Rule.CALL_SWITCH_ON_CALL_SCREEN);
    }
    if (pick.isAccessory()) {
      Rejection r =
          Rejections.requireConnected(d, pick.accessory(), Rule.CALL_SWITCH_ON_CALL_SCREEN);
      if (r != null) {
        return r;
      }
      if (!Routes.callCapable(d.world().accessory(pick.accessory()).orElseThrow())) {
        return reject(
            RejectionReason.CANNOT_CARRY_CALLS, pick.accessory(), Rule.CALL_SWITCH_ON_CALL_SCREEN);
      }
    } else if (pick.kind() == Target.Kind.IPHONE && Routes.lastWired(d.world(), d.connected) >= 0) {
      return reject(RejectionReason.IPHONE_NOT_OFFERED, "iphone", Rule.CALL_SWITCH_ON_CALL_SCREEN);
    }
    if (active.isApp()) {
      d.routeBeforeOverride = Route.NONE;
    }
    d.systemRoute = Routes.pickForSystemCall(d.world(), pick);
    d.apply(Rule.CALL_SWITCH_ON_CALL_SCREEN);
    coupled(d, d.systemRoute);
    d.routeChangeReason = Notification.ROUTE_CHANGE_OVERRIDE;
    return null;
  }

  /** A system call rings or is dialled: an active VoIP call is interrupted. */
  private static void interruptVoip(Draft d) {
    Call voip = d.voipCall();
    if (voip != null && voip.state() == CallState.ACTIVE) {
      AppApiRules.dropOverride(d);
      d.putCall(voip.withState(CallState.HELD));
      d.interruptionBegan = true;
      d.apply(Rule.VOIP_INTERRUPTED_BY_SYSTEM_CALL);
      d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    }
  }

  /** The route of an answered system call. */
  private static Route answerRoute(Draft d, Call call, Target via) {
    Route bySetting = bySetting(d);
    if (bySetting != null) {
      return bySetting;
    }
    if (via.isAccessory()) {
      d.apply(Rule.CALL_ANSWER_ON_ACCESSORY);
      return coupled(d, Routes.accessoryCallRoute(d.world(), d.world().indexOf(via.accessory())));
    }
    d.apply(Rule.CALL_ANSWER_ON_IPHONE);
    return Routes.iphoneRoute(d.world(), d.connected, call.isApp());
  }

  /** The route of a dialled system call. */
  private static Route dialRoute(Draft d, boolean appCall) {
    Route bySetting = bySetting(d);
    if (bySetting != null) {
      return bySetting;
    }
    d.apply(Rule.CALL_DIAL);
    int a = AccessoryRules.pickLast(d, acc -> Routes.callCapable(acc));
    return a >= 0
        ? coupled(d, Routes.accessoryCallRoute(d.world(), a))
        : Routes.iphoneRoute(d.world(), d.connected, appCall);
  }

  /** The route Call Audio Routing forces, or null when the answer path decides. */
  private static Route bySetting(Draft d) {
    switch (d.callAudioRouting) {
      case SPEAKER:
        d.apply(Rule.SETTING_SPEAKER);
        return Route.SPEAKER;
      case BLUETOOTH_HEADSET:
        d.apply(Rule.SETTING_BLUETOOTH_HEADSET);
        int bt = AccessoryRules.pickLast(d, acc -> acc.hfpUsableFor(true));
        return bt >= 0 ? coupled(d, Route.hfp(bt)) : null;
      default:
        return null;
    }
  }

  /** Names the HFP coupling rule when a route is on Bluetooth HFP. */
  static Route coupled(Draft d, Route r) {
    if (r.output() == Port.BLUETOOTH_HFP) {
      d.apply(Rule.ROUTE_HFP_COUPLES_INPUT_OUTPUT);
    }
    return r;
  }
}
