package dev.callroute.core;

import static dev.callroute.core.Rejections.reject;

import java.util.function.Predicate;

/** The rules of accessories connecting and disconnecting. Package-private. */
final class AccessoryRules {
  private AccessoryRules() {}

  /**
   * The most recently connected accessory that qualifies, or -1; names {@code route.last-in-wins}
   * when more than one qualifies.
   */
  static int pickLast(Draft d, Predicate<Accessory> qualifies) {
    World w = d.world();
    ConnectionOrder c = d.connected;
    int found = -1;
    for (int i = c.size() - 1; i >= 0; i--) {
      int a = c.get(i);
      if (qualifies.test(w.accessory(a))) {
        if (found >= 0) {
          d.apply(Rule.ROUTE_LAST_IN_WINS);
          break;
        }
        found = a;
      }
    }
    return found;
  }

  static Rejection connect(Draft d, String id) {
    int a = d.world().indexOf(id);
    if (a < 0) {
      return reject(RejectionReason.UNKNOWN_ACCESSORY, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    if (d.connected.contains(a)) {
      return reject(RejectionReason.ALREADY_CONNECTED, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    Accessory acc = d.world().accessory(a);
    d.connected = d.connected.with(a);
    d.controlCenterChoice = Target.NONE;
    d.routeChangeReason = Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
    if (acc.kind().isBluetooth()) {
      d.systemCallSinceBluetooth = false;
      d.apply(Rule.BLUETOOTH_CONNECT_STARTS_NEW_PERIOD);
    }
    Call system = d.find(CallState.ACTIVE, true);
    if (system != null) {
      if (system.isApp()) {
        AppApiRules.dropOverride(d);
      }
      if (Routes.callCapable(acc)) {
        d.apply(Rule.CALL_ACCESSORY_CONNECTED);
        d.systemRoute = SystemCallRules.coupled(d, Routes.accessoryCallRoute(d.world(), a));
      }
    }
    Call voip = d.voipCall();
    if (voip != null && voip.state() == CallState.ACTIVE) {
      AppApiRules.dropOverride(d);
      if (d.world().app().isReceiver()) {
        d.apply(Rule.VOIP_ACCESSORY_CONNECTED);
        d.voipRoute = Route.playback(acc.mediaOutput(), a);
      } else if (Routes.voipCapable(acc)) {
        d.apply(Rule.VOIP_ACCESSORY_CONNECTED);
        d.voipRoute = SystemCallRules.coupled(d, Routes.accessoryCallRoute(d.world(), a));
      } else if (acc.hfp() == HfpSupport.SYSTEM_CALLS_ONLY) {
        d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
      }
    }
    return null;
  }

  static Rejection disconnect(Draft d, String id) {
    int a = d.world().indexOf(id);
    if (a < 0) {
      return reject(RejectionReason.UNKNOWN_ACCESSORY, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    if (!d.connected.contains(a)) {
      return reject(RejectionReason.NOT_CONNECTED, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    d.connected = d.connected.without(a);
    d.controlCenterChoice = Target.NONE;
    d.routeChangeReason = Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
    Call system = d.find(CallState.ACTIVE, true);
    if (system != null) {
      if (system.isApp()) {
        AppApiRules.dropOverride(d);
      }
      if (d.systemRoute.uses(a)) {
        d.apply(Rule.CALL_ACCESSORY_DISCONNECTED);
        int next = pickLast(d, Routes::callCapable);
        if (next >= 0) {
          d.systemRoute = SystemCallRules.coupled(d, Routes.accessoryCallRoute(d.world(), next));
        } else if (d.callAudioRouting == CallAudioRouting.SPEAKER) {
          d.apply(Rule.SETTING_SPEAKER);
          d.systemRoute = Route.SPEAKER;
        } else {
          d.systemRoute = Route.IPHONE;
        }
      }
    }
    Call voip = d.voipCall();
    if (voip != null && voip.state() != CallState.RINGING) {
      if (voip.state() == CallState.ACTIVE) {
        AppApiRules.dropOverride(d);
      }
      if (d.voipRoute.uses(a)) {
        d.apply(Rule.VOIP_ACCESSORY_DISCONNECTED);
        d.voipRoute = voipFallback(d);
      }
    }
    return null;
  }

  /** The most recently connected accessory the session can use, otherwise its default. */
  private static Route voipFallback(Draft d) {
    if (!d.world().app().isReceiver()) {
      int next = pickLast(d, Routes::voipCapable);
      if (Routes.lastCallCapable(d.world(), d.connected) != next) {
        // a later accessory would have taken the call, but its HFP serves system calls only
        d.apply(Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
      }
      if (next >= 0) {
        return SystemCallRules.coupled(d, Routes.accessoryCallRoute(d.world(), next));
      }
    }
    return VoipRules.defaultRoute(d);
  }
}
