package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Help follows the README's colour rule like every other output: only on a terminal, never with
 * {@code NO_COLOR}, {@code TERM=dumb} or {@code --no-color}.
 */
class HelpColourTest {
  private static String help(Map<String, String> variables, String... args) {
    StringWriter out = new StringWriter();
    Main.commandLine(new Environment(variables, true, StandardCharsets.UTF_8))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(new StringWriter(), true))
        .execute(args);
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"explore --help", "help explore", "run --help", "--help"})
  void aTerminalGetsColouredHelp(String args) {
    assertThat(help(Map.of("TERM", "xterm"), args.split(" "))).contains("\u001b[");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"explore --help", "help explore", "serve --help", "--help"})
  void termDumbGetsPlainHelp(String args) {
    String text = help(Map.of("TERM", "dumb"), args.split(" "));
    assertThat(text).contains("Usage:").doesNotContain("\u001b[");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"explore --help", "doctor --help"})
  void noColorGetsPlainHelp(String args) {
    assertThat(help(Map.of("TERM", "xterm", "NO_COLOR", "1"), args.split(" ")))
        .doesNotContain("\u001b[");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"explore --no-color --help", "run --help --no-color", "serve --no-color --help"})
  void theNoColorFlagGetsPlainHelp(String args) {
    assertThat(help(Map.of("TERM", "xterm"), args.split(" "))).doesNotContain("\u001b[");
  }
}
