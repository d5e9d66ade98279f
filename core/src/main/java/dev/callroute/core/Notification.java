package dev.callroute.core;

import java.util.Optional;

/** What a step reports to the app: a route change with its reason, or an interruption. */
public enum Notification {
  /** The route changed because an accessory connected. */
  ROUTE_CHANGE_NEW_DEVICE_AVAILABLE("routeChange:newDeviceAvailable"),
  /** The route changed because an accessory disconnected. */
  ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE("routeChange:oldDeviceUnavailable"),
  /** The route changed by the speaker override, a call-screen pick or a Control Center pick. */
  ROUTE_CHANGE_OVERRIDE("routeChange:override"),
  /** The route changed because a call's audio started or stopped. */
  ROUTE_CHANGE_CATEGORY_CHANGE("routeChange:categoryChange"),
  /** The route changed for any other reason. */
  ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE("routeChange:routeConfigurationChange"),
  /** The app's VoIP session was interrupted by a system call. */
  INTERRUPTION_BEGAN("interruptionBegan"),
  /** The interruption ended and the session should not resume on its own. */
  INTERRUPTION_ENDED("interruptionEnded"),
  /** The interruption ended and the session should resume. */
  INTERRUPTION_ENDED_SHOULD_RESUME("interruptionEnded:shouldResume");

  private final String specName;

  Notification(String specName) {
    this.specName = specName;
  }

  /** The name scenario files use, such as {@code routeChange:override}. */
  public String specName() {
    return specName;
  }

  /** Whether this is a route change. */
  public boolean isRouteChange() {
    return ordinal() <= ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE.ordinal();
  }

  /**
   * Whether an expectation naming {@code this} is met by {@code actual}: {@code interruptionEnded}
   * also matches {@code interruptionEnded:shouldResume}.
   */
  public boolean matches(Notification actual) {
    return this == actual
        || (this == INTERRUPTION_ENDED && actual == INTERRUPTION_ENDED_SHOULD_RESUME);
  }

  /** The notification with this spec name, if there is one. */
  public static Optional<Notification> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
