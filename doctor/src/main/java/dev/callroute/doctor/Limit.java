package dev.callroute.doctor;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.HfpSupport;
import java.util.Optional;

/**
 * A fact of the accessory that settles a symptom before any routing rule does; the report cites it
 * by its ID as the cause, ahead of the rules that placed the route.
 */
public enum Limit {
  /** The accessory has no microphone, so no route can take the call's input from it. */
  NO_MICROPHONE(
      "accessory.no-microphone",
      "The accessory has no microphone: wired headphones are `headphones` only, and a Bluetooth"
          + " accessory with hfp: never is A2DP-only (docs/routing-rules.md, Accessories). No route"
          + " can take the call's input from it; the iPhone's microphone is used instead.");

  private final String id;
  private final String sentence;

  Limit(String id, String sentence) {
    this.id = id;
    this.sentence = sentence;
  }

  /** The ID the report cites, such as {@code accessory.no-microphone}. */
  public String id() {
    return id;
  }

  /** What the limit is, in one or two sentences. */
  public String sentence() {
    return sentence;
  }

  /** The limit that settles this symptom for this accessory, if there is one. */
  public static Optional<Limit> of(Symptom symptom, Accessory accessory) {
    boolean noMicrophone =
        accessory.kind() == AccessoryKind.WIRED_HEADPHONES
            || accessory.kind().isBluetooth() && accessory.hfp() == HfpSupport.NEVER;
    return symptom == Symptom.MIC_NOT_ON_ACCESSORY && noMicrophone
        ? Optional.of(NO_MICROPHONE)
        : Optional.empty();
  }
}
