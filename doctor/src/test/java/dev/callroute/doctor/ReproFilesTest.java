package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Written files are valid scenarios that pass, and pin the symptom or its absence. */
class ReproFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheReproAndOneFilePerVerifiedFixAndEachPasses() throws IOException {
    Diagnosis d =
        Diagnosis.of(
            Symptom.AUDIO_ON_EARPIECE,
            Given.line(
                "call=app callkit=yes direction=incoming answered-via=iphone"
                    + " call-audio-routing=automatic mode=voiceChat default-to-speaker=no"));

    List<Path> files = ReproFiles.write(d, dir);

    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "repro.yaml",
            "fix-answer-via-accessory.yaml",
            "fix-setting-bluetooth-headset.yaml",
            "fix-call-screen-pick.yaml",
            "fix-set-preferred-input.yaml");
    for (Path f : files) {
      assertPasses(f);
    }
    assertThat(lastExpect(dir.resolve("repro.yaml"))).contains("output: builtInReceiver");
    assertThat(lastExpect(dir.resolve("fix-answer-via-accessory.yaml")))
        .contains("output: airpods", "input: airpods");
  }

  @Test
  void writesAPairOfFixesUnderItsJoinedId() throws IOException {
    Diagnosis d =
        Diagnosis.of(Symptom.MIC_NOT_ON_ACCESSORY, Given.line(Given.VOIP_SPEAKER_ANSWERED));

    List<Path> files = ReproFiles.write(d, dir);

    Path pair = dir.resolve("fix-adopt-callkit+answer-via-accessory.yaml");
    assertThat(files).contains(pair);
    assertPasses(pair);
    assertThat(Files.readString(pair)).contains("callKit: true", "via: boombox");
  }

  @Test
  void severalReproducingBranchesGoToNumberedFolders() throws IOException {
    Diagnosis d =
        Diagnosis.of(
            Symptom.AUDIO_ON_EARPIECE,
            Given.line(
                "call=cellular direction=incoming answered-via=iphone"
                    + " accessory=unknown call-audio-routing=automatic"));

    List<Path> files = ReproFiles.write(d, dir);

    long reproducing = d.branches().stream().filter(Branch::reproduced).count();
    assertThat(reproducing).isGreaterThan(1);
    assertThat(files).allMatch(f -> f.getParent().getFileName().toString().startsWith("branch-"));
    for (Path f : files) {
      assertPasses(f);
    }
  }

  @Test
  void withoutTheSymptomTheReproShowsItsAbsence() throws IOException {
    Diagnosis d =
        Diagnosis.of(
            Symptom.NOT_ON_ACCESSORY,
            Given.line("call=cellular direction=outgoing call-audio-routing=automatic"));

    List<Path> files = ReproFiles.write(d, dir);

    assertThat(files).containsExactly(dir.resolve("repro.yaml"));
    assertPasses(files.get(0));
    assertThat(lastExpect(files.get(0))).contains("output: airpods");
  }

  static void assertPasses(Path file) {
    ReadResult read = ScenarioReader.read(file);
    assertThat(read.problems()).as(file.toString()).isEmpty();
    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());
    assertThat(report.passed()).as(file + " passes: " + report.failures()).isTrue();
  }

  static String lastExpect(Path file) throws IOException {
    String text = Files.readString(file);
    return text.substring(text.lastIndexOf("expect:"));
  }
}
