package dev.callroute.core;

import static dev.callroute.core.Rejections.reject;

/**
 * Step handler for accessories connecting and disconnecting: it keeps the bookkeeping (the order of
 * connected accessories, the Control Center choice) and leaves every route decision to the deciders
 * {@link SystemCallRules}, {@link VoipRules} and {@link RouteRules}. Package-private.
 */
final class AccessoryRules {
  private AccessoryRules() {}

  static Rejection connect(Draft d, String id) {
    int a = d.world().indexOf(id);
    if (a < 0) {
      return reject(d, RejectionReason.UNKNOWN_ACCESSORY, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    if (d.connected.contains(a)) {
      return reject(d, RejectionReason.ALREADY_CONNECTED, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    Accessory acc = d.world().accessory(a);
    d.connected = d.connectedWith(a);
    d.controlCenterChoice = Target.NONE;
    d.routeChangeReason = Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
    if (acc.kind().isBluetooth()) {
      RouteRules.bluetoothConnected(d);
    }
    Call system = d.find(CallState.ACTIVE, true);
    if (system != null) {
      SystemCallRules.accessoryConnected(d, system, a);
    }
    Call voip = d.voipCall();
    if (voip != null && voip.state() == CallState.ACTIVE) {
      VoipRules.accessoryConnected(d, a);
    }
    return null;
  }

  static Rejection disconnect(Draft d, String id) {
    int a = d.world().indexOf(id);
    if (a < 0) {
      return reject(d, RejectionReason.UNKNOWN_ACCESSORY, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    if (!d.connected.contains(a)) {
      return reject(d, RejectionReason.NOT_CONNECTED, id, Rule.ROUTE_ONLY_CONNECTED_PORTS);
    }
    d.connected = d.connectedWithout(a);
    d.controlCenterChoice = Target.NONE;
    d.routeChangeReason = Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
    Call system = d.find(CallState.ACTIVE, true);
    if (system != null) {
      SystemCallRules.accessoryDisconnected(d, system, a);
    }
    Call voip = d.voipCall();
    if (voip != null && voip.state() != CallState.RINGING) {
      VoipRules.accessoryDisconnected(d, voip, a);
    }
    return null;
  }
}
