package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/invalid} is invalid in one way (one file reports
 * several problems at once); each row gives the exact {@code line:column: message} of every
 * problem.
 */
class InvalidFilesTest {
  private static final Path FOLDER = Path.of("src/test/resources/invalid");

  static Stream<Arguments> files() {
    return Stream.of(
        row("bad-id.yaml", "3:11: call id '1st' must match [a-z][A-Za-z0-9_-]* (a letter first)"),
        row(
            "call-declared-later.yaml",
            "4:22: undeclared call 'c2': an earlier incomingCall or dial step must declare it (declared so far: c1)"),
        row(
            "callkit-with-receiver.yaml",
            "4:12: callKit: true is invalid with role: receiver: only a sender can use CallKit"),
        row(
            "duplicate-accessory-id.yaml",
            "4:10: duplicate accessory id 'airpods' (first declared at line 3)"),
        row(
            "duplicate-call-id.yaml",
            "5:11: duplicate call id 'c1' (first declared at line 3); give this call another id"),
        row("duplicate-key.yaml", "2:1: duplicate key 'name' in a scenario (first at line 1)"),
        row(
            "empty-expect.yaml",
            "4:13: an expect must check something: output, input, calls, voip, notified, notNotified, rejected, rules"),
        row("empty-file.yaml", "1:1: the file is empty; a scenario needs at least name and steps"),
        row("empty-steps.yaml", "2:8: steps must list at least one step"),
        row(
            "every-problem-reported.yaml",
            "3:48: unknown hfp 'sometimes'; expected one of: always, systemCallsOnly, never",
            "4:13: unknown mode 'voiceChats' (did you mean 'voiceChat'?)",
            "6:14: undeclared accessory 'airpod' in connect (did you mean 'airpods'?)",
            "7:13: undeclared call 'c9': an earlier incomingCall or dial step must declare it",
            "8:22: unknown port or accessory 'airpod' in output (did you mean 'airpods'?)"),
        row(
            "hfp-on-wired.yaml",
            "3:42: hfp is allowed only on Bluetooth accessories, and this one is a wiredHeadset"),
        row("input-port-as-output.yaml", "4:22: 'builtInMic' is an input port, not an output"),
        row("missing-accessory-kind.yaml", "3:5: missing required key 'kind' in an accessory"),
        row("missing-call-id.yaml", "3:11: missing required key 'id' in dial"),
        row("missing-name.yaml", "1:1: missing required key 'name' in a scenario"),
        row("missing-steps.yaml", "1:1: missing required key 'steps' in a scenario"),
        row(
            "not-a-map.yaml",
            "1:1: a scenario must be a map with keys name, description, settings, accessories, app, steps"),
        row(
            "not-yaml.yaml",
            "4:1: not YAML: while parsing a flow sequence at line 3: expected ',' or ']', but got <stream end>"),
        row("number-as-id.yaml", "3:19: call id must be a word, not the number 42"),
        row("on-instead-of-via.yaml", "6:24: unknown key 'on' in answer (did you mean 'via'?)"),
        row(
            "quoted-boolean.yaml",
            "2:16: callKit must be true or false, not the text 'true' (remove the quotes)"),
        row(
            "reserved-accessory-id.yaml",
            "3:10: accessory id 'iphone' is reserved (a word of steps for the iPhone's own route);"
                + " pick another id, such as 'myIphone'"),
        row(
            "rules-not-a-list.yaml",
            "4:21: rule IDs must be a list, such as [call.answer-on-iphone]"),
        row(
            "step-not-a-map.yaml",
            "3:5: a step is a map with one key, such as 'connect: airpods', not 'dial c1'"),
        row(
            "step-with-two-keys.yaml",
            "4:5: a step has exactly one key; start a new step with '- ' for this one"),
        row(
            "undeclared-accessory-no-accessories.yaml",
            "3:20: undeclared accessory 'jbl' in controlCenter; no accessories are declared"),
        row(
            "undeclared-accessory.yaml",
            "5:14: undeclared accessory 'airpod' in connect (did you mean 'airpods'?)"),
        row(
            "undeclared-call.yaml",
            "3:13: undeclared call 'c1': an earlier incomingCall or dial step must declare it"),
        row(
            "unknown-accessory-key.yaml",
            "3:19: unknown key 'knd' in an accessory (did you mean 'kind'?)"),
        row(
            "unknown-accessory-kind.yaml",
            "4:11: unknown accessory kind 'bluetoothHeadphones' (did you mean 'bluetoothHeadset'?)"),
        row(
            "unknown-app-role.yaml",
            "2:13: unknown role 'listener'; expected one of: sender, receiver"),
        row(
            "unknown-call-state.yaml",
            "4:26: unknown call state 'connected'; expected one of: ringing, active, held, ended"),
        row(
            "unknown-call-type.yaml",
            "3:34: unknown call type 'voip'; expected one of: cellular, facetime, app"),
        row(
            "unknown-expect-key.yaml",
            "4:14: unknown key 'ouput' in expect (did you mean 'output'?)"),
        row(
            "unknown-notification.yaml",
            "4:25: unknown notification 'routeChange:categoryChanged' (did you mean 'routeChange:categoryChange'?)"),
        row(
            "unknown-port.yaml",
            "4:22: unknown port or accessory 'handset' in output; expected a port (builtInReceiver, builtInSpeaker, headphones, bluetoothHFP, bluetoothA2DP, builtInMic, headsetMic, none, earpiece, speaker, mic) or an accessory id"),
        row(
            "unknown-rule.yaml",
            "4:22: unknown rule ID 'call.answer-on-phone' (did you mean 'call.answer-on-iphone'?)"),
        row(
            "unknown-setting-value.yaml",
            "2:30: unknown callAudioRouting 'bluetooth'; expected one of: automatic, bluetoothHeadset, speaker"),
        row("unknown-step.yaml", "4:5: unknown step 'anwser' (did you mean 'answer'?)"),
        row("tab-indentation.yaml", "3:1: tabs can't indent YAML; use spaces"),
        row(
            "bad-indentation.yaml",
            "4:4: bad indentation: this line does not line up with the list that starts at line 3;"
                + " indent it by 2 spaces to continue that list, or less to end it"),
        row(
            "indented-key.yaml",
            "2:8: a ':' is not allowed here: indent this line like the key above it, or quote a"
                + " value that contains ': '"),
        row(
            "yaml-version.yaml",
            "1:7: YAML version '9.9' is not supported; callroute reads YAML 1.2 (write %YAML 1.2,"
                + " or leave the line out)"),
        row(
            "nul-character.yaml",
            "3:13: the control character U+0000 is not allowed in YAML; remove it"),
        row(
            "escape-character.yaml",
            "1:15: the control character U+001B is not allowed in YAML; remove it"),
        row("not-utf8.yaml", "1:18: not UTF-8 at byte 18 (0xE9); save the file as UTF-8 text"),
        row(
            "misspelt-declaring-step.yaml",
            "3:5: unknown step 'incomingCal' (did you mean 'incomingCall'?)"),
        row(
            "unknown-top-level-key.yaml",
            "2:1: unknown key 'stpes' in a scenario (did you mean 'steps'?)"),
        row("yaml11-boolean.yaml", "4:19: speakerphone must be true or false, not the text 'on'"));
  }

  private static Arguments row(String file, String... problems) {
    return Arguments.of(Named.of(file, FOLDER.resolve(file)), List.of(problems));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void reportsEveryProblemAtItsNode(Path file, List<String> expected) {
    ReadResult result = ScenarioReader.read(file);

    assertThat(result.scenario()).isEmpty();
    assertThat(result.problems())
        .extracting(p -> p.line() + ":" + p.column() + ": " + p.message())
        .containsExactlyElementsOf(expected);
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
  }

  @Test
  void everyInvalidFileHasARow() throws IOException {
    List<String> inTable =
        files().map(a -> ((Named<?>) a.get()[0]).getName()).collect(Collectors.toList());
    try (Stream<Path> list = Files.list(FOLDER)) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(inTable);
    }
  }

  @Test
  void problemsPrintAsFileLineColumnMessage() {
    ReadResult result = ScenarioReader.read(FOLDER.resolve("undeclared-call.yaml"));

    assertThat(result.problems().get(0))
        .hasToString(
            FOLDER.resolve("undeclared-call.yaml")
                + ":3:13: undeclared call 'c1': an earlier incomingCall or dial step must"
                + " declare it");
  }
}
