package dev.callroute.core;

import java.util.function.Predicate;

/**
 * Decider for the section "Routes in general" of {@code docs/routing-rules.md}: the rules {@code
 * route.hfp-couples-input-output}, {@code route.only-connected-ports}, {@code route.last-in-wins},
 * {@code bluetooth.connect-starts-new-period} and {@code idle.media-route} are applied here and
 * nowhere else. Package-private; it calls only the pure helpers of {@link Routes}.
 */
final class RouteRules {
  private RouteRules() {}

  /** Names the HFP coupling rule when a route is on Bluetooth HFP; returns the route. */
  static Route coupled(Draft d, Route r) {
    if (r.output() == Port.BLUETOOTH_HFP) {
      d.apply(Rule.ROUTE_HFP_COUPLES_INPUT_OUTPUT);
    }
    return r;
  }

  /**
   * The most recently connected accessory that qualifies, or -1; names {@code route.last-in-wins}
   * when more than one qualifies, or when a more recently connected one was passed over because it
   * does not qualify (such as a speaker with {@code hfp: never} for a call).
   */
  static int pickLast(Draft d, Predicate<Accessory> qualifies) {
    World w = d.world();
    ConnectionOrder c = d.connected;
    int found = -1;
    for (int i = c.size() - 1; i >= 0; i--) {
      int a = c.get(i);
      if (qualifies.test(w.accessory(a))) {
        if (found >= 0 || i < c.size() - 1) {
          d.apply(Rule.ROUTE_LAST_IN_WINS);
        }
        if (found >= 0) {
          break;
        }
        found = a;
      }
    }
    return found;
  }

  /** Names {@code route.last-in-wins} when more than one wired accessory is connected. */
  static void lastInWinsAmongWired(Draft d) {
    World w = d.world();
    int wired = 0;
    for (int i = 0; i < d.connected.size(); i++) {
      if (w.accessory(d.connected.get(i)).kind().isWired()) {
        wired++;
      }
    }
    if (wired > 1) {
      d.apply(Rule.ROUTE_LAST_IN_WINS);
    }
  }

  /** Names {@code route.last-in-wins} when more than one accessory is connected. */
  static void lastInWinsAmongConnected(Draft d) {
    if (d.connected.size() > 1) {
      d.apply(Rule.ROUTE_LAST_IN_WINS);
    }
  }

  /** A remembered route whose port is gone: names {@code route.only-connected-ports}. */
  static boolean explainDisconnected(Draft d, Route r) {
    if (!Routes.connected(r, d.connected)) {
      d.apply(Rule.ROUTE_ONLY_CONNECTED_PORTS);
      return true;
    }
    return false;
  }

  /** A Bluetooth accessory connected: a new period without a system call starts. */
  static void bluetoothConnected(Draft d) {
    d.systemCallSinceBluetooth = false;
    d.apply(Rule.BLUETOOTH_CONNECT_STARTS_NEW_PERIOD);
  }

  /** No call owns the route: names the media rules. */
  static void media(Draft d) {
    if (d.controlCenterChoice.kind() == Target.Kind.NONE) {
      lastInWinsAmongConnected(d);
    }
    d.apply(Rule.IDLE_MEDIA_ROUTE);
  }
}
