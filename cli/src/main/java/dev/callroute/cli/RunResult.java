package dev.callroute.cli;

import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code callroute run} did with one file: its problems if invalid, otherwise its play report.
 *
 * @param file the file, as named on the command line or found under a folder
 * @param read the result of reading it
 * @param report the play report; present exactly when the file is valid
 */
record RunResult(Path file, ReadResult read, Optional<PlayReport> report) {
  RunResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(report, "report");
  }

  /** Reads the file and, when it is valid, plays it. */
  static RunResult of(Path file, ReadResult read) {
    return new RunResult(file, read, read.scenario().map(ScenarioPlayer::play));
  }

  /** Whether the file was invalid and not played. */
  boolean invalid() {
    return !read.valid();
  }

  /** Whether the scenario was played and passed. */
  boolean passed() {
    return report.map(PlayReport::passed).orElse(false);
  }

  /** {@code passed}, {@code failed} or {@code invalid}. */
  String status() {
    return invalid() ? "invalid" : passed() ? "passed" : "failed";
  }
}
