package dev.callroute.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where callroute runs: the environment variables it reads, whether it talks to a terminal, and the
 * character set of the user's locale. Tests build one by hand; {@link #system()} reads the real
 * one.
 *
 * @param variables the environment variables ({@code COLUMNS}, {@code NO_COLOR}, {@code TERM})
 * @param terminal whether standard input and output are a terminal
 * @param charset the locale's character set, which decides whether ✓ and ✗ can be shown
 */
record Environment(Map<String, String> variables, boolean terminal, Charset charset) {
  Environment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(charset, "charset");
  }

  /** The environment of this process. */
  static Environment system() {
    return new Environment(System.getenv(), System.console() != null, localeCharset());
  }

  /** A pipe with UTF-8 and no variables set, for tests. */
  static Environment pipe() {
    return new Environment(Map.of(), false, StandardCharsets.UTF_8);
  }

  /** The value of a variable, when it is set and not empty. */
  Optional<String> get(String name) {
    String v = variables.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The character set of the locale (LANG, LC_ALL), which the terminal shows. */
  private static Charset localeCharset() {
    String name = System.getProperty("native.encoding", "UTF-8");
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.US_ASCII;
    }
  }
}
