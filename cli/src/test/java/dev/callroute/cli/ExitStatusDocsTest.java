package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every place that lists exit statuses lists all that the command can return. */
class ExitStatusDocsTest {
  @ParameterizedTest
  @ValueSource(strings = {"run", "explore", "doctor", "serve"})
  void everyCommandsHelpListsStatusThreeForABug(String command) {
    Captured help = Captured.run(command, "--help");
    assertThat(help.out().replaceAll("\\s+", " ")).containsPattern("3 (on )?a bug in callroute");
  }

  @Test
  void theFormatPagesTableOfEveryCommandsStatusesHasExploresFour() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "scenario-format.md"));
    String statuses = page.substring(page.indexOf("**Exit statuses** of every command"));
    statuses = statuses.substring(0, statuses.indexOf("\n\n")).replaceAll("\\s+", " ");
    assertThat(statuses).contains("4 when `--max-depth` cut the search off");
    assertThat(ExploreReport.CUT_OFF).isEqualTo(4);
  }
}
