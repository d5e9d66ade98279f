package dev.callroute.core;

import java.util.Optional;

/** When a Bluetooth accessory's hands-free profile (HFP: microphone and call audio) is usable. */
public enum HfpSupport {
  /** HFP works for every call: system calls and VoIP calls. Most headsets. */
  ALWAYS("always"),
  /** HFP works only during a system call (cellular, FaceTime, CallKit). Most Bluetooth speakers. */
  SYSTEM_CALLS_ONLY("systemCallsOnly"),
  /** No HFP: the accessory is A2DP-only, with no microphone and no call button. */
  NEVER("never");

  private final String specName;

  HfpSupport(String specName) {
    this.specName = specName;
  }

  /** The name used by scenario files. */
  public String specName() {
    return specName;
  }

  /** Whether HFP is usable for a system call ({@code true}) or for a VoIP call ({@code false}). */
  public boolean usableFor(boolean systemCall) {
    return this == ALWAYS || (this == SYSTEM_CALLS_ONLY && systemCall);
  }

  /** The value with this spec name, if there is one. */
  public static Optional<HfpSupport> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
