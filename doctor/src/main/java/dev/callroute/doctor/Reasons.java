package dev.callroute.doctor;

import dev.callroute.core.CallType;
import dev.callroute.core.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The FAQ's reasons behind rules, and what lies outside the model. */
public final class Reasons {
  private Reasons() {}

  private static final String REASON_1_PHONE =
      "FAQ reason 1: a phone call (including FaceTime and CallKit) answered on the iPhone goes to"
          + " the iPhone; answered on the Bluetooth device, it goes to the device.";
  private static final String REASON_1_VOIP =
      "FAQ reason 1: a VoIP call goes to the Bluetooth device if no phone call was answered since"
          + " the device connected; otherwise it takes the route of the last phone or VoIP call.";
  private static final String REASON_2 =
      "FAQ reason 2: input and output go together, so moving the microphone to Bluetooth moves"
          + " the output too.";
  private static final String REASON_3 =
      "FAQ reason 3: a Bluetooth speaker records only during a system call (phone, FaceTime,"
          + " CallKit); a VoIP call without CallKit cannot use its microphone.";

  /** The FAQ reason a rule implements, if it comes from the FAQ. */
  public static Optional<String> faqReason(Rule rule) {
    switch (rule) {
      case CALL_ANSWER_ON_IPHONE:
      case CALL_ANSWER_ON_ACCESSORY:
        return Optional.of(REASON_1_PHONE);
      case VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL:
      case VOIP_LAST_CALL_ROUTE:
      case VOIP_RESUME_AFTER_INTERRUPTION:
        return Optional.of(REASON_1_VOIP);
      case ROUTE_HFP_COUPLES_INPUT_OUTPUT:
        return Optional.of(REASON_2);
      case VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL:
        return Optional.of(REASON_3);
      default:
        return Optional.empty();
    }
  }

  /** What the model does not cover, for the worlds of these branches. */
  public static List<String> outsideModel(List<Branch> branches) {
    boolean app = false;
    boolean callKit = false;
    boolean bluetooth = false;
    for (Branch b : branches) {
      app |= b.repro().callType().map(t -> t == CallType.APP).orElse(false);
      callKit |= b.repro().world().app().callKit();
      bluetooth |= b.repro().accessory().kind().isBluetooth();
    }
    List<String> out = new ArrayList<>();
    if (app) {
      out.add(
          "An app session without Bluetooth allowed: the model assumes a sender's session"
              + " allows Bluetooth HFP (.allowBluetooth) and a receiver's allows A2DP. Without those"
              + " category options iOS never routes the app's call to Bluetooth.");
    }
    if (callKit) {
      out.add(
          "An SDK that fights CallKit over routing: a voice SDK that activates or configures"
              + " its own AVAudioSession, or overrides the output, can move a CallKit call after iOS"
              + " routed it.");
    }
    if (bluetooth) {
      out.add(
          "An accessory that behaves differently from its kind's default: some Bluetooth"
              + " speakers do record outside calls (hfp: always), some headsets offer no hands-free"
              + " profile (hfp: never). Write a scenario with an 'hfp:' override to check.");
    }
    out.add(
        "Anything that happened and was not reported: another app or an SDK changing the"
            + " route, an accessory reconnecting by itself, or an iOS version that departs from the"
            + " documented policy. `callroute run` replays a scenario with the exact steps.");
    return out;
  }
}
