package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class ExploreCommandTest {
  private static final Path WORLDS = Path.of("..", "worlds");
  private static final String BOOMBOX = WORLDS.resolve("boombox.yaml").toString();
  private static final String SUMMARY =
      "[\\d,]+ states?, [\\d,]+ transitions?, [\\d,]+ violations?";

  @TempDir Path dir;

  /** What one run of the command printed, and its status. */
  record Run(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    String lastLine() {
      List<String> lines = lines();
      return lines.get(lines.size() - 1);
    }
  }

  static Run explore(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("explore"), Stream.of(args)).toArray(String[]::new);
    int status =
        Main.commandLine(Environment.pipe())
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(all);
    return new Run(status, out.toString(), err.toString());
  }

  /** Reads the file as {@code callroute run} does and plays it: whether every expectation held. */
  static boolean replays(Path file) {
    ReadResult read = ScenarioReader.read(file);
    assertThat(read.problems()).as("problems of %s", file).isEmpty();
    return ScenarioPlayer.play(read.scenario().orElseThrow()).passed();
  }

  @Test
  void theSpeakerNeverRecordsAVoipCallAndTheSummaryComesLast() {
    Run r = explore(BOOMBOX, "--never", "input=boombox & voip=active");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.lastLine()).matches(SUMMARY).endsWith(" 0 violations");
    List<String> lines = r.lines();
    assertThat(lines.subList(lines.size() - 5, lines.size() - 1))
        .satisfiesExactly(
            l -> assertThat(l).matches("max depth: \\d+"),
            l -> assertThat(l).matches("seconds: \\d+\\.\\d{3}"),
            l -> assertThat(l).matches("states per second: [\\d,]+"),
            l -> assertThat(l).matches("memory per state: \\d+\\.\\d bytes .*"));
  }

  @Test
  void theStateCountIsTheSameOnEveryRunAndAfterTheAccessoriesAreRenamed() throws IOException {
    Path renamed = dir.resolve("renamed.yaml");
    Files.writeString(
        renamed,
        Files.readString(Path.of(BOOMBOX))
            .replace("boombox", "partySpeaker")
            .replace("airpods", "headsetTwo"));
    Run first = explore(BOOMBOX, "--threads", "1");
    Run again = explore(BOOMBOX, "--threads", "2");
    Run other = explore(renamed.toString());
    assertThat(first.lastLine()).matches(SUMMARY);
    assertThat(again.lastLine()).isEqualTo(first.lastLine());
    assertThat(other.lastLine()).isEqualTo(first.lastLine());
  }

  @Test
  void aPlantedViolationGivesAShortestCounterexampleThatReplaysUnderRun() throws IOException {
    Path out = dir.resolve("counterexample.yaml");
    Run r = explore(BOOMBOX, "--never", "input=boombox & call=active", "--out", out.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lastLine()).matches(SUMMARY).endsWith(" 1 violation");
    assertThat(r.out())
        .contains("violation: --never input=boombox & call=active")
        .contains("written to " + out);
    String yaml = Files.readString(out);
    assertThat(yaml).contains("- connect: boombox").contains("expect:");
    assertThat(replays(out)).isTrue();
    StringWriter played = new StringWriter();
    assertThat(
            new CommandLine(new Main())
                .setOut(new PrintWriter(played))
                .execute("run", out.toString()))
        .as(played.toString())
        .isZero();
  }

  @Test
  void aSearchCutOffByTheDepthBoundSaysItIsNoProofAndExitsWithFour() throws IOException {
    Run r = explore(BOOMBOX, "--never", "input=boombox & call=active", "--max-depth", "1");

    assertThat(r.status()).isEqualTo(4);
    assertThat(r.out())
        .contains(
            "invariants 1-7: no violation within depth 1 (the search was cut off)",
            "--never input=boombox & call=active: no violation within depth 1 (the search was cut"
                + " off)",
            "not a proof: the search was cut off at depth 1");
    Run reach = explore(BOOMBOX, "--reach", "input=boombox & call=active", "--max-depth", "1");
    assertThat(reach.status()).isEqualTo(4);
    assertThat(reach.out()).contains("not found within depth 1 (the search was cut off)");
    assertThat(reach.out()).doesNotContain("not reachable");
    Run json = explore(BOOMBOX, "--max-depth", "1", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("complete").asBoolean()).isFalse();
    assertThat(root.get("cutOffAtDepth").asInt()).isEqualTo(1);
    assertThat(root.get("exitStatus").asInt()).isEqualTo(4);
    Run full = explore(BOOMBOX, "--max-depth", "1000");
    assertThat(full.status()).isZero();
    assertThat(full.out()).doesNotContain("cut off", "not a proof");
  }

  @Test
  void jsonHoldsTheCountsTheViolationsAndTheirCounterexamples() throws IOException {
    Run r = explore(BOOMBOX, "--never", "input=boombox & call=active", "--format", "json");

    assertThat(r.status()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("complete").asBoolean()).isTrue();
    assertThat(root.get("cutOffAtDepth").isNull()).isTrue();
    assertThat(root.get("states").asLong()).isGreaterThan(1000);
    assertThat(root.get("transitions").asLong()).isGreaterThan(root.get("states").asLong());
    JsonNode v = root.get("violations").get(0);
    assertThat(v.get("property").asText()).isEqualTo("--never input=boombox & call=active");
    assertThat(v.get("steps").asInt()).isEqualTo(2);
    Path file = dir.resolve("from-json.yaml");
    Files.writeString(file, v.get("scenario").asText());
    assertThat(replays(file)).isTrue();
    assertThat(root.get("exitStatus").asInt()).isEqualTo(1);
  }

  @Test
  void outIsCheckedBeforeTheSearchAndADirectoryIsNoWorld() {
    Run missing = explore(BOOMBOX, "--out", dir.resolve("no/such/cx.yaml").toString());
    Run folder = explore(BOOMBOX, "--out", dir.toString());
    Run world = explore(WORLDS.toString());

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("does not exist").doesNotContain("states");
    assertThat(missing.out()).isEmpty();
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).contains("is a directory");
    assertThat(world.status()).isEqualTo(2);
    assertThat(world.err())
        .isEqualTo(
            "callroute explore: ../worlds: is a directory; give a scenario file (see 'callroute"
                + " explore --help')\n")
        .doesNotContain(":1:1");
  }

  @Test
  void progressWritesCountsAsTheSummaryDoes() {
    StringWriter err = new StringWriter();
    ExploreProgress p = ExploreProgress.always(new PrintWriter(err));

    p.update(31239, 1, 3);
    p.finish();

    assertThat(err.toString()).contains("exploring: 31,239 states, 1 transition, depth 3");
  }

  @ParameterizedTest
  @CsvSource({"1, state, 1 state", "2, state, 2 states", "31239, state, '31,239 states'"})
  void countsAreGroupedAndSingularWhereOne(long n, String noun, String text) {
    assertThat(ExploreReport.plural(n, noun)).isEqualTo(text);
  }

  @Test
  void severalCounterexamplesGoToNumberedFiles() {
    Path out = dir.resolve("found.yaml");
    Run r =
        explore(BOOMBOX, "--never", "voip=active", "--never", "call=held", "--out", out.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.lastLine()).endsWith(" 2 violations");
    assertThat(replays(out)).isTrue();
    assertThat(replays(dir.resolve("found-2.yaml"))).isTrue();
  }

  static Stream<Arguments> reachQueries() {
    String call = WORLDS.resolve("airpods-call.yaml").toString();
    return Stream.of(
        Arguments.of(BOOMBOX, "input=boombox & call=active"),
        Arguments.of(BOOMBOX, "output=airpods & voip=interrupted"),
        Arguments.of(BOOMBOX, "output=bluetoothA2DP & input=none & call=ringing"),
        Arguments.of(BOOMBOX, "callAudioRouting=speaker & output=builtInSpeaker & call=held"),
        Arguments.of(call, "call=active"),
        Arguments.of(call, "voip=interrupted & input=builtInMic"),
        Arguments.of(WORLDS.resolve("wired-desk.yaml").toString(), "output=wired & voip=active"));
  }

  @ParameterizedTest(name = "{0} --reach {1}")
  @MethodSource("reachQueries")
  void eachReachAnswerReplaysUnderRun(String world, String expr) {
    Path out = dir.resolve("reach.yaml");
    Run r = explore(world, "--reach", expr, "--out", out.toString(), "--max-calls", "2");
    assertThat(r.out()).contains("reachable: " + expr);
    assertThat(replays(out)).isTrue();
  }

  @Test
  void aReachAnswerPrintsARunnableScenarioOnStandardOutput() throws IOException {
    Run r = explore(BOOMBOX, "--reach", "voip=active & output=airpods");
    assertThat(r.status()).isZero();
    String out = r.out();
    String yaml = out.substring(out.indexOf("---\n") + 4, out.indexOf("\n...\n") + 1);
    Path file = dir.resolve("stdout.yaml");
    Files.writeString(file, yaml);
    assertThat(replays(file)).isTrue();
  }

  @Test
  void anUnreachableConditionSaysSoAndExitsWithOne() {
    Run r = explore(BOOMBOX, "--reach", "output=headphones");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("not reachable");
    assertThat(r.lastLine()).matches(SUMMARY);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--reach   | colour=red      | --reach 'colour=red': unknown key 'colour'; allowed keys:",
        "--never   | input=moon      | --never 'input=moon': unknown value 'moon' for key 'input';"
            + " allowed values: bluetoothHFP, builtInMic, headsetMic, none, boombox, airpods",
        "--reach   | call=ended      | allowed values: ringing, active, held",
        "--max-calls | 9             | --max-calls: must be between 0 and 7, not 9",
        "--max-depth | -1            | --max-depth: must be 0 or more, not -1",
        "--threads | 0               | --threads: must be between 1 and",
        "--max-states | 0            | --max-states: must be 1 or more, not 0",
        "--max-memory | lots         | --max-memory: 'lots' is not a size",
        "--max-memory | 0            | --max-memory: '0' must be more than 0",
        "--max-memory | 100000g      | --max-memory: 100000g is more than the Java heap",
        "--reach   | ouput=boombox   | unknown key 'ouput' (did you mean 'output'?); allowed keys:",
        "--never   | output=bombox   | unknown value 'bombox' for key 'output' (did you mean"
            + " 'boombox'?)",
        "--reach   | voip=actve      | (did you mean 'active'?)",
        "--format  | xml             | --format: 'xml' is not allowed; allowed values: text, json",
      })
  void badFlagsNameTheFlagAndTheAllowedValuesAndExitWithTwo(
      String flag, String value, String message) {
    Run r = explore(BOOMBOX, flag, value);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(message).doesNotContain("Exception");
    assertThat(r.err()).startsWith("callroute explore: ").endsWith(" --help')\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void anInvalidFileIsReportedAtItsLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: Bad\naccessories:\n  - id: x\n    kind: toaster\n");
    Run r = explore(bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(bad + ":4:11: ");
  }

  @Test
  void aStartingStepTheFileExpectsToBeRejectedIsLeftOut() throws IOException {
    Path file = dir.resolve("expected-rejection.yaml");
    Files.writeString(
        file,
        "name: Answer a call that does not ring\n"
            + "steps:\n"
            + "  - dial: c1\n"
            + "  - answer: c1\n"
            + "  - expect: {rejected: true}\n");
    Path out = dir.resolve("held.yaml");
    Run r = explore(file.toString(), "--reach", "call=held", "--out", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    String yaml = Files.readString(out);
    assertThat(yaml).contains("- dial: c1").doesNotContain("answer: c1");
    assertThat(replays(out)).isTrue();
  }

  @Test
  void aRejectedStartingStepIsReportedAtItsPosition() throws IOException {
    Path bad = dir.resolve("rejected.yaml");
    Files.writeString(
        bad,
        "name: Answer a call that does not ring\n"
            + "steps:\n"
            + "  - dial: c1\n"
            + "  - answer: c1\n");
    Run r = explore(bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(bad + ":4:5: ").contains("rejected");
  }
}
