package dev.callroute.core;

import java.util.Optional;

/** What the app does with audio during its calls. */
public enum Role {
  /** Sends and receives audio: a playAndRecord session in voiceChat or videoChat mode. */
  SENDER("sender"),
  /** Only receives audio: a playback session with no input, such as a broadcast audience. */
  RECEIVER("receiver");

  private final String specName;

  Role(String specName) {
    this.specName = specName;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /** The constant with this spec name, if there is one. */
  public static Optional<Role> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
