package dev.callroute.scenario;

import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.World;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A valid scenario: a world, its starting connections and the steps to play.
 *
 * @param name the scenario's name
 * @param description what it shows; empty for none
 * @param world the accessories and the app
 * @param callAudioRouting the initial Call Audio Routing setting
 * @param connectedFirst ids of the accessories connected before the first step, in order
 * @param steps the actions and expectations, in file order
 * @param source the file it was read from, as the user named it
 */
public record Scenario(
    String name,
    String description,
    World world,
    CallAudioRouting callAudioRouting,
    List<String> connectedFirst,
    List<ScenarioStep> steps,
    Path source) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    connectedFirst = List.copyOf(connectedFirst);
    steps = List.copyOf(steps);
    Objects.requireNonNull(source, "source");
    for (String id : connectedFirst) {
      if (world.indexOf(id) < 0) {
        throw new IllegalArgumentException("connectedFirst names an unknown accessory: " + id);
      }
    }
  }
}
