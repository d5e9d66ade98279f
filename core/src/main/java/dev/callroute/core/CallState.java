package dev.callroute.core;

import java.util.Optional;

/** The states of a call, as scenario expectations name them. */
public enum CallState {
  /** The call rings and has not been answered. */
  RINGING("ringing"),
  /** The call is in progress and owns its audio. */
  ACTIVE("active"),
  /** The call is on hold, or a VoIP call is interrupted by a system call. */
  HELD("held"),
  /** The call has ended, was declined, or never became a call. */
  ENDED("ended");

  private final String specName;

  CallState(String specName) {
    this.specName = specName;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /** The constant with this spec name, if there is one. */
  public static Optional<CallState> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
