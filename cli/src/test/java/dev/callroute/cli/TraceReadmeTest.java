package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Read a device log" example is what the command prints, shortened only by "…". */
class TraceReadmeTest {
  @Test
  void theReadmeExampleIsTheRealOutput() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String marker = "`./callroute trace examples/traces/webrtc-xcode.log`, shortened:";
    int at = readme.indexOf(marker);
    assertThat(at).isPositive();
    int start = readme.indexOf("```text\n", at) + "```text\n".length();
    List<String> shown = readme.substring(start, readme.indexOf("```", start)).lines().toList();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Main.execute("trace", Path.of("..", "examples", "traces", "webrtc-xcode.log").toString());
    } finally {
      System.setOut(saved);
    }
    List<String> real =
        out.toString(StandardCharsets.UTF_8).replace("../examples/", "examples/").lines().toList();

    assertThat(shown).hasSizeGreaterThan(20);
    for (String line : shown) {
      if (!line.contains("…")) {
        assertThat(real).as("README line: " + line).contains(line);
      }
    }
    assertThat(shown.get(shown.size() - 1)).isEqualTo(real.get(real.size() - 1));
  }
}
