package dev.callroute.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --no-color} flag that every subcommand takes, and the terminal it leads to. */
final class ColorOption {
  @Option(
      names = "--no-color",
      description =
          "Never colour the text. Colour is also off when standard output is not a terminal, when"
              + " NO_COLOR is set, and for TERM=dumb.")
  boolean noColor;

  /** The terminal of the command {@code spec}, honouring this flag. */
  Terminal terminal(CommandSpec spec) {
    return Terminal.of(Main.environmentOf(spec), noColor);
  }
}
