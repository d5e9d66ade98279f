package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the README promises of every command: {@code --no-color}, and a place in the help. */
class EveryCommandTest {
  private static final Map<String, CommandLine> COMMANDS =
      Main.commandLine(Environment.pipe()).getSubcommands();

  @Test
  void everyCommandThatPrintsTakesNoColor() {
    assertThat(COMMANDS.keySet()).contains("run", "explore", "doctor", "serve", "help");
    COMMANDS.forEach(
        (name, cl) -> {
          if (!name.equals("help")) {
            assertThat(cl.getCommandSpec().findOption("--no-color"))
                .as("callroute %s --no-color", name)
                .isNotNull();
          }
        });
  }

  @Test
  void serveAcceptsNoColorOnTheCommandLine() {
    CommandLine.ParseResult parsed =
        Main.commandLine(Environment.pipe()).parseArgs("serve", "--no-color", "--port", "0");
    assertThat(parsed.subcommand().hasMatchedOption("--no-color")).isTrue();
  }
}
