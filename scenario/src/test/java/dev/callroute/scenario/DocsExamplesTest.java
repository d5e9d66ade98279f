package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every YAML scenario shown on the format page, and in the README's "Scenario files" section, is
 * valid and passes. (Other README sections show elided files.)
 */
class DocsExamplesTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  static Stream<Arguments> blocks() throws IOException {
    List<Arguments> out = new ArrayList<>();
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("## Scenario files");
    int end = readme.indexOf("\n## ", start + 1);
    add(out, "README.md, Scenario files", readme.substring(start, end < 0 ? readme.length() : end));
    add(out, "scenario-format.md", Files.readString(Path.of("../docs/scenario-format.md")));
    assertThat(out).hasSizeGreaterThanOrEqualTo(2);
    return out.stream();
  }

  private static void add(List<Arguments> out, String doc, String text) {
    Matcher m = YAML_BLOCK.matcher(text);
    for (int i = 1; m.find(); i++) {
      out.add(Arguments.of(doc + ", block " + i, m.group(1)));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void documentedScenarioPasses(String name, String yaml) {
    ReadResult read = ScenarioReader.read(yaml, Path.of(name));
    assertThat(read.problems()).isEmpty();

    assertThat(ScenarioPlayer.play(read.scenario().orElseThrow()).failures()).isEmpty();
  }
}
