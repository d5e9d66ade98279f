package dev.callroute.doctor;

import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.VoipState;
import dev.callroute.core.World;
import dev.callroute.scenario.AtomicFiles;
import dev.callroute.scenario.FinalExpect;
import dev.callroute.scenario.ScenarioDraft;
import dev.callroute.scenario.ScenarioWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a diagnosis as scenario files: {@code repro.yaml}, and one {@code fix-<id>.yaml} per
 * verified fix. Each ends in an {@code expect} that pins the route: the symptom, or its absence.
 *
 * <p>The folder must be new or empty: nothing there is overwritten. With {@code force}, the files
 * that an earlier diagnosis wrote there (listed in its {@value #MANIFEST}) are removed first, and
 * only those. Files are written atomically (a temporary file, then a rename), never through a
 * symbolic link, and the list of what was written is kept in {@value #MANIFEST}.
 */
public final class ReproFiles {
  private ReproFiles() {}

  /** The file, in the folder written, that lists the files a diagnosis wrote there. */
  public static final String MANIFEST = ".callroute-doctor";

  /** The folder cannot be written as asked; the message says why and what to do. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** Writes into a new or empty folder; see {@link #write(Diagnosis, Path, boolean)}. */
  public static List<Path> write(Diagnosis d, Path dir) throws IOException, Refused {
    return write(d, dir, false);
  }

  /**
   * Writes the reproducing branches (every branch when none reproduces) under {@code dir}: directly
   * when the report has one branch, otherwise in {@code branch-N} folders numbered as in the
   * report.
   *
   * @param force first remove the files an earlier diagnosis wrote in {@code dir}
   * @return the files written, in order
   */
  public static List<Path> write(Diagnosis d, Path dir, boolean force) throws IOException, Refused {
    prepare(dir, force);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < d.branches().size(); i++) {
      if (d.branches().get(i).reproduced() || !d.reproduced()) {
        chosen.add(i);
      }
    }
    List<Path> out = new ArrayList<>();
    List<String> manifest = new ArrayList<>();
    for (int i : chosen) {
      Path target = dir;
      if (d.branches().size() > 1) {
        target = dir.resolve("branch-" + (i + 1));
        Files.createDirectory(target);
        manifest.add(dir.relativize(target) + "/");
      }
      String branch = d.branches().size() > 1 ? " (branch " + (i + 1) + ")" : "";
      for (Path f : writeBranch(d.symptom(), d.branches().get(i), target, branch)) {
        out.add(f);
        manifest.add(dir.relativize(f).toString());
      }
    }
    AtomicFiles.write(dir.resolve(MANIFEST), String.join("\n", manifest) + "\n");
    return out;
  }

  /** Makes {@code dir} ready: new, empty, or emptied of an earlier diagnosis's files. */
  private static void prepare(Path dir, boolean force) throws IOException, Refused {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir);
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new Refused(dir + " is not a folder");
    }
    if (force) {
      removeEarlierFiles(dir); // other files stay, and are never replaced
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> left = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
      if (!left.isEmpty()) {
        throw new Refused(
            dir
                + " is not empty (it holds "
                + String.join(", ", left)
                + "); write into a new or empty folder, or add --force to replace the files an"
                + " earlier diagnosis wrote there");
      }
    }
  }

  /** Removes the files and folders listed in the manifest of an earlier diagnosis, and it. */
  private static void removeEarlierFiles(Path dir) throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<String> listed = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    List<Path> folders = new ArrayList<>();
    for (String entry : listed) {
      if (entry.isBlank() || entry.contains("..") || entry.startsWith("/")) {
        continue; // never leave the folder, whatever the manifest says
      }
      Path p = dir.resolve(entry);
      if (entry.endsWith("/")) {
        folders.add(p);
      } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(p); // a link is removed, not what it points to
      }
    }
    for (Path folder : folders) {
      if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> entries = Files.list(folder)) {
          if (entries.findAny().isEmpty()) {
            Files.delete(folder);
          }
        }
      }
    }
    Files.delete(manifest);
  }

  /** Writes one branch's files into {@code dir}; {@code branch} ends each scenario's name. */
  static List<Path> writeBranch(Symptom symptom, Branch b, Path dir, String branch)
      throws IOException {
    List<Path> out = new ArrayList<>();
    String where = situationText(b.situation());
    String verdict = b.reproduced() ? "reproduced" : "not reproduced";
    out.add(
        writeFile(
            dir.resolve("repro.yaml"),
            draft(
                "doctor: " + symptom.id() + " " + verdict + branch,
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
                    "doctor: fix " + f.id() + " removes " + symptom.id() + branch,
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

  /** Writes a new file: one already there (or a link) is never replaced. */
  private static Path writeFile(Path file, ScenarioDraft draft) throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    AtomicFiles.write(file, ScenarioWriter.write(draft));
    return file;
  }
}
