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
        return SystemCallRules.coupled(d, picked);
      }
      if (choice.isAccessory()
          && w.accessory(choice.accessory()).orElseThrow().hfp() == HfpSupport.SYSTEM_CALLS_ONLY) {
        d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
      }
    }
    if (w.app().isReceiver()) {
      return defaultRoute(d);
    }
    int bt = AccessoryRules.pickLast(d, acc -> acc.hfpUsableFor(false));
    if (bt >= 0) {
      if (!d.systemCallSinceBluetooth) {
        d.apply(Rule.VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL);
        if (Routes.lastBluetoothFor(w, c, true) != bt) {
          // a later accessory would have won, but its HFP serves system calls only
          d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
        }
        return SystemCallRules.coupled(d, Route.hfp(bt));
      }
      d.apply(Rule.VOIP_LAST_CALL_ROUTE);
      Route last = Routes.recoupled(w, d.lastCallRoute);
      if (Routes.voipCanUse(w, c, last)) {
        return SystemCallRules.coupled(d, last);
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
    if (!Routes.connected(r, d.connected)) {
      d.apply(Rule.ROUTE_ONLY_CONNECTED_PORTS);
    } else if (r.output() == Port.BLUETOOTH_HFP
        && d.world().accessory(r.outputAccessory()).hfp() == HfpSupport.SYSTEM_CALLS_ONLY) {
      d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
    }
  }

  /** The session's default route, named in the explanation. */
  static Route defaultRoute(Draft d) {
    d.apply(Rule.VOIP_DEFAULT_ROUTE);
    if (d.world().app().isReceiver() && d.connected.size() > 1) {
      d.apply(Rule.ROUTE_LAST_IN_WINS);
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
        d.voipRoute = ended;
      } else {
        explainUnusable(d, ended);
        d.voipRoute = defaultRoute(d);
      }
    } else {
      d.apply(Rule.VOIP_INTERRUPTED_BY_SYSTEM_CALL);
    }
    if (!d.anySystemCall()) {
      d.putCall(voip.withState(CallState.ACTIVE));
      d.interruptionEndedShouldResume = true;
    }
  }

  static Rejection controlCenter(Draft d, Target pick) {
    Rule rule = Rule.VOIP_CONTROL_CENTER_CHOICE;
    if (d.anySystemCall()) {
      return reject(RejectionReason.CONTROL_CENTER_DURING_SYSTEM_CALL, pick.toString(), rule);
    }
    Call voip = d.voipCall();
    boolean callActive = voip != null && voip.state() == CallState.ACTIVE;
    if (pick.isAccessory()) {
      Rejection r = Rejections.requireConnected(d, pick.accessory(), rule);
      if (r != null) {
        return r;
      }
      Accessory acc = d.world().accessory(pick.accessory()).orElseThrow();
      if (callActive && !d.world().app().isReceiver() && acc.kind().isBluetooth()) {
        if (acc.hfp() == HfpSupport.NEVER) {
          return reject(RejectionReason.CANNOT_CARRY_CALLS, acc.id(), rule);
        }
        if (!acc.hfpUsableFor(false)) {
          return reject(
              RejectionReason.HFP_NOT_USABLE_BY_VOIP,
              acc.id(),
              Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
        }
      }
    } else if (pick.kind() == Target.Kind.IPHONE && Routes.lastWired(d.world(), d.connected) >= 0) {
      return reject(RejectionReason.IPHONE_NOT_OFFERED, "iphone", rule);
    }
    d.controlCenterChoice = pick;
    d.apply(rule);
    d.routeChangeReason = Notification.ROUTE_CHANGE_OVERRIDE;
    if (callActive) {
      d.routeBeforeOverride = Route.NONE;
      d.voipRoute = SystemCallRules.coupled(d, Routes.pickForSession(d.world(), pick));
    }
    return null;
  }
}
