package dev.callroute.doctor;

import dev.callroute.core.Names;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import java.util.Optional;

/** A reported symptom: a predicate over the current route at the moment of the complaint. */
public enum Symptom {
  /** The call's output is the earpiece. */
  AUDIO_ON_EARPIECE("audio-on-earpiece", "the call's output is builtInReceiver, the earpiece"),
  /** The call's output is the loudspeaker. */
  AUDIO_ON_SPEAKER("audio-on-speaker", "the call's output is builtInSpeaker, the loudspeaker"),
  /** The call's output is not on the accessory. */
  NOT_ON_ACCESSORY("not-on-accessory", "the call's output is not on the accessory"),
  /** The call's input is not on the accessory. */
  MIC_NOT_ON_ACCESSORY("mic-not-on-accessory", "the call's input is not on the accessory");

  private final String id;
  private final String meaning;

  Symptom(String id, String meaning) {
    this.id = id;
    this.meaning = meaning;
  }

  /** The ID used on the command line and in reports. */
  public String id() {
    return id;
  }

  /** What the symptom means, as a sentence fragment. */
  public String meaning() {
    return meaning;
  }

  /** Whether the symptom shows in this route; {@code accessory} is the accessory's index. */
  public boolean holds(Route route, int accessory) {
    switch (this) {
      case AUDIO_ON_EARPIECE:
        return route.output() == Port.BUILT_IN_RECEIVER;
      case AUDIO_ON_SPEAKER:
        return route.output() == Port.BUILT_IN_SPEAKER;
      case NOT_ON_ACCESSORY:
        return route.outputAccessory() != accessory;
      default:
        return route.inputAccessory() != accessory;
    }
  }

  /** The symptom with this ID, if there is one. */
  public static Optional<Symptom> byId(String id) {
    return Names.find(values(), v -> v.id, id);
  }

  /** Every ID, in order. */
  public static java.util.List<String> ids() {
    return Names.of(values(), s -> s.id);
  }

  /** Every ID, comma-separated, for messages. */
  public static String allIds() {
    return String.join(", ", Names.of(values(), s -> s.id));
  }
}
