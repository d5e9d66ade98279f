package dev.callroute.cli;

import java.util.List;

/** Where {@code callroute run} reports, one file at a time, so that nothing waits for the end. */
interface RunOutput {
  /** Before the files: for each folder, how many scenario files it holds. */
  default void start(List<String> found) {}

  /** Reports one file, as soon as it has been read and played. */
  void file(RunResult result);

  /** Ends the report: the paths that could not be used, what folders held, and the counts. */
  void finish(List<String> errors, List<String> found);
}
