package dev.callroute.scenario;

import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.List;
import java.util.Objects;

/**
 * A scenario built by a program (the explorer, the doctor) rather than read from a file, ready to
 * be written as YAML by {@link ScenarioWriter}.
 *
 * @param name the scenario's name
 * @param description what it shows; empty for none
 * @param world the accessories and the app
 * @param callAudioRouting the initial setting
 * @param connectedFirst ids of accessories connected before the first step, in order
 * @param steps the steps to play
 * @param finalExpect the expectation written after the last step
 */
public record ScenarioDraft(
    String name,
    String description,
    World world,
    CallAudioRouting callAudioRouting,
    List<String> connectedFirst,
    List<Step> steps,
    FinalExpect finalExpect) {
  public ScenarioDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    connectedFirst = List.copyOf(connectedFirst);
    steps = List.copyOf(steps);
    Objects.requireNonNull(finalExpect, "finalExpect");
  }
}
