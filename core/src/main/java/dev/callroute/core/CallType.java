package dev.callroute.core;

import java.util.Optional;

/** The types of call. */
public enum CallType {
  /** A phone call over the cellular network: a system call. */
  CELLULAR("cellular", 0),
  /** A FaceTime audio call: a system call. */
  FACETIME("facetime", 1),
  /** A call of the app under study: a system call with CallKit, a VoIP call without. */
  APP("app", 2);

  private final String specName;
  private final int code;

  CallType(String specName, int code) {
    this.specName = specName;
    this.code = code;
  }

  /** The name used by the spec and scenario files. */
  public String specName() {
    return specName;
  }

  /**
   * Whether a call of this type is a system call: cellular and FaceTime calls always, the app's
   * calls when the app reports them through CallKit. Every other call is a VoIP call.
   */
  public boolean isSystemCall(boolean appUsesCallKit) {
    return this != APP || appUsesCallKit;
  }

  /**
   * The stable code of this constant in packed forms (explore's state codec), 0 to 2: explicit, so
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
  public static CallType ofCode(int code) {
    return Codes.find(BY_CODE, code, "CallType");
  }

  private static final CallType[] BY_CODE = Codes.table(values(), v -> v.code);

  /** The constant with this spec name, if there is one. */
  public static Optional<CallType> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
