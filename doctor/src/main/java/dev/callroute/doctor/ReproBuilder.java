package dev.callroute.doctor;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallType;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
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
    boolean callKit = s.is(Factor.CALLKIT, "yes");
    Role role = s.is(Factor.ROLE, "receiver") ? Role.RECEIVER : Role.SENDER;
    if (callKit && role == Role.RECEIVER) {
      return Optional.empty();
    }
    SessionMode mode =
        s.is(Factor.MODE, "videoChat") ? SessionMode.VIDEO_CHAT : SessionMode.VOICE_CHAT;
    return Optional.of(new App(callKit, role, mode, s.is(Factor.DEFAULT_TO_SPEAKER, "yes")));
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
    s.get(Factor.EARLIER_PHONE_CALL)
        .filter(v -> !v.equals("none"))
        .ifPresent(v -> phoneCall(steps, EARLIER, via(v, acc)));
    CallType type = s.callType();
    if (s.is(Factor.DIRECTION, "outgoing")) {
      steps.add(new Step.Dial(CALL, type));
    } else {
      steps.add(new Step.IncomingCall(CALL, type));
      steps.add(new Step.Answer(CALL, via(s.get(Factor.ANSWERED_VIA).orElse("iphone"), acc)));
    }
    s.get(Factor.INTERRUPTED_BY_PHONE_CALL)
        .filter(v -> !v.equals("no"))
        .ifPresent(v -> phoneCall(steps, INTERRUPTING, via(v, acc)));
    return Optional.of(new Repro(world, s.callAudioRouting(), List.of(acc), steps, CALL, acc));
  }

  private static Target via(String where, String accessory) {
    return where.equals("accessory") ? Target.accessory(accessory) : Target.IPHONE;
  }

  private static void phoneCall(List<Step> steps, String id, Target via) {
    steps.add(new Step.IncomingCall(id, CallType.CELLULAR));
    steps.add(new Step.Answer(id, via));
    steps.add(new Step.End(id));
  }
}
