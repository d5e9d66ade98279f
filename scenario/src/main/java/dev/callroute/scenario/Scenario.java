package dev.callroute.scenario;

import dev.callroute.core.Setup;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A valid scenario: a world, its starting connections and the steps to play.
 *
 * @param name the scenario's name
 * @param description what it shows; empty for none
 * @param setup the world, the initial Call Audio Routing and the accessories connected first
 * @param steps the actions and expectations, in file order
 * @param source the file it was read from, as the user named it
 */
public record Scenario(
    String name, String description, Setup setup, List<ScenarioStep> steps, Path source) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(setup, "setup");
    steps = List.copyOf(steps);
    Objects.requireNonNull(source, "source");
    for (String id : setup.connectedFirst()) {
      if (setup.world().indexOf(id) < 0) {
        throw new IllegalArgumentException("connectedFirst names an unknown accessory: " + id);
      }
    }
  }

  /** The steps the engine plays, in file order, without the expectations. */
  public List<Step> actions() {
    List<Step> out = new ArrayList<>();
    for (ScenarioStep entry : steps) {
      if (entry instanceof ScenarioStep.Action a) {
        out.add(a.step());
      }
    }
    return out;
  }

  /** The accessories and the app: the world of {@link #setup()}. */
  public World world() {
    return setup.world();
  }
}
