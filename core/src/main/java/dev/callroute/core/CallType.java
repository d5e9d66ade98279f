package dev.callroute.core;

import java.util.Optional;

/** The types of call. */
public enum CallType {
  /** A phone call over the cellular network: a system call. */
  CELLULAR("cellular"),
  /** A FaceTime audio call: a system call. */
  FACETIME("facetime"),
  /** A call of the app under study: a system call with CallKit, a VoIP call without. */
  APP("app");

  private final String specName;

  CallType(String specName) {
    this.specName = specName;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /** The constant with this spec name, if there is one. */
  public static Optional<CallType> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
