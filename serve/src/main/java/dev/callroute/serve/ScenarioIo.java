package dev.callroute.serve;

import dev.callroute.core.Simulation;
import dev.callroute.core.Step;
import dev.callroute.core.VoipState;
import dev.callroute.scenario.FinalExpect;
import dev.callroute.scenario.Problem;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioDraft;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.ScenarioStep;
import dev.callroute.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Export and load, through the same writer and reader as the command line: an export is what {@code
 * callroute run} plays and passes; a load is validated with the same {@code file:line:column}
 * messages, and nothing is played when the file is invalid.
 */
final class ScenarioIo {
  private ScenarioIo() {}

  /** The session as a scenario file, with an {@code expect} after each step. */
  static String export(Session.Snapshot s) {
    Simulation sim = s.replay();
    FinalExpect end =
        new FinalExpect(
            sim.route().output().specName(), "", Map.of(), VoipState.IDLE, false, false, List.of());
    ScenarioDraft draft =
        new ScenarioDraft(
            s.name(),
            s.description(),
            s.world(),
            s.callAudioRouting(),
            s.connectedFirst(),
            s.steps(),
            end);
    try {
      return ScenarioWriter.writePinned(draft);
    } catch (IllegalArgumentException e) {
      throw new ApiError(
          409, "this session cannot be written as a scenario file: " + e.getMessage());
    }
  }

  /** The name a file is reported under: its base name, tamed, or {@code scenario.yaml}. */
  static String fileName(String given) {
    String base = given == null ? "" : given.replaceAll(".*[/\\\\]", "");
    return base.matches("[A-Za-z0-9._ -]{1,80}") ? base : "scenario.yaml";
  }

  /** A valid scenario read from text, or a 400 carrying every problem as file:line:column. */
  static Scenario read(String text, String fileName) {
    ReadResult r = ScenarioReader.read(text, Path.of(fileName(fileName)), true);
    if (!r.valid()) {
      List<String> problems = r.problems().stream().map(Problem::toString).toList();
      throw new ApiError(
          400,
          "the scenario is invalid ("
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "); nothing was played",
          problems);
    }
    return r.scenario().orElseThrow();
  }

  /** The actions of a scenario, without its expectations. */
  static List<Step> actions(Scenario scenario) {
    List<Step> out = new ArrayList<>();
    for (ScenarioStep entry : scenario.steps()) {
      if (entry instanceof ScenarioStep.Action a) {
        out.add(a.step());
      }
    }
    return out;
  }
}
