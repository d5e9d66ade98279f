package dev.callroute.core;

import java.util.Optional;

/** The Settings > Accessibility > Call Audio Routing choice. */
public enum CallAudioRouting {
  /** The default: the answer path decides the route. */
  AUTOMATIC("automatic"),
  /** Every system call goes to the Bluetooth accessory when one can carry it. */
  BLUETOOTH_HEADSET("bluetoothHeadset"),
  /** Every system call goes to the loudspeaker. */
  SPEAKER("speaker");

  private final String specName;

  CallAudioRouting(String specName) {
    this.specName = specName;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /** The constant with this spec name, if there is one. */
  public static Optional<CallAudioRouting> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
