package dev.callroute.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample log of each format in examples/traces, and what each explanation must say. */
class ExampleTracesTest {
  static final Path DIR = Path.of("..", "examples", "traces");

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(
            "webrtc-xcode.log",
            3,
            List.of(
                "dial: {id: c1, type: app}",
                "disconnect: danas-airpods-pro",
                "connect: danas-airpods-pro")),
        Arguments.of(
            "webrtc-session.log",
            2,
            List.of("dial: {id: c1, type: app}", "connect: wired-headphones")),
        Arguments.of(
            "incall-manager.log",
            7,
            List.of(
                "dial: {id: c1, type: app}",
                "speakerphone: true",
                "",
                "speakerphone: false",
                "",
                "incomingCall: c2",
                "decline: c2")),
        Arguments.of(
            "callkeep.log",
            8,
            List.of(
                "incomingCall: {id: c1, type: app}",
                "answer: c1",
                "",
                "",
                "speakerphone: true",
                "",
                "end: c1",
                "")),
        Arguments.of(
            "console-app.log",
            9,
            List.of(
                "dial: {id: c1, type: app}",
                "",
                "",
                "",
                "speakerphone: true",
                "",
                "",
                "end: c1",
                "")),
        Arguments.of(
            "linphone.log",
            3,
            List.of("dial: {id: c1, type: app}", "controlCenter: speaker", "dial: c2")),
        Arguments.of(
            "baresip.log",
            4,
            List.of(
                "dial: {id: c1, type: app}",
                "connect: unnamed-accessory",
                "disconnect: unnamed-accessory",
                "controlCenter: speaker")),
        Arguments.of(
            "swift-app.log",
            4,
            List.of(
                "dial: {id: c1, type: app}",
                "incomingCall: c2",
                "decline: c2",
                "controlCenter: speaker")),
        Arguments.of(
            "callroute.jsonl",
            11,
            List.of(
                "",
                "dial: {id: c1, type: app}",
                "",
                "",
                "speakerphone: true",
                "",
                "speakerphone: false",
                "",
                "end: c1",
                "",
                "")));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachSampleIsExplainedEntirely(String file, int observations, List<String> steps)
      throws IOException {
    TraceRun run = TraceRun.of(DIR.resolve(file), Map.of());
    assertThat(run.summary())
        .isEqualTo(
            observations
                + " observations, "
                + observations
                + " explained, 0 deviations, 0 outside the model");
    assertThat(run.firstSteps()).isEqualTo(steps);
  }

  @Test
  void everySampleIsInTheTable() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()))
          .containsExactlyInAnyOrderElementsOf(
              samples().map(a -> (String) a.get()[0]).collect(Collectors.toList()));
    }
  }
}
