package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.Scenario;
import dev.callroute.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of every example scenario, for every symptom: the doctor either explains it or says in
 * words why it cannot (no call at that step), and every fix verdict matches a replay.
 */
class ExamplesRobustnessTest {
  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      List<Path> yaml =
          files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
      assertThat(yaml).isNotEmpty();
      return yaml.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void diagnosesEveryStepWithoutCrashing(Path file) {
    ReadResult read = ScenarioReader.read(file);
    assumeTrue(read.valid(), "an invalid example is the run command's business");
    Scenario scenario = read.scenario().orElseThrow();
    int steps = scenario.actions().size();
    for (Symptom symptom : Symptom.values()) {
      for (int n = 1; n <= steps; n++) {
        Diagnosis d;
        try {
          d = Recorded.diagnose(symptom, scenario, n);
        } catch (IllegalArgumentException e) {
          assertThat(e.getMessage()).startsWith("--at-step " + n + ": ").contains(": no ");
          continue;
        }
        assertThat(TextReport.render(d))
            .contains(d.branches().get(0).reproduced() ? "Reproduced" : "Not reproduced");
        for (FixResult f : d.branches().get(0).fixes()) {
          Playback p = f.repro().play();
          boolean gone = p.completed() && !symptom.holds(p.route(), f.repro().accessoryIndex());
          assertThat(f.verified()).as(file + " step " + n + " " + f.id()).isEqualTo(gone);
        }
      }
    }
  }
}
