package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's text output follows the terminal: its width, colours and character set. */
class TerminalOutputTest {
  private static final String EXAMPLES = Path.of("..", "examples").toString();
  private static final String[] DOCTOR =
      DoctorCommandTest.doctorLine(new String[] {"doctor", "--symptom", "audio-on-earpiece"});

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Environment env, String... args) {
    return Main.commandLine(env)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private static Environment terminal(Charset charset, String... variables) {
    Map<String, String> vars = new java.util.HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      vars.put(variables[i], variables[i + 1]);
    }
    return new Environment(vars, true, charset);
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 90, 120})
  void runAndDoctorFitTheColumnsOfTheTerminal(int columns) {
    Environment env = terminal(StandardCharsets.UTF_8, "COLUMNS", String.valueOf(columns));

    assertThat(run(env, "run", "--no-color", EXAMPLES)).isZero();
    assertThat(run(env, DOCTOR)).isZero();

    assertThat(out.toString().lines())
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(columns));
    if (columns > 100) {
      assertThat(out.toString().lines()).anyMatch(l -> l.length() > 100);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 70, 80})
  void traceFitsTheColumnsOfTheTerminal(int columns) {
    Environment env = terminal(StandardCharsets.UTF_8, "COLUMNS", String.valueOf(columns));
    Path traces = Path.of("..", "examples", "traces");

    for (String log : List.of("linphone.log", "webrtc-xcode.log", "console-app.log")) {
      assertThat(run(env, "trace", "--no-color", traces.resolve(log).toString())).isZero();
    }

    assertThat(out.toString()).contains("What the log leaves open:");
    // Each log's last line keeps its exact one-line form (the contract), whatever the
    // width.
    assertThat(out.toString().lines().filter(l -> !l.matches("\\d+ observations, .*")))
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(columns));
  }

  @Test
  void usageHelpFollowsTheWidthToo() {
    run(terminal(StandardCharsets.UTF_8, "COLUMNS", "64"), "help", "doctor");

    // A terminal gets coloured help; the width is that of the visible text.
    String visible = out.toString().replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(visible).startsWith("Usage: callroute doctor");
    assertThat(visible.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(64));
  }

  @Test
  void noColourForADumbTerminalOrWithNoColor() {
    run(terminal(StandardCharsets.UTF_8, "TERM", "xterm-256color"), "run", EXAMPLES);
    assertThat(out.toString()).as("a colour terminal").contains("\u001b[");
    out.getBuffer().setLength(0);

    run(terminal(StandardCharsets.UTF_8, "TERM", "dumb"), "run", EXAMPLES);
    run(terminal(StandardCharsets.UTF_8), "run", "--no-color", EXAMPLES);
    run(
        terminal(StandardCharsets.UTF_8),
        "explore",
        "--no-color",
        "--max-depth",
        "1",
        Path.of("..", "worlds", "boombox.yaml").toString());
    run(terminal(StandardCharsets.UTF_8), concat(DOCTOR, "--no-color"));

    assertThat(out.toString()).doesNotContain("\u001b[").contains("passed, 0 failed", "Fixes:");
    assertThat(err.toString()).doesNotContain("Unknown option");
  }

  @Test
  void wordsInsteadOfMarksWhenTheLocaleCannotShowThem() {
    assertThat(run(terminal(StandardCharsets.US_ASCII), DOCTOR)).isZero();

    assertThat(out.toString())
        .contains("    ok answer-via-accessory [user]", "    no reconnect-accessory [user]")
        .doesNotContain("✓", "✗", "?");
    out.getBuffer().setLength(0);
    run(terminal(StandardCharsets.UTF_8), DOCTOR);
    assertThat(out.toString()).contains("✓ answer-via-accessory", "✗ reconnect-accessory");
  }

  @Test
  void escapeSequencesInNamesAndDescriptionsAreShownEscaped() throws IOException {
    Path evil = dir.resolve("evil.yaml");
    Files.writeString(
        evil,
        "name: \"FAIL \\e[2K\\rPASS  all good\"\n"
            + "description: \"set the title \\e]0;pwned\\a then \\u202Eright to left\"\n"
            + "steps:\n"
            + "  - incomingCall: c1\n"
            + "  - expect: {output: builtInReceiver}\n");

    run(terminal(StandardCharsets.UTF_8, "TERM", "xterm"), "run", "--no-color", evil.toString());

    String text = out.toString() + err.toString();
    assertThat(text)
        .doesNotContain("\u001b", "\r", "\u0007", "\u202e")
        .contains("FAIL \\x1b[2K\\x0dPASS all good", "\\x1b]0;pwned\\x07", "\\u202eright");
  }

  @Test
  void everyCommandWritesToItsOwnOutputNeverStraightToSystemOut() {
    java.io.PrintStream saved = System.out;
    java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
    try {
      run(Environment.pipe(), "run", EXAMPLES);
      run(Environment.pipe(), "run", "--format", "json", EXAMPLES);
      run(Environment.pipe(), DOCTOR);
      run(Environment.pipe(), "help", "explore");
    } finally {
      System.setOut(saved);
    }

    assertThat(stray.toString(StandardCharsets.UTF_8))
        .as("printed past the command's writer")
        .isEmpty();
    assertThat(out.toString()).contains("passed, 0 failed", "Fixes:", "Usage: callroute explore");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
