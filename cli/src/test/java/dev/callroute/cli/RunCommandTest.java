package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RunCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  private static final String PASSING =
      "name: Dialled call goes to the AirPods\n"
          + "accessories: [{id: airpods, kind: bluetoothHeadset, connected: true}]\n"
          + "steps:\n"
          + "  - dial: c1\n"
          + "  - expect: {output: airpods, rules: [call.dial]}\n";

  private static final String FAILING =
      "name: Wrong expectation\n"
          + "accessories: [{id: airpods, kind: bluetoothHeadset, connected: true}]\n"
          + "steps:\n"
          + "  - dial: c1\n"
          + "  - expect: {output: builtInReceiver}\n";

  private static final String INVALID = "name: Invalid\nsteps:\n  - dial: c1\n  - anwser: c1\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String lastLine() {
    List<String> lines = stdout().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void everyExamplePasses() throws IOException {
    long count;
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      count = walk.filter(p -> p.toString().endsWith(".yaml")).count();
    }

    int status = Main.execute("run", EXAMPLES.toString());

    assertThat(lastLine()).isEqualTo(count + " passed, 0 failed");
    assertThat(status).isZero();
    assertThat(count).isPositive();
  }

  @Test
  void textFitsA100ColumnTerminalWithoutColour() {
    Main.execute("run", EXAMPLES.toString());

    assertThat(stdout().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(stdout()).doesNotContain("\u001b[");
  }

  static Stream<Arguments> outcomes() {
    return Stream.of(
        Arguments.of("passing", List.of(PASSING), 0, "1 passed, 0 failed"),
        Arguments.of("failing", List.of(FAILING), 1, "0 passed, 1 failed"),
        Arguments.of("failing and passing", List.of(FAILING, PASSING), 1, "1 passed, 1 failed"),
        Arguments.of("invalid and passing", List.of(INVALID, PASSING), 2, "1 passed, 1 failed"),
        Arguments.of("invalid and failing", List.of(INVALID, FAILING), 2, "0 passed, 2 failed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outcomes")
  void exitStatusAndLastLine(String name, List<String> files, int status, String last)
      throws IOException {
    for (int i = 0; i < files.size(); i++) {
      file(i + ".yaml", files.get(i));
    }

    assertThat(Main.execute("run", dir.toString())).isEqualTo(status);
    assertThat(lastLine()).isEqualTo(last);
  }

  @Test
  void showsTheTimelineWithRulesInWordsAndIds() throws IOException {
    Main.execute("run", file("p.yaml", PASSING).toString());

    assertThat(stdout())
        .contains("PASS  Dialled call goes to the AirPods")
        .contains("dial: c1")
        .contains("bluetoothHFP (airpods)")
        .contains("notified  routeChange:categoryChange")
        .contains("call.dial: A call placed from the iPhone goes to")
        .contains("{output: airpods, rules: [call.dial]}  ok");
  }

  @Test
  void showsWhatWasExpectedAndWhatHappened() throws IOException {
    Path f = file("f.yaml", FAILING);

    Main.execute("run", f.toString());

    assertThat(stdout())
        .contains("FAIL  Wrong expectation")
        .contains("x output: expected builtInReceiver, got bluetoothHFP (airpods)")
        .contains(f + ":5:5: output: expected builtInReceiver, got bluetoothHFP (airpods)");
  }

  @Test
  void reportsAnInvalidFileAtItsNodeAndStillRunsTheOthers() throws IOException {
    Path bad = file("a.yaml", INVALID);
    file("b.yaml", PASSING);

    int status = Main.execute("run", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(stdout())
        .contains(bad + ":4:5: unknown step 'anwser' (did you mean 'answer'?)")
        .contains("PASS  Dialled call goes to the AirPods");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void jsonHasTheSameContent() throws IOException {
    file("a.yaml", INVALID);
    file("b.yaml", FAILING);

    int status = Main.execute("run", "--format", "json", dir.toString());

    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(status).isEqualTo(2);
    assertThat(json.get("passed").asInt()).isZero();
    assertThat(json.get("failed").asInt()).isEqualTo(2);
    JsonNode invalid = json.get("files").get(0);
    assertThat(invalid.get("status").asText()).isEqualTo("invalid");
    assertThat(invalid.get("problems").get(0).get("line").asInt()).isEqualTo(4);
    JsonNode failed = json.get("files").get(1);
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    JsonNode dial = failed.get("steps").get(1);
    assertThat(dial.get("step").asText()).isEqualTo("dial: c1");
    assertThat(dial.get("output").get("label").asText()).isEqualTo("bluetoothHFP (airpods)");
    assertThat(dial.get("rules").get(0).get("id").asText()).isEqualTo("call.dial");
    assertThat(dial.get("failures").get(0).get("expected").asText()).isEqualTo("builtInReceiver");
  }

  static Stream<Arguments> usageErrors() {
    return Stream.of(
        Arguments.of(
            List.of("run"), "callroute run: missing 'PATH' (see 'callroute run --help')\n"),
        Arguments.of(
            List.of("run", "--format", "xml", "x.yaml"),
            "callroute run: Invalid value for option '--format': 'xml'; expected text or json (see"
                + " 'callroute run --help')\n"),
        Arguments.of(
            List.of("run", "--colour", "x.yaml"),
            "callroute run: unknown option '--colour' (see 'callroute run --help')\n"),
        Arguments.of(
            List.of("run", "--no-colour", "x.yaml"),
            "callroute run: unknown option '--no-colour'; did you mean --no-color? (see 'callroute"
                + " run --help')\n"),
        Arguments.of(
            List.of("rnu", "examples"),
            "callroute: unknown command 'rnu'; did you mean run? (see 'callroute --help')\n"),
        Arguments.of(
            List.of("help", "rnu"),
            "callroute: unknown command 'rnu'; did you mean run? (see 'callroute --help')\n"),
        Arguments.of(
            List.of("run", "--format", "jsn", "x.yaml"),
            "(did you mean 'json'?); expected text or json"),
        Arguments.of(
            List.of("doctor", "--symtom", "x"),
            "callroute doctor: unknown option '--symtom'; did you mean --symptom? (see 'callroute"
                + " doctor --help')\n"),
        Arguments.of(List.of("run", "no/such/folder"), "no/such/folder: no such file or folder"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("usageErrors")
  void usageErrorsExit2WithoutAStackTrace(List<String> args, String message) {
    int status = Main.execute(args.toArray(String[]::new));

    String errors = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(2);
    assertThat(errors).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(errors.lines()).as("one line, not the whole help").hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "explore", "doctor"})
  void helpCommandAndNoColorOnEverySubcommand(String command) {
    assertThat(Main.execute("help", command)).isZero();
    assertThat(stdout()).startsWith("Usage: callroute " + command).contains("--no-color");
  }

  @Test
  void helpAndVersion() {
    assertThat(Main.execute("run", "--help")).isZero();
    assertThat(stdout()).contains("Usage: callroute run").contains("--format");
    assertThat(Main.execute("--version")).isZero();
    assertThat(stdout()).contains("callroute ");
  }
}
