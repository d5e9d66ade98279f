package dev.callroute.core;

import java.util.Optional;

/** The app session's mode. */
public enum SessionMode {
  /** Voice chat: the built-in default output is the earpiece. */
  VOICE_CHAT("voiceChat"),
  /** Video chat: the built-in default output is the loudspeaker. */
  VIDEO_CHAT("videoChat");

  private final String specName;

  SessionMode(String specName) {
    this.specName = specName;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /** The constant with this spec name, if there is one. */
  public static Optional<SessionMode> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
