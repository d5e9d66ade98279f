package dev.callroute.core;

import static dev.callroute.core.Rejections.reject;

/** The rules of calls: ringing, dialling, answering, ending, the call screen. Package-private. */
final class SystemCallRules {
  private SystemCallRules() {}

  /**
   * Checks that a new call may exist at all: a fresh id, one app call, and a VoIP call dialled
   * while no system call exists ({@code voip.blocked-by-system-call}: an incoming VoIP call may
   * ring then; answering it is checked by {@link #answer}).
   */
  private static Rejection admit(Draft d, String id, CallType type, Rule rule) {
    if (d.before.callOrNull(id) != null) {
      return reject(d, RejectionReason.CALL_EXISTS, id, rule);
    }
    if (type == CallType.APP) {
      if (d.appCall() != null) {
        return reject(d, RejectionReason.APP_HAS_ONE_CALL, id, Rule.VOIP_BLOCKED_BY_SYSTEM_CALL);
      }
      if (rule == Rule.CALL_DIAL && !d.world().app().callKit() && d.anySystemCall()) {
        return reject(d, RejectionReason.VOIP_BLOCKED, id, Rule.VOIP_BLOCKED_BY_SYSTEM_CALL);
      }
    }
    return null;
  }

  static Rejection incomingCall(Draft d, String id, CallType type) {
    Rejection r = admit(d, id, type, Rule.CALL_WAITING);
    if (r != null) {
      return r;
    }
    boolean system = d.world().isSystemCall(type);
    if (system) {
      VoipRules.interrupt(d);
    }
    d.putCall(d.call(id, type, CallState.RINGING, system));
    return null;
  }

  static Rejection dial(Draft d, String id, CallType type) {
    Rejection r = admit(d, id, type, Rule.CALL_DIAL);
    if (r != null) {
      return r;
    }
    boolean system = d.world().isSystemCall(type);
    d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    if (!system) {
      d.putCall(d.call(id, type, CallState.ACTIVE, false));
      d.routeVoip(VoipRules.startRoute(d));
      return null;
    }
    if (d.anySystemCall()) {
      return reject(d, RejectionReason.SYSTEM_CALL_IN_PROGRESS, id, Rule.CALL_DIAL);
    }
    VoipRules.interrupt(d);
    d.putCall(d.call(id, type, CallState.ACTIVE, true));
    d.routeSystem(dialRoute(d, type == CallType.APP));
    d.systemCallSinceBluetooth = true;
    return null;
  }

  static Rejection answer(Draft d, String id, Target via) {
    Call call = d.before.callOrNull(id);
    if (call == null) {
      return reject(d, RejectionReason.NO_SUCH_CALL, id, Rule.CALL_ANSWER_ON_IPHONE);
    }
    if (call.state() != CallState.RINGING) {
      return reject(d, RejectionReason.NOT_RINGING, id, Rule.CALL_ANSWER_ON_IPHONE);
    }
    if (via.isAccessory()) {
      Rejection r = Rejections.requireConnected(d, via.accessory(), Rule.CALL_ANSWER_ON_ACCESSORY);
      if (r != null) {
        return r;
      }
      if (!d.world().known(via.accessory()).hasCallButton()) {
        return reject(
            d, RejectionReason.NO_CALL_BUTTON, via.accessory(), Rule.CALL_ANSWER_ON_ACCESSORY);
      }
      if (call.isVoip()) {
        return reject(
            d, RejectionReason.BUTTON_REACHES_SYSTEM_CALLS_ONLY, id, Rule.CALL_ANSWER_ON_ACCESSORY);
      }
    }
    d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    if (call.isVoip()) {
      if (d.anySystemCall()) {
        return reject(d, RejectionReason.VOIP_BLOCKED, id, Rule.VOIP_BLOCKED_BY_SYSTEM_CALL);
      }
      d.putCall(d.withState(call, CallState.ACTIVE));
      d.routeVoip(VoipRules.startRoute(d));
      return null;
    }
    Call active = d.find(CallState.ACTIVE, true);
    if (active != null) {
      if (d.find(CallState.HELD, true) != null) {
        return reject(d, RejectionReason.TOO_MANY_CALLS, id, Rule.CALL_WAITING);
      }
      if (active.isApp()) {
        AppApiRules.dropOverride(d);
      }
      d.putCall(d.withState(active, CallState.HELD));
      d.apply(Rule.CALL_WAITING);
    }
    d.putCall(d.withState(call, CallState.ACTIVE));
    d.routeSystem(answerRoute(d, call, via));
    d.systemCallSinceBluetooth = true;
    return null;
  }

  /** Ends or declines a call; {@code declineOnly} rejects a call that is not ringing. */
  static Rejection end(Draft d, String id, boolean declineOnly) {
    Call call = d.before.callOrNull(id);
    if (call == null) {
      return reject(d, RejectionReason.NO_SUCH_CALL, id, Rule.CALL_END);
    }
    if (declineOnly && call.state() != CallState.RINGING) {
      return reject(d, RejectionReason.NOT_RINGING, id, Rule.CALL_END);
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
      VoipRules.end(d);
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
      d.putCall(d.withState(held, CallState.ACTIVE));
      d.apply(Rule.CALL_WAITING);
      return null;
    }
    d.lastCallRoute = d.systemRoute();
    d.routeSystem(Route.NONE);
    d.apply(Rule.CALL_END);
    VoipRules.resume(d, true);
    return null;
  }

  static Rejection callScreen(Draft d, Target pick) {
    Call active = d.find(CallState.ACTIVE, true);
    if (active == null) {
      return reject(
          d,
          RejectionReason.NO_ACTIVE_SYSTEM_CALL,
          pick.toString(),
          Rule.CALL_SWITCH_ON_CALL_SCREEN);
    }
    if (pick.isAccessory()) {
      Rejection r =
          Rejections.requireConnected(d, pick.accessory(), Rule.CALL_SWITCH_ON_CALL_SCREEN);
      if (r != null) {
        return r;
      }
      if (!Routes.callCapable(d.world().known(pick.accessory()))) {
        return reject(
            d,
            RejectionReason.CANNOT_CARRY_CALLS,
            pick.accessory(),
            Rule.CALL_SWITCH_ON_CALL_SCREEN);
      }
    } else if (pick.kind() == Target.Kind.IPHONE && Routes.lastWired(d.world(), d.connected) >= 0) {
      return reject(
          d, RejectionReason.IPHONE_NOT_OFFERED, "iphone", Rule.CALL_SWITCH_ON_CALL_SCREEN);
    }
    boolean endsOverride = active.isApp() && d.speakerOverride();
    if (active.isApp()) {
      d.routeBeforeOverride = Route.NONE;
    }
    d.routeSystem(Routes.pickForSystemCall(d.world(), pick));
    d.apply(Rule.CALL_SWITCH_ON_CALL_SCREEN);
    RouteRules.coupled(d, d.systemRoute());
    // As devices report it: a Speaker pick is an Override, a pick of the iPhone or of an
    // accessory a CategoryChange; ending a standing speaker override is an Override.
    d.routeChangeReason =
        endsOverride || pick.kind() == Target.Kind.SPEAKER
            ? Notification.ROUTE_CHANGE_OVERRIDE
            : Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    return null;
  }

  /** The route of an answered system call. */
  private static Route answerRoute(Draft d, Call call, Target via) {
    Route bySetting = bySetting(d);
    if (bySetting != null) {
      return bySetting;
    }
    if (via.isAccessory()) {
      d.apply(Rule.CALL_ANSWER_ON_ACCESSORY);
      return RouteRules.coupled(
          d, Routes.accessoryCallRoute(d.world(), d.world().indexOf(via.accessory())));
    }
    return iphoneRoute(d, call.isApp());
  }

  /** The route of a dialled system call. */
  private static Route dialRoute(Draft d, boolean appCall) {
    Route bySetting = bySetting(d);
    if (bySetting != null) {
      return bySetting;
    }
    d.apply(Rule.CALL_DIAL);
    int a = RouteRules.pickLast(d, acc -> Routes.callCapable(acc));
    // with no call-capable accessory, the iPhone "as in call.answer-on-iphone"
    return a >= 0
        ? RouteRules.coupled(d, Routes.accessoryCallRoute(d.world(), a))
        : iphoneRoute(d, appCall);
  }

  /** The route Call Audio Routing forces, or null when the answer path decides. */
  private static Route bySetting(Draft d) {
    switch (d.callAudioRouting) {
      case SPEAKER:
        d.apply(Rule.SETTING_SPEAKER);
        return Route.SPEAKER;
      case BLUETOOTH_HEADSET:
        d.apply(Rule.SETTING_BLUETOOTH_HEADSET);
        int bt = RouteRules.pickLast(d, acc -> acc.hfpUsableFor(true));
        return bt >= 0 ? RouteRules.coupled(d, Route.hfp(bt)) : null;
      default:
        return null;
    }
  }

  /** An accessory connected during an active system call: a call-capable one takes the call. */
  static void accessoryConnected(Draft d, Call system, int a) {
    if (system.isApp()) {
      AppApiRules.dropOverride(d);
    }
    if (Routes.callCapable(d.world().accessory(a))) {
      d.apply(Rule.CALL_ACCESSORY_CONNECTED);
      d.routeSystem(RouteRules.coupled(d, Routes.accessoryCallRoute(d.world(), a)));
    }
  }

  /** An accessory disconnected during an active system call: a call on it falls back. */
  static void accessoryDisconnected(Draft d, Call system, int a) {
    if (system.isApp()) {
      AppApiRules.dropOverride(d);
    }
    if (d.systemRoute().uses(a)) {
      d.apply(Rule.CALL_ACCESSORY_DISCONNECTED);
      d.routeSystem(fallback(d));
    }
  }

  /**
   * The one fallback of a system call: the last call-capable accessory, the setting, the iPhone.
   */
  private static Route fallback(Draft d) {
    int next = RouteRules.pickLast(d, Routes::callCapable);
    if (next >= 0) {
      return RouteRules.coupled(d, Routes.accessoryCallRoute(d.world(), next));
    } else if (d.callAudioRouting == CallAudioRouting.SPEAKER) {
      d.apply(Rule.SETTING_SPEAKER);
      return Route.SPEAKER;
    }
    return Route.IPHONE;
  }

  /** The user changes Call Audio Routing. */
  static Rejection changeSetting(Draft d, CallAudioRouting value) {
    d.callAudioRouting = value;
    d.apply(Rule.SETTING_CHANGE);
    return null;
  }

  /** The iPhone's own route for the app's system call, named {@code call.answer-on-iphone}. */
  static Route iphoneRouteForApp(Draft d) {
    return iphoneRoute(d, true);
  }

  /**
   * The route of {@code call.answer-on-iphone}, named with it; the last of several wired
   * accessories wins ({@code route.last-in-wins}).
   */
  private static Route iphoneRoute(Draft d, boolean appCall) {
    d.apply(Rule.CALL_ANSWER_ON_IPHONE);
    RouteRules.lastInWinsAmongWired(d);
    return Routes.iphoneRoute(d.world(), d.connected, appCall);
  }
}
