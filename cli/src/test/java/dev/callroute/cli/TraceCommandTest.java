package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.junit.jupiter.params.provider.MethodSource;

class TraceCommandTest {
  private static final Path TRACES = Path.of("..", "examples", "traces");
  private static final String DEVIATION =
      "{\"event\":\"route\",\"inputs\":[],\"outputs\":[{\"type\":\"BluetoothA2DPOutput\",\"name\":"
          + "\"JBL Flip 6\",\"uid\":\"F8:5C:7D:21:09:4B-tacl\"}]}\n"
          + "{\"event\":\"routeChange\",\"reason\":\"categoryChange\",\"inputs\":[{\"type\":"
          + "\"MicrophoneBuiltIn\",\"name\":\"iPhone Microphone\"}],\"outputs\":[{\"type\":"
          + "\"Receiver\",\"name\":\"Receiver\"}]}\n"
          + "{\"event\":\"routeChange\",\"reason\":\"override\",\"inputs\":[{\"type\":"
          + "\"BluetoothHFP\",\"name\":\"JBL Flip 6\",\"uid\":\"F8:5C:7D:21:09:4B-tsco\"}],"
          + "\"outputs\":[{\"type\":\"BluetoothHFP\",\"name\":\"JBL Flip 6\",\"uid\":"
          + "\"F8:5C:7D:21:09:4B-tsco\"}]}\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private InputStream savedIn;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    savedIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    System.setIn(savedIn);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String lastLine() {
    List<String> lines = stdout().lines().toList();
    return lines.get(lines.size() - 1);
  }

  static Stream<Path> samples() throws IOException {
    return Files.list(TRACES).sorted();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSamplePrintsAnExplainedTimeline(Path sample) {
    int status = Main.execute("trace", sample.toString());

    assertThat(status).as(stdout()).isZero();
    assertThat(lastLine())
        .matches("(\\d+) observations, \\1 explained, 0 deviations, 0 outside the model");
    assertThat(stdout()).contains("TRACE  " + sample).contains("explained");
    assertThat(stdout().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(stdout()).doesNotContain("\u001b[");
  }

  @Test
  void aDeviationExitsOneAndIsMarked() throws IOException {
    Path log = Files.writeString(dir.resolve("dev.jsonl"), DEVIATION);

    int status =
        Main.execute(
            "trace",
            log.toString(),
            "--assume",
            "jbl-flip-6=bluetoothSpeaker",
            "--assume",
            "callKit=no",
            "--assume",
            "role=sender");

    assertThat(status).isEqualTo(1);
    assertThat(stdout()).contains("DEVIATION").contains("allowed    output builtInReceiver");
    assertThat(lastLine())
        .isEqualTo("3 observations, 2 explained, 1 deviations, 0 outside the model");
  }

  @Test
  void noObservationExitsTwoAndNamesTheFormatsLookedFor() throws IOException {
    Path log = Files.writeString(dir.resolve("empty.log"), "hello\nworld\n");

    int status = Main.execute("trace", log.toString());

    assertThat(status).isEqualTo(2);
    String e = err.toString(StandardCharsets.UTF_8);
    assertThat(e).contains("no observation in " + log).contains("2 lines, 2 skipped");
    assertThat(e).contains("W1 WebRTC").contains("J1 callroute JSON lines").contains("L1 Linphone");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void badInputExitsTwoWithAMessage() throws IOException {
    assertThat(Main.execute("trace", dir.resolve("missing.log").toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.log: no such readable file");
    assertThat(Main.execute("trace", dir.toString())).isEqualTo(2);
    assertThat(Main.execute("trace", "--max-hidden", "9", TRACES.resolve("baresip.log").toString()))
        .isEqualTo(2);
    assertThat(Main.execute("trace", "--format", "xml", TRACES.resolve("baresip.log").toString()))
        .isEqualTo(2);
    assertThat(
            Main.execute(
                "trace", "--assume", "colour=blue", TRACES.resolve("baresip.log").toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--assume colour=blue: no such fact")
        .doesNotContain("Exception");
  }

  @Test
  void jsonHasTheSameContent() throws IOException {
    int status =
        Main.execute("trace", "--format", "json", TRACES.resolve("webrtc-xcode.log").toString());

    assertThat(status).isZero();
    JsonNode doc = new ObjectMapper().readTree(stdout());
    assertThat(doc.get("observations").size()).as(stdout()).isEqualTo(3);
    assertThat(doc.get("summary").asText())
        .isEqualTo("3 observations, 3 explained, 0 deviations, 0 outside the model");
    assertThat(doc.get("app").asText()).isEqualTo("Ringo");
    assertThat(doc.get("counts").get("explained").asInt()).isEqualTo(3);
    JsonNode first = doc.get("observations").get(0);
    assertThat(first.get("source").asText()).endsWith("webrtc-xcode.log:3");
    assertThat(first.get("status").asText()).isEqualTo("explained");
    assertThat(first.get("reason").asText()).isEqualTo("categoryChange");
    assertThat(first.get("explanations").get(0).get(0).get("step").asText())
        .isEqualTo("dial: {id: c1, type: app}");
    assertThat(first.get("explanations").get(0).get(0).get("rules").get(0).get("id").asText())
        .isEqualTo("voip.bluetooth-when-no-phone-call");
    assertThat(first.get("indistinguishable").asBoolean()).isTrue();
    assertThat(doc.get("facts").get("CallKit").get("pinned").asBoolean()).isFalse();
  }

  @Test
  void writeGivesAScenarioThatRunPasses() throws IOException {
    Path scenario = dir.resolve("trace.yaml");

    int status =
        Main.execute(
            "trace", "--write", scenario.toString(), TRACES.resolve("callroute.jsonl").toString());

    assertThat(status).isZero();
    assertThat(stdout()).contains("wrote " + scenario);
    String text = Files.readString(scenario);
    assertThat(text).contains("callKit: true").contains("- expect: {output: work-headset");
    out.reset();
    assertThat(Main.execute("run", scenario.toString())).isZero();
    assertThat(lastLine()).isEqualTo("1 passed, 0 failed");
  }

  @Test
  void writeIntoAMissingFolderExitsTwo() {
    Path scenario = dir.resolve("no/such/folder/trace.yaml");

    int status =
        Main.execute(
            "trace", "--write", scenario.toString(), TRACES.resolve("callroute.jsonl").toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--write: cannot write");
  }

  @Test
  void standardInputIsRead() throws IOException {
    System.setIn(new ByteArrayInputStream(Files.readAllBytes(TRACES.resolve("baresip.log"))));

    int status = Main.execute("trace", "-");

    assertThat(status).isZero();
    assertThat(stdout()).contains("-:4");
    assertThat(lastLine())
        .isEqualTo("4 observations, 4 explained, 0 deviations, 0 outside the model");
  }

  @Test
  void sameInputSameBytes() {
    Main.execute("trace", TRACES.resolve("linphone.log").toString());
    String first = stdout();
    out.reset();
    Main.execute("trace", TRACES.resolve("linphone.log").toString());
    assertThat(stdout()).isEqualTo(first);
  }
}
