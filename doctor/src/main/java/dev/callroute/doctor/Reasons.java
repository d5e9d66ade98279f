package dev.callroute.doctor;

import dev.callroute.core.CallType;
import dev.callroute.core.FaqReason;
import dev.callroute.core.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The FAQ's reasons behind rules, and what lies outside the model. */
public final class Reasons {
  private Reasons() {}

  /** The FAQ reason a rule implements, if it comes from the FAQ: {@link Rule#faqReason()}. */
  public static Optional<String> faqReason(Rule rule) {
    return rule.faqReason().map(FaqReason::text);
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
