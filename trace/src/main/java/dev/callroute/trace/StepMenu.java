package dev.callroute.trace;

import dev.callroute.core.Accessory;
import dev.callroute.core.Call;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.Steps;
import dev.callroute.core.Target;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The hidden steps that may come between two observations: connections, a call ringing or dialled
 * (a phone call, or the app's), an answer on the iPhone or with a button, a decline, a hang-up, a
 * call-screen or Control Center pick, the app's speaker override. Changes of the setting are not
 * hidden steps: the setting is one of the enumerated facts. At most {@link #MAX_CALLS} calls.
 */
final class StepMenu {
  /** The most calls in progress at once during a search. */
  static final int MAX_CALLS = 2;

  private StepMenu() {}

  /** The steps to try from this state, in a fixed order. */
  static List<Step> from(State s) {
    World w = s.world();
    List<Step> out = new ArrayList<>();
    List<Accessory> accessories = w.accessories();
    for (Accessory a : accessories) {
      out.add(s.isConnected(a.id()) ? Steps.disconnect(a.id()) : Steps.connect(a.id()));
    }
    boolean ringing = false;
    for (Call c : s.calls()) {
      if (c.state() == CallState.RINGING) {
        ringing = true;
        out.add(Steps.answer(c.id()));
        for (Accessory a : accessories) {
          if (a.hasCallButton() && s.isConnected(a.id())) {
            out.add(Steps.answerVia(c.id(), a.id()));
          }
        }
        out.add(Steps.decline(c.id()));
      } else {
        out.add(Steps.end(c.id()));
      }
    }
    if (!ringing && s.calls().size() < MAX_CALLS) {
      String id = freshCall(s);
      // The app's own calls first: in the app's log they are the likelier reading.
      out.add(Steps.dial(id, CallType.APP));
      out.add(Steps.incomingCall(id, CallType.APP));
      out.add(Steps.incomingCall(id));
      out.add(Steps.dial(id));
    }
    if (s.calls().stream().anyMatch(c -> c.system() && c.state() == CallState.ACTIVE)) {
      picks(s, out, true);
    }
    picks(s, out, false);
    out.add(Steps.speakerphone(!s.speakerOverride()));
    return out;
  }

  private static void picks(State s, List<Step> out, boolean callScreen) {
    List<Target> targets = new ArrayList<>();
    targets.add(Target.IPHONE);
    targets.add(Target.SPEAKER);
    for (Accessory a : s.world().accessories()) {
      if (s.isConnected(a.id())) {
        targets.add(Target.accessory(a.id()));
      }
    }
    for (Target t : targets) {
      out.add(callScreen ? new Step.CallScreen(t) : new Step.ControlCenter(t));
    }
  }

  /** Call ids made once: the engine compares them by their cached hashes. */
  private static final String[] IDS = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"};

  /** The smallest {@code cN} not in progress: states that differ only in call names meet. */
  static String freshCall(State s) {
    for (int n = 1; ; n++) {
      String id = n < IDS.length ? IDS[n] : "c" + n;
      if (s.call(id).isEmpty()) {
        return id;
      }
    }
  }
}
