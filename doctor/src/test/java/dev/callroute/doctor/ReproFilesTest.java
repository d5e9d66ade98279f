package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Written files are valid scenarios that pass, and pin the symptom or its absence. */
class ReproFilesTest {
  @TempDir Path dir;

  @Test
  void writesTheReproAndOneFilePerVerifiedFixAndEachPasses() throws Exception {
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
  void writesAPairOfFixesUnderItsJoinedId() throws Exception {
    Diagnosis d =
        Diagnosis.of(Symptom.MIC_NOT_ON_ACCESSORY, Given.line(Given.VOIP_SPEAKER_ANSWERED));

    List<Path> files = ReproFiles.write(d, dir);

    Path pair = dir.resolve("fix-adopt-callkit+answer-via-accessory.yaml");
    assertThat(files).contains(pair);
    assertPasses(pair);
    assertThat(Files.readString(pair)).contains("callKit: true", "via: boombox");
  }

  @Test
  void severalReproducingBranchesGoToNumberedFolders() throws Exception {
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
  void withoutTheSymptomTheReproShowsItsAbsence() throws Exception {
    Diagnosis d =
        Diagnosis.of(
            Symptom.NOT_ON_ACCESSORY,
            Given.line("call=cellular direction=outgoing call-audio-routing=automatic"));

    List<Path> files = ReproFiles.write(d, dir);

    assertThat(files).containsExactly(dir.resolve("repro.yaml"));
    assertPasses(files.get(0));
    assertThat(lastExpect(files.get(0))).contains("output: airpods");
  }

  private static Diagnosis earpiece() {
    return Diagnosis.of(
        Symptom.AUDIO_ON_EARPIECE,
        Given.line(
            "call=app callkit=yes direction=incoming answered-via=iphone"
                + " call-audio-routing=automatic mode=voiceChat default-to-speaker=no"));
  }

  @Test
  void refusesAFolderThatIsNotEmptyAndLeavesItAsItWas() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> ReproFiles.write(earpiece(), dir))
        .isInstanceOf(ReproFiles.Refused.class)
        .hasMessage(
            dir
                + " is not empty (it holds notes.txt); write into a new or empty folder, or add"
                + " --force to replace the files an earlier diagnosis wrote there");
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(notes);
    }
  }

  @Test
  void forceRemovesOnlyWhatAnEarlierDiagnosisWrote() throws Exception {
    Diagnosis several =
        Diagnosis.of(
            Symptom.AUDIO_ON_EARPIECE,
            Given.line(
                "call=cellular direction=incoming answered-via=iphone"
                    + " accessory=unknown call-audio-routing=automatic"));
    List<Path> first = ReproFiles.write(several, dir);
    Path notes = Files.writeString(dir.resolve("notes.txt"), "mine");

    List<Path> second = ReproFiles.write(earpiece(), dir, true);

    assertThat(first).allSatisfy(f -> assertThat(second).doesNotContain(f));
    assertThat(first).noneMatch(Files::exists);
    assertThat(Files.readString(notes)).isEqualTo("mine");
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .doesNotContain("branch-1", "branch-2")
          .contains("notes.txt", "repro.yaml", ReproFiles.MANIFEST);
    }
  }

  @Test
  void neverWritesThroughALinkNorFollowsTheListOutOfTheFolder() throws Exception {
    Path outside = Files.createTempFile("outside", ".yaml");
    try {
      Files.writeString(outside, "precious");
      Files.createSymbolicLink(dir.resolve("repro.yaml"), outside);

      assertThatThrownBy(() -> ReproFiles.write(earpiece(), dir, true))
          .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
      assertThat(Files.readString(outside)).isEqualTo("precious");

      Files.writeString(
          dir.resolve(ReproFiles.MANIFEST), "repro.yaml\n../" + outside.getFileName() + "\n");
      ReproFiles.write(earpiece(), dir, true);

      assertThat(Files.readString(outside)).isEqualTo("precious");
      assertThat(Files.isSymbolicLink(dir.resolve("repro.yaml"))).isFalse();
      assertPasses(dir.resolve("repro.yaml"));
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void everyFileOfSeveralBranchesHasItsOwnName() throws Exception {
    Diagnosis d =
        Diagnosis.of(
            Symptom.AUDIO_ON_EARPIECE,
            Given.line(
                "call=cellular direction=incoming answered-via=iphone"
                    + " accessory=unknown call-audio-routing=automatic"));

    List<Path> files = ReproFiles.write(d, dir);

    List<String> names = new java.util.ArrayList<>();
    for (Path f : files) {
      names.add(Files.readAllLines(f).get(0));
    }
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.contains("(branch "));
  }

  static void assertPasses(Path file) {
    ReadResult read = ScenarioReader.read(file);
    assertThat(read.problems()).as(file.toString()).isEmpty();
    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());
    assertThat(report.passed()).as(file + " passes: " + report.failures()).isTrue();
  }

  static String lastExpect(Path file) throws Exception {
    String text = Files.readString(file);
    return text.substring(text.lastIndexOf("expect:"));
  }
}
