package dev.callroute.doctor;

import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.VoipState;
import dev.callroute.core.World;
import dev.callroute.scenario.FinalExpect;
import dev.callroute.scenario.ScenarioDraft;
import dev.callroute.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a diagnosis as scenario files: {@code repro.yaml}, and one {@code fix-<id>.yaml} per
 * verified fix. Each ends in an {@code expect} that pins the route: the symptom, or its absence.
 */
public final class ReproFiles {
  private ReproFiles() {}

  /**
   * Writes the reproducing branches (every branch when none reproduces) under {@code dir}: directly
   * when the report has one branch, otherwise in {@code branch-N} folders numbered as in the
   * report.
   *
   * @return the files written, in order
   */
  public static List<Path> write(Diagnosis d, Path dir) throws IOException {
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < d.branches().size(); i++) {
      if (d.branches().get(i).reproduced() || !d.reproduced()) {
        chosen.add(i);
      }
    }
    List<Path> out = new ArrayList<>();
    for (int i : chosen) {
      Path target = d.branches().size() == 1 ? dir : dir.resolve("branch-" + (i + 1));
      out.addAll(writeBranch(d.symptom(), d.branches().get(i), target));
    }
    return out;
  }

  /** Writes one branch's files into {@code dir}. */
  static List<Path> writeBranch(Symptom symptom, Branch b, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    String where = situationText(b.situation());
    String verdict = b.reproduced() ? "reproduced" : "not reproduced";
    out.add(
        writeFile(
            dir.resolve("repro.yaml"),
            draft(
                "doctor: " + symptom.id() + " " + verdict,
                where
                    + "The symptom: "
                    + symptom.meaning()
                    + ". The final expect shows it"
                    + (b.reproduced() ? "." : " absent."),
                b.repro())));
    for (FixResult f : b.fixes()) {
      if (f.verified()) {
        out.add(
            writeFile(
                dir.resolve("fix-" + f.id() + ".yaml"),
                draft(
                    "doctor: fix " + f.id() + " removes " + symptom.id(),
                    where
                        + "Fix ("
                        + f.who()
                        + "): "
                        + f.action()
                        + ". The symptom, "
                        + symptom.meaning()
                        + ", is gone in the final expect.",
                    f.repro())));
      }
    }
    return out;
  }

  /** The scenario of a repro, ending in an expect that pins the route it plays to. */
  public static ScenarioDraft draft(String name, String description, Repro r) {
    Playback p = r.play();
    if (!p.completed()) {
      throw new IllegalArgumentException("a scenario to write must play without rejection");
    }
    Route route = p.route();
    FinalExpect end =
        new FinalExpect(
            portOrAccessory(r.world(), route.output(), route.outputAccessory()),
            portOrAccessory(r.world(), route.input(), route.inputAccessory()),
            Map.of(),
            VoipState.IDLE,
            false,
            false,
            p.decision().rules());
    return new ScenarioDraft(
        name, description, r.world(), r.callAudioRouting(), r.connectedFirst(), r.steps(), end);
  }

  private static String portOrAccessory(World w, Port port, int accessory) {
    return accessory == Route.BUILT_IN ? port.specName() : w.accessory(accessory).id();
  }

  private static String situationText(Map<String, String> situation) {
    if (situation.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    situation.forEach((k, v) -> parts.add(k + "=" + v));
    return "Situation: " + String.join(", ", parts) + ". ";
  }

  private static Path writeFile(Path file, ScenarioDraft draft) throws IOException {
    Files.writeString(file, ScenarioWriter.write(draft), StandardCharsets.UTF_8);
    return file;
  }
}
