package dev.callroute.core;

import java.util.Optional;

/** The states of a call, as scenario expectations name them. */
public enum CallState {
  /** The call rings and has not been answered. */
  RINGING("ringing", 0),
  /** The call is in progress and owns its audio. */
  ACTIVE("active", 1),
  /** The call is on hold, or a VoIP call is interrupted by a system call. */
  HELD("held", 2),
  /** The call has ended, was declined, or never became a call. */
  ENDED("ended", 3);

  private final String specName;
  private final int code;

  CallState(String specName, int code) {
    this.specName = specName;
    this.code = code;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /**
   * The stable code of this constant in packed forms (explore's state codec), 0 to 3: explicit, so
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
  public static CallState ofCode(int code) {
    return Codes.find(BY_CODE, code, "CallState");
  }

  private static final CallState[] BY_CODE = Codes.table(values(), v -> v.code);

  /** The constant with this spec name, if there is one. */
  public static Optional<CallState> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
