package dev.callroute.scenario;

/**
 * Writes a {@link ScenarioDraft} as a scenario file (format 1) that {@code callroute run} plays.
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /** The YAML text of the scenario. */
  public static String write(ScenarioDraft draft) {
    throw new UnsupportedOperationException(
        "TODO(scenario helper): implement with SnakeYAML Engine");
  }
}
