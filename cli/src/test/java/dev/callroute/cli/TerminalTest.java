package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TerminalTest {
  static Stream<Arguments> wraps() {
    return Stream.of(
        Arguments.of("one two three", 7, List.of("one two", "three")),
        Arguments.of("one two three", 13, List.of("one two three")),
        Arguments.of("  spaced   out  ", 20, List.of("spaced out")),
        Arguments.of("averyveryverylongword x", 5, List.of("averyveryverylongword", "x")),
        Arguments.of("", 10, List.of("")));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("wraps")
  void wrapsAtSpacesWithinTheWidth(String text, int width, List<String> lines) {
    assertThat(Terminal.wrap(text, width)).isEqualTo(lines);
  }

  @Test
  void plainTextHasNoEscapes() {
    Terminal t = Terminal.plain();

    assertThat(t.colors()).isFalse();
    assertThat(t.red(t.bold("FAIL")) + t.green("ok") + t.dim("x") + t.cyan("y") + t.yellow("z"))
        .isEqualTo("FAILokxyz");
  }

  @Test
  void colourUsesAnsiCodesAndResets() {
    Terminal t = Terminal.colored();

    assertThat(t.red("FAIL")).isEqualTo("\u001b[31mFAIL\u001b[0m");
    assertThat(t.bold("")).isEmpty();
  }

  private static Environment env(boolean terminal, String... variables) {
    Map<String, String> vars = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      vars.put(variables[i], variables[i + 1]);
    }
    return new Environment(vars, terminal, StandardCharsets.UTF_8);
  }

  @Test
  void colourOnlyOnAColourTerminal() {
    assertThat(Terminal.of(env(true), false).colors()).isTrue();
    assertThat(Terminal.of(env(true, "TERM", "xterm-256color"), false).colors()).isTrue();
    assertThat(Terminal.of(env(true, "TERM", "dumb"), false).colors()).isFalse();
    assertThat(Terminal.of(env(true, "NO_COLOR", "1"), false).colors()).isFalse();
    assertThat(Terminal.of(env(true, "NO_COLOR", ""), false).colors()).isTrue();
    assertThat(Terminal.of(env(true), true).colors()).as("--no-color").isFalse();
    assertThat(Terminal.of(env(false), false).colors()).as("a pipe").isFalse();
  }

  @ParameterizedTest(name = "COLUMNS={0} -> {1}")
  @CsvSource({
    "'', 100",
    "80, 80",
    "132, 132",
    "20, 60",
    "0, 100",
    "-5, 100",
    "wide, 100",
    "' 90 ', 90"
  })
  void theWidthIsColumnsWhenSetNeverBelowTheMinimum(String columns, int width) {
    assertThat(Terminal.of(env(true, "COLUMNS", columns), false).width()).isEqualTo(width);
    assertThat(Terminal.of(env(false, "COLUMNS", columns), false).width())
        .as("a pipe or a file")
        .isEqualTo(Terminal.DEFAULT_WIDTH);
  }

  @Test
  void marksNeedAnEncodingThatShowsThem() {
    Environment ascii = new Environment(Map.of(), true, StandardCharsets.US_ASCII);
    Environment latin1 = new Environment(Map.of(), true, StandardCharsets.ISO_8859_1);

    assertThat(Terminal.of(env(true), false).unicode()).isTrue();
    assertThat(Terminal.of(ascii, false).unicode()).isFalse();
    assertThat(Terminal.of(latin1, false).unicode()).isFalse();
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("plain name", "plain name"),
        Arguments.of("\u001b[32mPASS\u001b[0m", "\\x1b[32mPASS\\x1b[0m"),
        Arguments.of("bell\u0007", "bell\\x07"),
        Arguments.of("back\rPASS", "back\\x0dPASS"),
        Arguments.of("c1\u009b31m", "c1\\x9b31m"),
        Arguments.of("del\u007f", "del\\x7f"),
        Arguments.of("rtl\u202eSSAP", "rtl\\u202eSSAP"),
        Arguments.of("two\nlines\ttab", "two\\nlines\\ttab"),
        Arguments.of("Dana's AirPods ✓ é", "Dana's AirPods ✓ é"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("escapes")
  void controlCharactersAreShownEscaped(String raw, String shown) {
    assertThat(Terminal.escape(raw)).isEqualTo(shown);
  }

  @Test
  void noColourWithoutATerminalOrWhenAsked() {
    // Tests run without a console, so colour is off either way.
    assertThat(Terminal.of(Environment.system(), false).colors()).isFalse();
    assertThat(Terminal.of(Environment.system(), true).colors()).isFalse();
  }
}
