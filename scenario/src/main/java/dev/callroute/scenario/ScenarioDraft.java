package dev.callroute.scenario;

import dev.callroute.core.Setup;
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
 * @param setup the world, the initial setting and the accessories connected first
 * @param steps the steps to play
 * @param finalExpect the expectation written after the last step
 */
public record ScenarioDraft(
    String name, String description, Setup setup, List<Step> steps, FinalExpect finalExpect) {
  public ScenarioDraft {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(setup, "setup");
    steps = List.copyOf(steps);
    Objects.requireNonNull(finalExpect, "finalExpect");
  }

  /** The accessories and the app: the world of {@link #setup()}. */
  public World world() {
    return setup.world();
  }
}
