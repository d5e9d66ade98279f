package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples are tests: every scenario file under {@code examples/} must be valid and pass. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  static List<Path> examples() throws IOException {
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void thereAreExamples() throws IOException {
    assertThat(examples()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void examplePasses(Path file) {
    ReadResult read = ScenarioReader.read(file);
    assertThat(read.problems()).isEmpty();

    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());

    assertThat(report.failures()).isEmpty();
    assertThat(report.scenario().steps()).isNotEmpty();
  }
}
