package dev.callroute.core;

import java.util.Optional;

/** An audio port, named as in {@code AVAudioSession.Port}. */
public enum Port {
  /** The earpiece: "iPhone" or "Handset" in the call menu. */
  BUILT_IN_RECEIVER("builtInReceiver", true, false),
  /** The loudspeaker at the bottom of the iPhone. */
  BUILT_IN_SPEAKER("builtInSpeaker", true, false),
  /** The output of a wired headset or wired headphones. */
  HEADPHONES("headphones", true, false),
  /** A Bluetooth accessory's hands-free profile: an input and an output at once. */
  BLUETOOTH_HFP("bluetoothHFP", true, true),
  /** A Bluetooth accessory's media profile: output only. */
  BLUETOOTH_A2DP("bluetoothA2DP", true, false),
  /** The iPhone's own microphone. */
  BUILT_IN_MIC("builtInMic", false, true),
  /** The microphone of a wired headset. */
  HEADSET_MIC("headsetMic", false, true),
  /** No port at all, for example the input of a playback-only session. */
  NONE("none", true, true);

  private final String specName;
  private final boolean output;
  private final boolean input;

  Port(String specName, boolean output, boolean input) {
    this.specName = specName;
    this.output = output;
    this.input = input;
  }

  /** The name used by the spec, scenario files and {@code AVAudioSession}. */
  public String specName() {
    return specName;
  }

  /** Whether this port can be a route's output. */
  public boolean isOutput() {
    return output;
  }

  /** Whether this port can be a route's input. */
  public boolean isInput() {
    return input;
  }

  /** Whether this port belongs to an accessory rather than to the iPhone. */
  public boolean isAccessoryPort() {
    return this == HEADPHONES
        || this == BLUETOOTH_HFP
        || this == BLUETOOTH_A2DP
        || this == HEADSET_MIC;
  }

  /** The port with this spec name, if there is one. */
  public static Optional<Port> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
