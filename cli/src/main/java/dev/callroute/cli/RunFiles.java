package dev.callroute.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files {@code callroute run} plays: each file named, and every {@code *.yaml} or {@code *.yml}
 * file under each folder named, in name order.
 *
 * @param files the files to play, each once, in the order of the arguments
 * @param errors paths that could not be used, with the reason
 */
record RunFiles(List<Path> files, List<String> errors) {
  RunFiles {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
  }

  /** The files under these paths. */
  static RunFiles collect(List<Path> paths) {
    Set<Path> seen = new LinkedHashSet<>();
    List<Path> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path p : paths) {
      List<Path> found;
      int errorsBefore = errors.size();
      if (Files.isDirectory(p)) {
        found = scenariosUnder(p, errors);
        if (found.isEmpty() && errors.size() == errorsBefore) {
          errors.add(p + ": no *.yaml or *.yml files in this folder");
        }
      } else if (Files.isRegularFile(p)) {
        found = List.of(p);
      } else {
        errors.add(p + ": no such file or folder");
        found = List.of();
      }
      for (Path f : found) {
        if (seen.add(f.toAbsolutePath().normalize())) {
          files.add(f);
        }
      }
    }
    return new RunFiles(files, errors);
  }

  private static List<Path> scenariosUnder(Path folder, List<String> errors) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(RunFiles::isScenarioName)
          .sorted(Comparator.comparing(Path::toString))
          .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      errors.add(folder + ": cannot read the folder: " + e.getMessage());
      return List.of();
    }
  }

  private static boolean isScenarioName(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
