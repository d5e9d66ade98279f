package dev.callroute.doctor;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallType;
import dev.callroute.core.Setup;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rebuilds a {@link Situation} as a scenario that ends at the moment of the complaint. */
public final class ReproBuilder {
  /** The id of the call complained about. */
  public static final String CALL = "call";

  /** The id of a phone call answered before the call complained about. */
  public static final String EARLIER = "earlier";

  /** The id of a phone call that interrupts the app's VoIP call. */
  public static final String INTERRUPTING = "interrupting";

  private ReproBuilder() {}

  /** The id an accessory of this kind gets in generated scenarios. */
  public static String accessoryId(AccessoryKind kind) {
    switch (kind) {
      case BLUETOOTH_HEADSET:
        return "airpods";
      case BLUETOOTH_SPEAKER:
        return "boombox";
      case WIRED_HEADSET:
        return "headset";
      default:
        return "studioHeadphones";
    }
  }

  /** The app of this situation, or why it cannot exist. */
  static Optional<App> app(Situation s) {
    if (s.callKit() && !App.canUseCallKit(s.role())) {
      return Optional.empty();
    }
    return Optional.of(new App(s.callKit(), s.role(), s.mode(), s.defaultToSpeaker()));
  }

  /**
   * The scenario of a situation: the accessory connected first, an earlier phone call if any, the
   * call itself, and the interrupting phone call if any. Empty when the app cannot exist (a
   * receiver with CallKit).
   */
  public static Optional<Repro> build(Situation s) {
    Optional<App> app = app(s);
    if (app.isEmpty()) {
      return Optional.empty();
    }
    AccessoryKind kind = s.accessoryKind();
    String acc = accessoryId(kind);
    World world = new World(List.of(Accessory.of(acc, kind)), app.get());
    List<Step> steps = new ArrayList<>();
    if (s.earlierCall() != EarlierCall.NONE) {
      phoneCall(steps, EARLIER, via(s.earlierCall() == EarlierCall.ON_ACCESSORY, acc));
    }
    CallType type = s.callType();
    if (s.direction() == Direction.OUTGOING) {
      steps.add(new Step.Dial(CALL, type));
    } else {
      steps.add(new Step.IncomingCall(CALL, type));
      steps.add(new Step.Answer(CALL, via(s.answeredVia() == AnsweredVia.ACCESSORY, acc)));
    }
    if (s.interruptingCall() != InterruptingCall.NO) {
      phoneCall(
          steps, INTERRUPTING, via(s.interruptingCall() == InterruptingCall.ON_ACCESSORY, acc));
    }
    return Optional.of(
        new Repro(new Setup(world, s.callAudioRouting(), List.of(acc)), steps, CALL, acc));
  }

  private static Target via(boolean onAccessory, String accessory) {
    return onAccessory ? Target.accessory(accessory) : Target.IPHONE;
  }

  private static void phoneCall(List<Step> steps, String id, Target via) {
    steps.add(new Step.IncomingCall(id, CallType.CELLULAR));
    steps.add(new Step.Answer(id, via));
    steps.add(new Step.End(id));
  }
}
