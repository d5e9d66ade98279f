package dev.callroute.cli;

import dev.callroute.scenario.SourceText;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files {@code callroute run} plays: each file named ({@code -} for standard input), and every
 * {@code .yaml} or {@code .yml} file (in any case) under each folder named, in name order. Folder
 * scans skip hidden files and folders (names starting with a dot), follow symbolic links once (a
 * link back to a folder already being searched is skipped), report an entry they cannot read and go
 * on. A file reached twice, by two arguments or through links, is played once.
 *
 * @param files the files to play, each once, in the order of the arguments
 * @param errors paths that could not be used, with the reason
 * @param found for each folder, {@code "FOLDER: N scenario files"}
 */
record RunFiles(List<Path> files, List<String> errors, List<String> found) {
  /** The argument that means standard input. */
  static final Path STANDARD_INPUT = Path.of("-");

  RunFiles {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
    found = List.copyOf(found);
  }

  /** The files under these paths. */
  static RunFiles collect(List<Path> paths) {
    Set<Path> seen = new HashSet<>();
    List<Path> files = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Path p : paths) {
      if (p.equals(STANDARD_INPUT)) {
        if (files.contains(STANDARD_INPUT)) {
          errors.add("-: standard input can be read only once");
        } else {
          files.add(p);
        }
        continue;
      }
      List<Path> add;
      if (Files.isDirectory(p)) {
        int errorsBefore = errors.size();
        add = distinct(scenariosUnder(p, errors));
        found.add(p + ": " + add.size() + (add.size() == 1 ? " scenario file" : " scenario files"));
        if (add.isEmpty() && errors.size() == errorsBefore) {
          errors.add(p + ": no *.yaml or *.yml files in this folder");
        }
      } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        add = List.of(p); // the reader names what is wrong with a FIFO, a device, a broken link
      } else {
        errors.add(p + ": no such file or folder");
        add = List.of();
      }
      for (Path f : add) {
        if (seen.add(identity(f))) {
          files.add(f);
        }
      }
    }
    return new RunFiles(files, errors, found);
  }

  /** The files, each once: a file reached through links is counted and played once. */
  private static List<Path> distinct(List<Path> files) {
    Set<Path> seen = new HashSet<>();
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      if (seen.add(identity(f))) {
        out.add(f);
      }
    }
    return out;
  }

  /** The file itself, whatever the links and relative paths that lead to it. */
  private static Path identity(Path f) {
    try {
      return f.toRealPath();
    } catch (IOException e) {
      return f.toAbsolutePath().normalize();
    }
  }

  private static List<Path> scenariosUnder(Path folder, List<String> errors) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!hidden(file) && isScenarioName(file)) {
                if (attrs.isSymbolicLink()) {
                  errors.add(file + ": a symbolic link to nothing, skipped");
                } else {
                  out.add(file);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                return FileVisitResult.CONTINUE; // a link back to a folder being searched
              }
              errors.add(file + ": " + SourceText.reason(e) + ", skipped");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(folder + ": " + SourceText.reason(e));
    }
    out.sort(Comparator.comparing(Path::toString));
    return out;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isScenarioName(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
