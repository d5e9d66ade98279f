package dev.callroute.doctor;

import dev.callroute.core.Names;
import java.util.Optional;

/** Whether the call complained about came in or was placed. */
public enum Direction {
  /** The call came in and was answered. */
  INCOMING("incoming"),
  /** The user placed the call. */
  OUTGOING("outgoing");

  private final String specName;

  Direction(String specName) {
    this.specName = specName;
  }

  /** The word used by the command line, the interview and reports. */
  public String specName() {
    return specName;
  }

  /** The constant with this word, if there is one. */
  public static Optional<Direction> bySpecName(String name) {
    return Names.find(values(), v -> v.specName, name);
  }
}
