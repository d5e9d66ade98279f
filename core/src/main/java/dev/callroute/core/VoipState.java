package dev.callroute.core;

import java.util.Optional;

/** The state of the app's VoIP call (an app call without CallKit). */
public enum VoipState {
  /** No VoIP call is in progress: none exists, it only rings, or the app uses CallKit. */
  IDLE("idle"),
  /** The VoIP call is in progress and owns its audio. */
  ACTIVE("active"),
  /** The VoIP call was interrupted by a system call and waits to resume. */
  INTERRUPTED("interrupted");

  private final String specName;

  VoipState(String specName) {
    this.specName = specName;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /** The constant with this spec name, if there is one. */
  public static Optional<VoipState> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
