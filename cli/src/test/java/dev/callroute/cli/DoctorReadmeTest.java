package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The worked example of the README's "Diagnose a report" section is the real output. */
class DoctorReadmeTest {
  @TempDir Path dir;

  @Test
  void theWorkedExampleMatchesTheOutput() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String start = "  --write repro\n```\n\n```\n";
    int from = readme.indexOf(start) + start.length();
    String documented = readme.substring(from, readme.indexOf("```\n", from));
    Path report = dir.resolve("report.txt");
    Files.writeString(report, "The call goes to the iPhone instead of the headset.\n");
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));

    int status =
        cl.execute(
            "doctor",
            "--symptom",
            report.toString(),
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
            "no",
            "--write",
            dir.resolve("repro").toString());

    assertThat(status).isZero();
    assertThat(out.toString().replace(dir.toString() + "/", "")).isEqualTo(documented);
  }
}
