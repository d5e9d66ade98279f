package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

  @Test
  void noColourWithoutATerminalOrWhenAsked() {
    // Tests run without a console, so colour is off either way.
    assertThat(Terminal.detect(false).colors()).isFalse();
    assertThat(Terminal.detect(true).colors()).isFalse();
  }
}
