package dev.callroute.core;

import java.util.Optional;

/** The Settings > Accessibility > Call Audio Routing choice. */
public enum CallAudioRouting {
  /** The default: the answer path decides the route. */
  AUTOMATIC("automatic", 0),
  /** Every system call goes to the Bluetooth accessory when one can carry it. */
  BLUETOOTH_HEADSET("bluetoothHeadset", 1),
  /** Every system call goes to the loudspeaker. */
  SPEAKER("speaker", 2);

  private final String specName;
  private final int code;

  CallAudioRouting(String specName, int code) {
    this.specName = specName;
    this.code = code;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /**
   * The stable code of this constant in packed forms (explore's state codec), 0 to 2: explicit, so
   * that reordering or adding constants never changes a packed form. A new constant takes the next
   * free code.
   */
  public int code() {
    return code;
  }

  /**
   * The constant with this code.
   *
   * @throws IllegalArgumentException if no constant has it
   */
  public static CallAudioRouting ofCode(int code) {
    return Codes.find(BY_CODE, code, "CallAudioRouting");
  }

  private static final CallAudioRouting[] BY_CODE = Codes.table(values(), v -> v.code);

  /** The constant with this spec name, if there is one. */
  public static Optional<CallAudioRouting> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
