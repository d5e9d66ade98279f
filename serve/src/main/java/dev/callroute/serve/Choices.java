package dev.callroute.serve;

import dev.callroute.core.Accessory;
import dev.callroute.core.Call;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.Steps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps the page offers now: for each kind of step that applies to the current state, its
 * concrete choices, each tried on the engine. A choice the engine would reject carries the
 * rejection in the engine's words.
 */
final class Choices {
  private Choices() {}

  /**
   * One button.
   *
   * @param group the kind of step, for grouping
   * @param step the step it plays
   * @param rejection why the engine would reject it; empty when it applies
   */
  record Choice(String group, Step step, Optional<String> rejection) {}

  /** The choices in this state; {@code usedCallIds} are ids new calls must not take. */
  static List<Choice> of(State s, Set<String> usedCallIds) {
    List<Choice> out = new ArrayList<>();
    for (Accessory a : s.world().accessories()) {
      Step step = s.isConnected(a.id()) ? Steps.disconnect(a.id()) : Steps.connect(a.id());
      add(out, s, "accessories", step);
    }
    String fresh = freshCallId(s, usedCallIds);
    for (CallType type : CallType.values()) {
      add(out, s, "incoming call", Steps.incomingCall(fresh, type));
    }
    for (CallType type : CallType.values()) {
      add(out, s, "place a call", Steps.dial(fresh, type));
    }
    List<String> connected = new ArrayList<>();
    for (Accessory a : s.world().accessories()) {
      if (s.isConnected(a.id())) {
        connected.add(a.id());
      }
    }
    boolean anyCall = !s.calls().isEmpty();
    for (Call c : s.calls()) {
      String group = "call " + c.id();
      if (c.state() == CallState.RINGING) {
        add(out, s, group, Steps.answer(c.id()));
        for (String a : connected) {
          add(out, s, group, Steps.answerVia(c.id(), a));
        }
        add(out, s, group, Steps.decline(c.id()));
      }
      add(out, s, group, Steps.end(c.id()));
    }
    List<String> picks = new ArrayList<>(List.of("iphone", "speaker"));
    picks.addAll(connected);
    if (anyCall) {
      for (String p : picks) {
        add(out, s, "call screen", Steps.callScreen(p));
      }
    }
    for (String p : picks) {
      add(out, s, "control center", Steps.controlCenter(p));
    }
    for (CallAudioRouting r : CallAudioRouting.values()) {
      if (r != s.callAudioRouting()) {
        add(out, s, "settings", Steps.setting(r));
      }
    }
    if (s.calls().stream().anyMatch(Call::isApp)) {
      List<String> inputs = new ArrayList<>(List.of("builtInMic", "none"));
      inputs.addAll(connected);
      for (String i : inputs) {
        add(out, s, "app", Steps.preferredInput(i));
      }
      add(out, s, "app", Steps.speakerphone(!s.speakerOverride()));
    }
    return out;
  }

  private static void add(List<Choice> out, State s, String group, Step step) {
    Outcome o = Engine.next(s, step);
    Optional<String> why =
        o instanceof Outcome.Rejected r ? Optional.of(r.rejection().message()) : Optional.empty();
    out.add(new Choice(group, step, why));
  }

  /** The first of c1, c2, … that no call of the session ever used. */
  static String freshCallId(State s, Set<String> usedCallIds) {
    Set<String> taken = new HashSet<>(usedCallIds);
    s.calls().forEach(c -> taken.add(c.id()));
    for (int i = 1; ; i++) {
      if (!taken.contains("c" + i)) {
        return "c" + i;
      }
    }
  }

  /** The call ids the steps declare (ring or dial). */
  static Set<String> declared(List<Step> steps) {
    Set<String> ids = new HashSet<>();
    for (Step st : steps) {
      if (st instanceof Step.IncomingCall i) {
        ids.add(i.call());
      } else if (st instanceof Step.Dial d) {
        ids.add(d.call());
      }
    }
    return ids;
  }
}
