package dev.callroute.trace.read;

import dev.callroute.core.Notification;
import java.util.Locale;
import java.util.Optional;

/** {@code AVAudioSessionRouteChangeReason}: the codes of docs/trace-format.md §1. */
public enum Reason {
  /** 0: no reason given. */
  UNKNOWN(0, "unknown", null),
  /** 1: a device became available, such as a headset connecting. */
  NEW_DEVICE_AVAILABLE(1, "newDeviceAvailable", Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
  /** 2: a device went away. */
  OLD_DEVICE_UNAVAILABLE(
      2, "oldDeviceUnavailable", Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
  /** 3: the category changed, such as a call's audio starting. */
  CATEGORY_CHANGE(3, "categoryChange", Notification.ROUTE_CHANGE_CATEGORY_CHANGE),
  /** 4: an override or a pick of the user. */
  OVERRIDE(4, "override", Notification.ROUTE_CHANGE_OVERRIDE),
  /** 6: the device woke from sleep. */
  WAKE_FROM_SLEEP(6, "wakeFromSleep", null),
  /** 7: no route suits the category. */
  NO_SUITABLE_ROUTE_FOR_CATEGORY(7, "noSuitableRouteForCategory", null),
  /** 8: same ports, new configuration: no route change in the model. */
  ROUTE_CONFIGURATION_CHANGE(8, "routeConfigurationChange", null);

  private final int code;
  private final String camel;
  private final Notification notification;

  Reason(int code, String camel, Notification notification) {
    this.code = code;
    this.camel = camel;
    this.notification = notification;
  }

  /** The integer code. */
  public int code() {
    return code;
  }

  /** The camelCase name, such as {@code categoryChange}. */
  public String camelName() {
    return camel;
  }

  /** The model's notification for this reason; empty for the reasons the model has none for. */
  public Optional<Notification> notification() {
    return Optional.ofNullable(notification);
  }

  /** {@code categoryChange (3)}. */
  public String display() {
    return camel + " (" + code + ")";
  }

  /**
   * The reason in any of the spellings of §1: the integer, the bare name, the full prefix,
   * camelCase, or a sentence such as "New device available." or "Category change to :…".
   */
  public static Optional<Reason> parse(String text) {
    String t = text.strip();
    int digits = 0;
    while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits <= 3) {
      int code = Integer.parseInt(t.substring(0, digits));
      for (Reason r : values()) {
        if (r.code == code) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        b.append(Character.toLowerCase(c));
      } else if (c == ':' || c == '(') {
        break;
      }
    }
    String key = b.toString();
    if (key.startsWith("avaudiosessionroutechangereason")) {
      key = key.substring("avaudiosessionroutechangereason".length());
    }
    if (key.startsWith("reason")) {
      key = key.substring("reason".length());
    }
    for (Reason r : values()) {
      if (key.startsWith(r.camel.toLowerCase(Locale.ROOT))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
