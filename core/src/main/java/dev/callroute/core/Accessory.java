package dev.callroute.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An accessory of the world: its id, kind, display name and HFP support.
 *
 * @param id a unique id matching {@code [a-z][A-Za-z0-9_-]*} that is not a {@linkplain
 *     Words#isReserved reserved word}
 * @param kind what the accessory is
 * @param name the name a person sees, such as "Dana's AirPods"; the id when none is given
 * @param hfp when its hands-free profile is usable; always {@link HfpSupport#NEVER} for wired kinds
 */
public record Accessory(String id, AccessoryKind kind, String name, HfpSupport hfp) {
  /** The pattern every accessory and call id matches. */
  public static final Pattern ID_PATTERN = Pattern.compile("[a-z][A-Za-z0-9_-]*");

  public Accessory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hfp, "hfp");
    if (!ID_PATTERN.matcher(id).matches()) {
      throw new IllegalArgumentException("accessory id must match [a-z][A-Za-z0-9_-]*: " + id);
    }
    if (Words.isReserved(id)) {
      throw new IllegalArgumentException(
          "accessory id '"
              + id
              + "' is reserved (a port name, a synonym, iphone or speaker); pick another id, such"
              + " as '"
              + Words.suggestInstead(id)
              + "'");
    }
    if (kind.isWired() && hfp != HfpSupport.NEVER) {
      throw new IllegalArgumentException("a wired accessory has no HFP: " + id);
    }
  }

  /** An accessory of this kind with its default HFP, named by its id. */
  public static Accessory of(String id, AccessoryKind kind) {
    return new Accessory(id, kind, id, kind.defaultHfp());
  }

  /** The same accessory with another HFP support. */
  public Accessory withHfp(HfpSupport newHfp) {
    return new Accessory(id, kind, name, newHfp);
  }

  /** The same accessory with another display name. */
  public Accessory withName(String newName) {
    return new Accessory(id, kind, newName, hfp);
  }

  /** Whether this accessory has a button that answers calls. */
  public boolean hasCallButton() {
    return kind == AccessoryKind.WIRED_HEADSET || (kind.isBluetooth() && hfp != HfpSupport.NEVER);
  }

  /** Whether this accessory's HFP can carry a system call ({@code true}) or a VoIP call. */
  public boolean hfpUsableFor(boolean systemCall) {
    return kind.isBluetooth() && hfp.usableFor(systemCall);
  }

  /** The output this accessory offers to media and to a playback-only session. */
  public Port mediaOutput() {
    return kind.isBluetooth() ? Port.BLUETOOTH_A2DP : Port.HEADPHONES;
  }
}
