package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code callroute doctor} end to end: output, exit statuses, files, and the interview. */
class DoctorCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private int doctor(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "doctor";
    System.arraycopy(args, 0, all, 1, args.length);
    return run(new Main(), all);
  }

  static final String[] CALLKIT_ANSWERED_ON_IPHONE = {
    "--call",
    "app",
    "--callkit",
    "yes",
    "--direction",
    "incoming",
    "--answered-via",
    "iphone",
    "--call-audio-routing",
    "automatic",
    "--mode",
    "voiceChat",
    "--default-to-speaker",
    "no"
  };

  /** {@code more}, then {@code base}. */
  private static String[] with(String[] base, String... more) {
    return Stream.concat(Stream.of(more), Stream.of(base)).toArray(String[]::new);
  }

  /**
   * The doctor command line: {@code before}, the README's CallKit situation, then {@code after}.
   */
  static String[] doctorLine(String[] before, String... after) {
    return Stream.of(Stream.of(before), Stream.of(CALLKIT_ANSWERED_ON_IPHONE), Stream.of(after))
        .flatMap(x -> x)
        .toArray(String[]::new);
  }

  @Test
  void reproducedWithAVerifiedFixExitsZeroAndPrintsTheSectionsInOrder() {
    int status = doctor(with(CALLKIT_ANSWERED_ON_IPHONE, "--symptom", "audio-on-earpiece"));

    assertThat(status).isZero();
    String text = out.toString();
    assertThat(text)
        .containsSubsequence(
            "Situation as understood",
            "Reproduced",
            "Cause:",
            "call.answer-on-iphone",
            "FAQ reason 1",
            "Fixes:",
            "✓ answer-via-accessory [user]",
            "✗ reconnect-accessory [user]");
    assertThat(text).doesNotContain("control-center-pick", "Outside the model");
  }

  @Test
  void notReproducedExitsOneAndSaysWhatLiesOutsideTheModel() {
    int status =
        doctor(
            "--symptom",
            "not-on-accessory",
            "--call",
            "cellular",
            "--direction",
            "outgoing",
            "--call-audio-routing",
            "automatic");

    assertThat(status).isEqualTo(1);
    assertThat(out.toString())
        .contains("Not reproduced", "Outside the model", "hfp: always", "call.dial");
  }

  static Stream<Arguments> invalidInput() {
    return Stream.of(
        Arguments.of(
            new String[] {"--symptom", "audio-on-earpiece", "--call", "voip"},
            "--call: 'voip' is not allowed; allowed values: cellular, facetime, app, unknown"),
        Arguments.of(
            new String[] {"--symptom", "loud", "--call", "app"},
            "--symptom: 'loud' is neither a symptom nor a readable file; allowed values:"
                + " audio-on-earpiece, audio-on-speaker, not-on-accessory, mic-not-on-accessory"),
        Arguments.of(
            new String[] {"--symptom", "not-on-accessory", "--accessory", "car"},
            "--accessory: 'car' is not allowed; allowed values: bluetoothHeadset,"
                + " bluetoothSpeaker, wiredHeadset, wiredHeadphones, unknown"),
        Arguments.of(
            new String[] {"--symptom", "not-on-accessory", "--format", "xml"},
            "--format: 'xml' is not allowed; allowed values: text, json"),
        Arguments.of(new String[] {"--call", "app"}, "--symptom is required"),
        Arguments.of(
            new String[] {"--symptom", "not-on-accessory", "--at-step", "2"},
            "--at-step needs --from-scenario"),
        Arguments.of(
            new String[] {
              "--symptom", "not-on-accessory", "--direction", "outgoing", "--answered-via", "iphone"
            },
            "--answered-via iphone conflicts with --direction outgoing"),
        Arguments.of(
            new String[] {
              "--symptom",
              "not-on-accessory",
              "--call",
              "cellular",
              "--interrupted-by-phone-call",
              "iphone"
            },
            "--interrupted-by-phone-call iphone conflicts with --call cellular"),
        Arguments.of(
            new String[] {"--symptom", "audio-on-earpice"}, "(did you mean 'audio-on-earpiece'?)"),
        Arguments.of(
            new String[] {"--symptom", "not-on-accessory", "--callkit", "yse"},
            "--callkit: 'yse' is not allowed (did you mean 'yes'?); allowed values: yes, no,"
                + " unknown (or true, false) (see 'callroute doctor --help')"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidInput")
  void invalidInputExitsTwoNamingTheFlagWithoutAStackTrace(String[] args, String message) {
    int status = doctor(args);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains(message).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aFreeTextSymptomIsEchoed() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "The call goes to the iPhone instead of the headset.");

    int status = doctor(with(CALLKIT_ANSWERED_ON_IPHONE, "--symptom", report.toString()));

    assertThat(status).isZero();
    assertThat(out.toString()).startsWith("Understood: audio-on-earpiece");
  }

  @Test
  void aFreeTextSymptomWithNoKeywordIsInvalid() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "It is broken.");

    assertThat(doctor("--symptom", report.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no symptom recognised", "audio-on-earpiece");
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    int status =
        doctor(
            with(CALLKIT_ANSWERED_ON_IPHONE, "--symptom", "audio-on-earpiece", "--format", "json"));

    assertThat(status).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("symptom").asText()).isEqualTo("audio-on-earpiece");
    JsonNode branch = root.get("branches").get(0);
    assertThat(branch.get("situation").get("callkit").asText()).isEqualTo("yes");
    assertThat(branch.get("reproduced").asBoolean()).isTrue();
    assertThat(branch.get("cause").get(0).asText()).isEqualTo("call.answer-on-iphone");
    assertThat(branch.get("fixes").get(0).get("id").asText()).isEqualTo("answer-via-accessory");
    assertThat(branch.get("fixes").get(0).get("verified").asBoolean()).isTrue();
  }

  @Test
  void writesFilesThatRunPasses() {
    Path target = dir.resolve("out");

    int status =
        doctor(
            with(
                CALLKIT_ANSWERED_ON_IPHONE,
                "--symptom",
                "audio-on-earpiece",
                "--write",
                target.toString()));

    assertThat(status).isZero();
    assertThat(target.resolve("repro.yaml")).exists();
    assertThat(target.resolve("fix-answer-via-accessory.yaml")).exists();
    assertThat(target.resolve("fix-reconnect-accessory.yaml")).doesNotExist();
    assertThat(out.toString()).contains("Wrote " + target.resolve("repro.yaml"));
    out.getBuffer().setLength(0);
    assertThat(run(new Main(), "run", target.toString())).as(out.toString()).isZero();
  }

  @Test
  void explainsARecordedScenarioAtAStep() throws IOException {
    Path file = dir.resolve("faq.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "name: VoIP after a phone call answered on the iPhone",
            "accessories:",
            "  - {id: airpods, kind: bluetoothHeadset, connected: true}",
            "steps:",
            "  - incomingCall: c1",
            "  - answer: c1",
            "  - expect: {output: builtInReceiver}",
            "  - end: c1",
            "  - dial: {id: v1, type: app}",
            ""));

    int status =
        doctor(
            "--from-scenario", file.toString(), "--at-step", "4", "--symptom", "not-on-accessory");

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("voip.last-call-route", "✓ control-center-pick", "✗ setting-bluetooth-headset");
    assertThat(
            doctor(
                "--from-scenario",
                file.toString(),
                "--at-step",
                "9",
                "--symptom",
                "not-on-accessory"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--at-step: 9 is out of range");
  }

  @Test
  void interviewsWhenOnATerminalWithoutFlags() {
    String answers = String.join("\n", "1", "cellular", "incoming", "iphone", "", "automatic", "");
    DoctorCommand command = new DoctorCommand(new BufferedReader(new StringReader(answers)));

    int status = run(command);

    assertThat(status).isZero();
    assertThat(out.toString())
        .containsSubsequence(
            "What is wrong?", "--call>", "--direction>", "Reproduced", "✓ answer-via-accessory");
  }

  @Test
  void aFullyFilledFormForASystemCallWorks() {
    int status =
        doctor(
            "--symptom", "audio-on-earpiece",
            "--call", "cellular",
            "--callkit", "false",
            "--role", "sender",
            "--direction", "incoming",
            "--answered-via", "iphone",
            "--accessory", "bluetoothHeadset",
            "--call-audio-routing", "automatic",
            "--earlier-phone-call", "none",
            "--interrupted-by-phone-call", "no",
            "--mode", "voiceChat",
            "--default-to-speaker", "false");

    assertThat(status).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains(
            "note: --interrupted-by-phone-call no does not apply to this call; noted",
            "note: --earlier-phone-call none does not apply to this call; noted",
            "Reproduced");
  }

  @Test
  void helpSaysWhichValuesMeanNothingHappened() {
    assertThat(doctor("--help")).isZero();

    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help)
        .contains("Yes/no flags take yes, no, true or false")
        .contains("--earlier-phone-call none, --interrupted-by-phone-call no")
        .contains("are accepted for any call");
  }

  @Test
  void theEndOfInputAbortsTheInterviewWithExitTwo() {
    DoctorCommand command = new DoctorCommand(new BufferedReader(new StringReader("1\napp\n")));

    int status = run(command);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString())
        .contains("the interview was aborted: the input ended at the question --callkit")
        .contains("nothing was diagnosed");
    assertThat(out.toString()).doesNotContain("Reproduced", "Symptom:");
  }

  @Test
  void summaryPrintsTheBranchesByCauseOnly() {
    int status =
        doctor(
            "--symptom",
            "audio-on-earpiece",
            "--call",
            "app",
            "--callkit",
            "yes",
            "--direction",
            "incoming",
            "--summary");

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("Branches by cause", "Branch 2: reproduced by call.answer-on-iphone")
        .doesNotContain("Situation as understood", "Fixes:");
  }

  @Test
  void writeFoldersCarryTheBranchNumbersOfTheReport() {
    Path target = dir.resolve("numbered");

    doctor(
        "--symptom",
        "audio-on-earpiece",
        "--call",
        "app",
        "--callkit",
        "yes",
        "--direction",
        "incoming",
        "--mode",
        "voiceChat",
        "--default-to-speaker",
        "no",
        "--write",
        target.toString());

    assertThat(out.toString()).contains("Reproduced in branch 1 where:");
    assertThat(target.resolve("branch-1").resolve("repro.yaml")).exists();
    assertThat(target.resolve("repro.yaml")).doesNotExist();
  }
}
