package dev.callroute.core;

import java.util.Optional;

/** The kinds of accessory a user can connect, with their default capabilities. */
public enum AccessoryKind {
  /** AirPods and most Bluetooth headsets: HFP in and out, A2DP out, a call button. */
  BLUETOOTH_HEADSET("bluetoothHeadset", true, HfpSupport.ALWAYS),
  /** A Bluetooth speaker: A2DP out, and HFP in and out during system calls only. */
  BLUETOOTH_SPEAKER("bluetoothSpeaker", true, HfpSupport.SYSTEM_CALLS_ONLY),
  /**
   * A wired headset with a microphone and a call button: {@code headphones} + {@code headsetMic}.
   */
  WIRED_HEADSET("wiredHeadset", false, HfpSupport.NEVER),
  /** Wired headphones without a microphone or call button: {@code headphones} only. */
  WIRED_HEADPHONES("wiredHeadphones", false, HfpSupport.NEVER);

  private final String specName;
  private final boolean bluetooth;
  private final HfpSupport defaultHfp;

  AccessoryKind(String specName, boolean bluetooth, HfpSupport defaultHfp) {
    this.specName = specName;
    this.bluetooth = bluetooth;
    this.defaultHfp = defaultHfp;
  }

  /** The name used by scenario files. */
  public String specName() {
    return specName;
  }

  /** Whether this kind connects over Bluetooth. */
  public boolean isBluetooth() {
    return bluetooth;
  }

  /** Whether this kind plugs in by wire. */
  public boolean isWired() {
    return !bluetooth;
  }

  /** The HFP support of this kind when a scenario does not override it. */
  public HfpSupport defaultHfp() {
    return defaultHfp;
  }

  /** The kind with this spec name, if there is one. */
  public static Optional<AccessoryKind> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
