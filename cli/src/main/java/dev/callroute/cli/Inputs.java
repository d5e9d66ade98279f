package dev.callroute.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The input a command is working on, so that a failure caught far away (out of memory, a stack
 * overflow) can name it.
 */
final class Inputs {
  private static volatile Path current;

  private Inputs() {}

  /** The command is now working on {@code input}; always true, to chain in conditions. */
  static boolean working(Path input) {
    current = input;
    return true;
  }

  /** The command finished with its inputs. */
  static void done() {
    current = null;
  }

  /** {@code "while working on FILE "}, or nothing when no input is known. */
  static String describe() {
    return Optional.ofNullable(current).map(p -> "while working on " + p + " ").orElse("");
  }
}
