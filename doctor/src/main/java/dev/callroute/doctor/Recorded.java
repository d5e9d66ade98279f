package dev.callroute.doctor;

import dev.callroute.core.Call;
import dev.callroute.core.CallState;
import dev.callroute.core.Setup;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diagnoses a recorded scenario at one of its steps. Steps are numbered from 1 and count only the
 * steps the engine plays, not the {@code expect} entries. The call complained about is the call
 * that owns the route after that step; the accessory is the most recently connected one.
 */
public final class Recorded {
  private Recorded() {}

  /**
   * The diagnosis of the scenario after step {@code atStep}.
   *
   * @throws IllegalArgumentException with a message for the user when the step is out of range, or
   *     when no call or no accessory is there at that step
   */
  public static Diagnosis diagnose(Symptom symptom, Scenario scenario, int atStep) {
    List<Step> actions = scenario.actions();
    if (atStep < 1 || atStep > actions.size()) {
      throw new IllegalArgumentException(
          "--at-step: "
              + atStep
              + " is out of range; "
              + scenario.source()
              + " has steps 1 to "
              + actions.size()
              + " (expect entries are not counted)");
    }
    Setup.Played played = scenario.setup().play(actions.subList(0, atStep));
    List<Step> kept = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < atStep; i++) {
      if (played.outcomes().get(i).rejected()) {
        notes.add(
            "step "
                + (i + 1)
                + " ("
                + ScenarioText.step(actions.get(i))
                + ") is rejected and changes nothing; it is left out of the fixes' scenarios");
        continue;
      }
      kept.add(actions.get(i));
    }
    State s = played.last();
    String step = atStep + ": " + ScenarioText.step(actions.get(atStep - 1));
    String call =
        complainedCall(s)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--at-step "
                            + step
                            + ": no call owns the route after this step (it is the media route);"
                            + " pick a step during the call"));
    if (s.connected().size() == 0) {
      throw new IllegalArgumentException(
          "--at-step " + step + ": no accessory is connected after this step");
    }
    String accessory = s.world().accessory(s.connected().get(s.connected().size() - 1)).id();
    Repro repro = new Repro(scenario.setup(), kept, call, accessory);
    Map<String, String> situation = new LinkedHashMap<>();
    situation.put("scenario", scenario.source().toString());
    situation.put("at-step", String.valueOf(atStep));
    situation.put("call", call);
    situation.put("accessory", accessory);
    Map<String, String> understood = new LinkedHashMap<>(situation);
    understood.put("at-step", step);
    understood.put("scenario", scenario.source() + " (" + scenario.name() + ")");
    Branch b = Doctor.diagnose(symptom, situation, repro).orElseThrow();
    return new Diagnosis(symptom, understood, List.of(b), notes);
  }

  /** The call that owns the route: the active system call, or the app's VoIP call. */
  static Optional<String> complainedCall(State s) {
    for (Call c : s.calls()) {
      boolean owns =
          s.owner() == State.Owner.SYSTEM_CALL
              ? c.system() && c.state() == CallState.ACTIVE
              : s.owner() == State.Owner.VOIP_CALL && c.isVoip();
      if (owns) {
        return Optional.of(c.id());
      }
    }
    return Optional.empty();
  }
}
