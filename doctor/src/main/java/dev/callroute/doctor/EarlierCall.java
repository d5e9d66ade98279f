package dev.callroute.doctor;

import dev.callroute.core.Names;
import java.util.Optional;

/** Whether a phone call was answered since the accessory connected, before the call, and where. */
public enum EarlierCall {
  /** No phone call came before the call. */
  NONE("none"),
  /** A phone call was answered on the iPhone. */
  ON_IPHONE("iphone"),
  /** A phone call was answered with the accessory's button. */
  ON_ACCESSORY("accessory");

  private final String specName;

  EarlierCall(String specName) {
    this.specName = specName;
  }

  /** The word used by the command line, the interview and reports. */
  public String specName() {
    return specName;
  }

  /** The constant with this word, if there is one. */
  public static Optional<EarlierCall> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
