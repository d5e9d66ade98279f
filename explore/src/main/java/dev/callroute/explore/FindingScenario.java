package dev.callroute.explore;

import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import dev.callroute.scenario.FinalExpect;
import dev.callroute.scenario.ScenarioDraft;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Finding} into a scenario that {@code callroute run} replays: the world, the
 * starting steps, the found steps, and an {@code expect} that pins the state reached: output,
 * input, every call named on the way, the VoIP state, and {@code rejected: true} when the last step
 * was rejected.
 */
public final class FindingScenario {
  private FindingScenario() {}

  /**
   * The scenario of a finding.
   *
   * @param source the name of the file the world came from, for the description
   * @param world the world explored
   * @param callAudioRouting the initial setting
   * @param connectedFirst accessories connected before the first step
   * @param prefix the starting steps of the file
   * @param finding the path found after them
   */
  public static ScenarioDraft draft(
      String source,
      World world,
      CallAudioRouting callAudioRouting,
      List<String> connectedFirst,
      List<Step> prefix,
      Finding finding) {
    List<Step> steps = new ArrayList<>(prefix);
    steps.addAll(finding.steps());
    State end = finding.last().state();
    Map<String, CallState> calls = new LinkedHashMap<>();
    for (Step s : steps) {
      StartingPoint.declared(s).ifPresent(id -> calls.put(id, end.callState(id)));
    }
    Route r = end.currentRoute();
    FinalExpect expect =
        new FinalExpect(
            label(world, r.output(), r.outputAccessory()),
            label(world, r.input(), r.inputAccessory()),
            calls,
            end.voipState(),
            true,
            finding.last().rejected(),
            List.of());
    boolean reach = finding.property().startsWith("--reach ");
    int n = finding.steps().size();
    String count = n + (n == 1 ? " step" : " steps");
    String where = finding.atStart() ? ": holds at the start" : " in " + count;
    String name =
        reach
            ? "Reach " + finding.property().substring("--reach ".length()) + where
            : "Violation of " + finding.property() + where;
    String description =
        "Found by callroute explore in "
            + source
            + (finding.atStart()
                ? ": the start itself matches " + finding.property() + ", with no step."
                : ": a shortest sequence of steps "
                    + (reach ? "to a state matching " : "to a violation of ")
                    + finding.property()
                    + ".");
    return new ScenarioDraft(
        name, description, world, callAudioRouting, connectedFirst, steps, expect);
  }

  /** A port as an expectation writes it: the accessory's id for an accessory port. */
  private static String label(World world, Port port, int accessory) {
    return accessory == Route.BUILT_IN ? port.specName() : world.accessory(accessory).id();
  }
}
