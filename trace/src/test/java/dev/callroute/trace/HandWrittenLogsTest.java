package dev.callroute.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logs written by hand in every line shape of docs/trace-format.md, each with the pitfalls of real
 * pasted logs, and the explanation each must give.
 */
class HandWrittenLogsTest {
  static Stream<Arguments> logs() {
    return Stream.of(
        // Markdown quoting, a code fence, CRLF, a fragment at the start, \U2019 in names,
        // Spanish port names, a route description cut off by the next entry.
        Arguments.of(
            "webrtc-issue-comment.md",
            List.of("6:explained", "22:explained", "37:explained"),
            "3 observations, 3 explained, 0 deviations, 0 outside the model",
            5L),
        // R1 and W1 interleaved, reporting the same changes twice; one-line route descriptions.
        Arguments.of(
            "mixed-incall-webrtc.log",
            List.of(
                "1:explained",
                "2:explained",
                "16:explained",
                "17:explained",
                "18:explained",
                "21:explained"),
            "6 observations, 6 explained, 0 deviations, 0 outside the model",
            0L),
        // One address as -tacl and -tsco; other processes' C2 and C3 lines.
        Arguments.of(
            "tsco-tacl-console.log",
            List.of("1:explained", "3:explained", "17:explained"),
            "3 observations, 3 explained, 0 deviations, 0 outside the model",
            0L),
        // French names only, one escaped apostrophe, a noise line.
        Arguments.of(
            "linphone-french.log",
            List.of("1:explained", "2:explained", "4:explained"),
            "3 observations, 3 explained, 0 deviations, 0 outside the model",
            1L),
        // An unknown key, an unknown event, an object wrapped over lines, a cut-off object, a
        // CarPlay stretch outside the model.
        Arguments.of(
            "json-lines-pitfalls.jsonl",
            List.of(
                "1:explained",
                "3:explained",
                "7:explained",
                "8:explained",
                "9:outside",
                "10:outside",
                "11:explained"),
            "7 observations, 5 explained, 0 deviations, 2 outside the model",
            2L));
  }

  @ParameterizedTest
  @MethodSource("logs")
  void eachLogHasItsExplanation(String log, List<String> verdicts, String summary, long skipped)
      throws IOException {
    TraceRun run = TraceRun.of(log);
    assertThat(run.verdicts()).isEqualTo(verdicts);
    assertThat(run.summary()).isEqualTo(summary);
    assertThat(run.result().stats().skipped()).isEqualTo(skipped);
    String text = run.result().scenario(List.of(log), Path.of("w.yaml")).orElseThrow();
    var read = ScenarioReader.read(text, Path.of("w.yaml"));
    assertThat(read.valid()).as(text).isTrue();
    assertThat(ScenarioPlayer.play(read.scenario().orElseThrow()).passed()).as(text).isTrue();
  }

  @Test
  void theMarkdownCommentIsAConnectedCallThatLosesTheAirPodsThenGoesToTheSpeaker()
      throws IOException {
    TraceRun run = TraceRun.of("webrtc-issue-comment.md");
    assertThat(run.firstSteps())
        .containsExactly(
            "dial: {id: c1, type: app}", "disconnect: danas-airpods-pro", "controlCenter: speaker");
    assertThat(run.explained().get(0).modelRoute())
        .isEqualTo(
            "output bluetoothHFP (danas-airpods-pro \"Dana’s AirPods Pro\"), input bluetoothHFP"
                + " (danas-airpods-pro \"Dana’s AirPods Pro\")");
    assertThat(run.explained().get(2).alternatives()).hasSize(3);
  }

  @Test
  void duplicatesFromTwoFormatsNeedNoSecondStep() throws IOException {
    TraceRun run = TraceRun.of("mixed-incall-webrtc.log");
    assertThat(run.firstSteps())
        .containsExactly("dial: {id: c1, type: app}", "", "speakerphone: true", "", "", "");
    assertThat(run.result().summary().facts().get("app role")).containsExactly("sender");
  }

  @Test
  void oneAddressOverHfpAndA2dpIsOneAccessoryAndOtherProcessesAreDropped() throws IOException {
    TraceRun run = TraceRun.of("tsco-tacl-console.log");
    assertThat(run.result().summary().facts()).containsKey("bose-qc45 is a");
    assertThat(run.result().summary().facts().keySet().stream().filter(k -> k.endsWith(" is a")))
        .hasSize(1);
    assertThat(run.result().app()).isEqualTo("Walkie");
    assertThat(run.result().stats().otherProcesses()).isEqualTo(3);
  }

  @Test
  void localisedNamesAreBuiltInPortsAndANewNameIsAnAccessory() throws IOException {
    TraceRun run = TraceRun.of("linphone-french.log");
    assertThat(run.explained().get(0).modelRoute())
        .isEqualTo("output builtInSpeaker, input builtInMic");
    assertThat(run.explained().get(2).modelRoute())
        .isEqualTo("output builtInReceiver, input builtInMic");
    assertThat(run.firstSteps().get(1)).isEqualTo("connect: casque-de-lea");
  }

  @Test
  void aStretchOutsideTheModelIsReportedByNameAndTheTraceGoesOn() throws IOException {
    TraceRun run = TraceRun.of("json-lines-pitfalls.jsonl");
    Explained car = run.explained().get(4);
    assertThat(car.status()).isEqualTo(Explained.Status.OUTSIDE);
    assertThat(car.remark()).isEqualTo("outside the model: CarAudio \"CarPlay\"");
    assertThat(run.explained().get(6).remark())
        .isEqualTo("back inside the model after the stretch outside it");
    assertThat(run.explained().get(6).alternatives().get(0).steps()).isEmpty();
    assertThat(run.result().scenarioStops()).isEmpty();
  }

  @Test
  void whatTheUserAssumesNarrowsTheFacts() throws IOException {
    TraceRun run =
        TraceRun.of(
            "tsco-tacl-console.log", Map.of("callKit", "no", "bose-qc45", "bluetoothHeadset"));
    assertThat(run.result().summary().facts().get("CallKit")).containsExactly("no");
    assertThat(run.result().summary().facts().get("bose-qc45 is a"))
        .containsExactly("bluetoothHeadset");
  }
}
