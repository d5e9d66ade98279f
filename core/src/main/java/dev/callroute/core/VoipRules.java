package dev.callroute.core;

import static dev.callroute.core.Rejections.reject;

/** The rules of the app's VoIP call and of Control Center. Package-private. */
final class VoipRules {
  private VoipRules() {}

  /** The route of a VoIP call that starts now (dialled or answered). */
  static Route startRoute(Draft d) {
    World w = d.world();
    ConnectionOrder c = d.connected;
    Target choice = d.controlCenterChoice;
    if (choice.kind() != Target.Kind.NONE) {
      d.apply(Rule.VOIP_CONTROL_CENTER_CHOICE);
      Route picked = Routes.pickForSession(w, choice);
      if (Routes.voipCanUse(w, c, picked)) {
        return RouteRules.coupled(d, picked);
      }
      if (choice.isAccessory()
          && w.known(choice.accessory()).hfp() == HfpSupport.SYSTEM_CALLS_ONLY) {
        d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
      }
    }
    if (w.app().isReceiver()) {
      return defaultRoute(d);
    }
    int bt = RouteRules.pickLast(d, acc -> acc.hfpUsableFor(false));
    if (bt >= 0) {
      if (!d.systemCallSinceBluetooth) {
        d.apply(Rule.VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL);
        if (Routes.lastBluetoothFor(w, c, true) != bt) {
          // a later accessory would have won, but its HFP serves system calls only
          d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
        }
        return RouteRules.coupled(d, Route.hfp(bt));
      }
      d.apply(Rule.VOIP_LAST_CALL_ROUTE);
      Route last = Routes.recoupled(w, d.lastCallRoute);
      if (Routes.voipCanUse(w, c, last)) {
        return RouteRules.coupled(d, last);
      }
      explainUnusable(d, last);
    } else if (Routes.systemOnlyBluetoothConnected(w, c)) {
      if (!d.systemCallSinceBluetooth) {
        d.apply(Rule.VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL);
      }
      d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
    }
    return defaultRoute(d);
  }

  /** Names the rule that made a remembered route unusable. */
  private static void explainUnusable(Draft d, Route r) {
    if (r.isNone()) {
      return;
    }
    if (RouteRules.explainDisconnected(d, r)) {
      return;
    }
    if (r.output() == Port.BLUETOOTH_HFP
        && d.world().accessory(r.outputAccessory()).hfp() == HfpSupport.SYSTEM_CALLS_ONLY) {
      d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
    }
  }

  /** The session's default route, named in the explanation. */
  static Route defaultRoute(Draft d) {
    d.apply(Rule.VOIP_DEFAULT_ROUTE);
    if (d.world().app().isReceiver()) {
      RouteRules.lastInWinsAmongConnected(d);
    } else {
      RouteRules.lastInWinsAmongWired(d);
    }
    return Routes.voipDefault(d.world(), d.connected);
  }

  /**
   * The last system call ended ({@code afterActiveCall}) or a ringing one went away: an interrupted
   * VoIP call takes its resume route and, once no system call remains, resumes.
   */
  static void resume(Draft d, boolean afterActiveCall) {
    Call voip = d.voipCall();
    if (voip == null || voip.state() != CallState.HELD) {
      return;
    }
    if (afterActiveCall) {
      d.apply(Rule.VOIP_RESUME_AFTER_INTERRUPTION);
      Route ended = Routes.recoupled(d.world(), d.lastCallRoute);
      if (Routes.voipCanUse(d.world(), d.connected, ended)) {
        d.routeVoip(ended);
      } else {
        explainUnusable(d, ended);
        d.routeVoip(defaultRoute(d));
      }
    } else {
      d.apply(Rule.VOIP_INTERRUPTED_BY_SYSTEM_CALL);
    }
    if (!d.anySystemCall()) {
      d.putCall(d.withState(voip, CallState.ACTIVE));
      d.interruptionEndedShouldResume = true;
    }
  }

  /** A system call rings or is dialled: an active VoIP call is interrupted. */
  static void interrupt(Draft d) {
    Call voip = d.voipCall();
    if (voip != null && voip.state() == CallState.ACTIVE) {
      AppApiRules.dropOverride(d);
      d.putCall(d.withState(voip, CallState.HELD));
      d.interruptionBegan = true;
      d.apply(Rule.VOIP_INTERRUPTED_BY_SYSTEM_CALL);
      d.routeChangeReason = Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
    }
  }

  /** The VoIP call ended (it was removed from the calls): its route is remembered. */
  static void end(Draft d) {
    d.lastCallRoute = d.voipRoute();
    d.routeVoip(Route.NONE);
    d.routeBeforeOverride = Route.NONE;
    d.apply(Rule.VOIP_END);
  }

  /** An accessory connected during the active VoIP call. */
  static void accessoryConnected(Draft d, int a) {
    Accessory acc = d.world().accessory(a);
    AppApiRules.dropOverride(d);
    if (d.world().app().isReceiver()) {
      d.apply(Rule.VOIP_ACCESSORY_CONNECTED);
      d.routeVoip(Route.playback(acc.mediaOutput(), a));
    } else if (Routes.voipCapable(acc)) {
      d.apply(Rule.VOIP_ACCESSORY_CONNECTED);
      d.routeVoip(RouteRules.coupled(d, Routes.accessoryCallRoute(d.world(), a)));
    } else if (acc.hfp() == HfpSupport.SYSTEM_CALLS_ONLY) {
      d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
    }
  }

  /** An accessory disconnected while the VoIP call is active or held: a call on it falls back. */
  static void accessoryDisconnected(Draft d, Call voip, int a) {
    if (voip.state() == CallState.ACTIVE) {
      AppApiRules.dropOverride(d);
    }
    if (d.voipRoute().uses(a)) {
      d.apply(Rule.VOIP_ACCESSORY_DISCONNECTED);
      d.routeVoip(fallback(d));
    }
  }

  /** The one fallback of a VoIP call: the last accessory it can use, otherwise its default. */
  private static Route fallback(Draft d) {
    if (!d.world().app().isReceiver()) {
      int next = RouteRules.pickLast(d, Routes::voipCapable);
      if (Routes.lastCallCapable(d.world(), d.connected) != next) {
        // a later accessory would have taken the call, but its HFP serves system calls only
        d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
      }
      if (next >= 0) {
        return RouteRules.coupled(d, Routes.accessoryCallRoute(d.world(), next));
      }
    }
    return defaultRoute(d);
  }

  static Rejection controlCenter(Draft d, Target pick) {
    Rule rule = Rule.VOIP_CONTROL_CENTER_CHOICE;
    if (d.anySystemCall()) {
      return reject(d, RejectionReason.CONTROL_CENTER_DURING_SYSTEM_CALL, pick.toString(), rule);
    }
    Call voip = d.voipCall();
    boolean callActive = voip != null && voip.state() == CallState.ACTIVE;
    if (pick.isAccessory()) {
      Rejection r = Rejections.requireConnected(d, pick.accessory(), rule);
      if (r != null) {
        return r;
      }
      Accessory acc = d.world().known(pick.accessory());
      if (callActive && !d.world().app().isReceiver() && acc.kind().isBluetooth()) {
        if (acc.hfp() == HfpSupport.NEVER) {
          return reject(d, RejectionReason.CANNOT_CARRY_CALLS, acc.id(), rule);
        }
        if (!acc.hfpUsableFor(false)) {
          return reject(
              d,
              RejectionReason.HFP_NOT_USABLE_BY_VOIP,
              acc.id(),
              Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
        }
      }
    } else if (pick.kind() == Target.Kind.IPHONE && Routes.lastWired(d.world(), d.connected) >= 0) {
      return reject(d, RejectionReason.IPHONE_NOT_OFFERED, "iphone", rule);
    }
    d.controlCenterChoice = pick;
    d.apply(rule);
    d.routeChangeReason = Notification.ROUTE_CHANGE_OVERRIDE;
    if (callActive) {
      d.routeBeforeOverride = Route.NONE;
      d.routeVoip(RouteRules.coupled(d, Routes.pickForSession(d.world(), pick)));
    }
    return null;
  }
}
