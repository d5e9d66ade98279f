package dev.callroute.doctor;

import dev.callroute.core.Names;
import java.util.Optional;

/** Whether a phone call interrupted the app's VoIP call, and where it was answered. */
public enum InterruptingCall {
  /** No phone call interrupted the call. */
  NO("no"),
  /** The interrupting phone call was answered on the iPhone. */
  ON_IPHONE("iphone"),
  /** The interrupting phone call was answered with the accessory's button. */
  ON_ACCESSORY("accessory");

  private final String specName;

  InterruptingCall(String specName) {
    this.specName = specName;
  }

  /** The word used by the command line, the interview and reports. */
  public String specName() {
    return specName;
  }

  /** The constant with this word, if there is one. */
  public static Optional<InterruptingCall> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
