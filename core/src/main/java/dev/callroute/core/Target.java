package dev.callroute.core;

import java.util.Objects;

/**
 * What a user or the app points at: an accessory, the iPhone, the speaker, the built-in microphone,
 * or nothing. Steps say which kinds they accept.
 *
 * @param kind what sort of target this is
 * @param accessory the accessory id for {@link Kind#ACCESSORY}, otherwise empty
 */
public record Target(Kind kind, String accessory) {
  /** The sorts of target. */
  public enum Kind {
    /** A connected accessory, by id. */
    ACCESSORY,
    /** The iPhone itself: the earpiece for a call, the loudspeaker for playback. */
    IPHONE,
    /** The loudspeaker. */
    SPEAKER,
    /** The built-in microphone, for a preferred input. */
    BUILT_IN_MIC,
    /** Nothing: no choice stands, or the preferred input is cleared. */
    NONE
  }

  /** The target that means "no choice". */
  public static final Target NONE = new Target(Kind.NONE, "");

  /** The iPhone. */
  public static final Target IPHONE = new Target(Kind.IPHONE, "");

  /** The loudspeaker. */
  public static final Target SPEAKER = new Target(Kind.SPEAKER, "");

  /** The built-in microphone. */
  public static final Target BUILT_IN_MIC = new Target(Kind.BUILT_IN_MIC, "");

  public Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(accessory, "accessory");
    if ((kind == Kind.ACCESSORY) == accessory.isEmpty()) {
      throw new IllegalArgumentException("only an accessory target names an accessory");
    }
  }

  /** The accessory with this id. */
  public static Target accessory(String id) {
    return new Target(Kind.ACCESSORY, id);
  }

  /**
   * The target a scenario writes as {@code word}: {@code iphone}, {@code speaker}, {@code
   * builtInMic}, {@code none}, or otherwise an accessory id.
   */
  public static Target parse(String word) {
    switch (word) {
      case "iphone":
        return IPHONE;
      case "speaker":
        return SPEAKER;
      case "builtInMic":
        return BUILT_IN_MIC;
      case "none":
        return NONE;
      default:
        return accessory(word);
    }
  }

  /** Whether this target is an accessory. */
  public boolean isAccessory() {
    return kind == Kind.ACCESSORY;
  }

  /** The word a scenario uses for this target. */
  @Override
  public String toString() {
    switch (kind) {
      case ACCESSORY:
        return accessory;
      case IPHONE:
        return "iphone";
      case SPEAKER:
        return "speaker";
      case BUILT_IN_MIC:
        return "builtInMic";
      default:
        return "none";
    }
  }
}
