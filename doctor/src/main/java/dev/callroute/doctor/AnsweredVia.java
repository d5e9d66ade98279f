package dev.callroute.doctor;

import dev.callroute.core.Names;
import java.util.Optional;

/** Where an incoming call was answered. */
public enum AnsweredVia {
  /** On the iPhone's screen. */
  IPHONE("iphone"),
  /** With the accessory's button. */
  ACCESSORY("accessory");

  private final String specName;

  AnsweredVia(String specName) {
    this.specName = specName;
  }

  /** The word used by the command line, the interview and reports. */
  public String specName() {
    return specName;
  }

  /** The constant with this word, if there is one. */
  public static Optional<AnsweredVia> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
