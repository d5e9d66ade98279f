package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A search stopped by {@code --max-states} (or {@code --max-memory}) is not cut off at a depth:
 * neither the text nor the JSON may speak of a depth bound the user never gave.
 */
class ExploreStoppedReportTest {
  private static final String BOOMBOX = Path.of("..", "worlds", "boombox.yaml").toString();

  @Test
  void aStoppedSearchSaysItWasStoppedNotCutOffAtAnInventedDepth() {
    Captured r =
        Captured.run(
            "explore",
            BOOMBOX,
            "--max-states",
            "100",
            "--never",
            "voip=active & input=boombox",
            "--reach",
            "output=boombox & voip=interrupted");
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.out())
        .doesNotContain(String.valueOf(Integer.MAX_VALUE))
        .doesNotContain("within depth");
    assertThat(r.out())
        .contains(
            "invariants 1-7: no violation in the states searched before the search was stopped"
                + " (by --max-states 100)")
        .contains(
            "--never voip=active & input=boombox: no violation in the states searched before the"
                + " search was stopped (by --max-states 100)")
        .contains("not found before the search was stopped (by --max-states 100)");
  }

  @Test
  void theJsonOfAStoppedSearchHasNoDepthCutOff() throws IOException {
    Captured r = Captured.run("explore", BOOMBOX, "--max-states", "100", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("complete").asBoolean()).isFalse();
    assertThat(root.get("stoppedBy").asText()).isEqualTo("--max-states 100");
    assertThat(root.get("cutOffAtDepth").isNull()).as(r.out()).isTrue();
    assertThat(root.get("exitStatus").asInt()).isEqualTo(2);
  }

  @Test
  void aDepthBoundThatAlsoStoppedNothingStillReportsTheCutOff() throws IOException {
    Captured r = Captured.run("explore", BOOMBOX, "--max-depth", "2", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("cutOffAtDepth").asInt()).isEqualTo(2);
    assertThat(root.get("stoppedBy").isNull()).isTrue();
    assertThat(r.status()).isEqualTo(4);
  }

  @Test
  void theHelpNamesOnlyOptionsThatExist() {
    Captured help = Captured.run("explore", "--help");
    java.util.Set<String> options = new java.util.HashSet<>();
    for (picocli.CommandLine.Model.OptionSpec o :
        new picocli.CommandLine(new ExploreCommand()).getCommandSpec().options()) {
      for (String name : o.names()) {
        options.add(name);
        if (o.negatable()) {
          options.add(name.replaceFirst("^--", "--no-"));
        }
      }
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("--[a-z][a-z-]*[a-z]").matcher(help.out());
    while (m.find()) {
      assertThat(options).as("help mentions %s", m.group()).contains(m.group());
    }
    assertThat(help.out()).contains("--bitstate");
  }
}
