package dev.callroute.trace.read;

import java.util.Objects;

/**
 * A port as a log shows it.
 *
 * @param type the raw {@code type =} string ({@code BluetoothHFP}, {@code Speaker}, …); empty when
 *     the log gives only a name
 * @param name the name shown to people, possibly localised or edited by the user; may be empty
 * @param uid the UID, such as {@code AA:BB:CC:DD:EE:FF-tsco}; empty when not logged
 */
public record LoggedPort(String type, String name, String uid) {
  public LoggedPort {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uid, "uid");
  }

  /** A port known only by its name. */
  public static LoggedPort named(String name) {
    return new LoggedPort("", name, "");
  }

  /**
   * The Bluetooth device address of this port's UID ({@code AA:BB:CC:DD:EE:FF-tsco} gives {@code
   * AA:BB:CC:DD:EE:FF}, upper case), or empty when the UID carries none.
   */
  public String address() {
    String u = uid;
    int dash = u.lastIndexOf('-');
    if (dash > 0 && (u.endsWith("-tsco") || u.endsWith("-tacl"))) {
      u = u.substring(0, dash);
    }
    if (u.length() == 17 && u.charAt(2) == ':' && u.charAt(14) == ':') {
      return u.toUpperCase(java.util.Locale.ROOT);
    }
    return "";
  }

  /** {@code type "name"}, or the name alone when no type was logged. */
  public String display() {
    if (type.isEmpty()) {
      return "\"" + name + "\"";
    }
    return name.isEmpty() ? type : type + " \"" + name + "\"";
  }
}
