package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explore} and {@code doctor} given hostile inputs and bounds: issue 9, issue 8 #4. */
class ExploreDoctorHostileInputTest {
  private static final String BOOMBOX = Path.of("..", "worlds", "boombox.yaml").toString();

  @TempDir Path dir;

  /** The doctor for a reported situation; {@code more} starts with the symptom. */
  private static String[] doctor(String... more) {
    return DoctorCommandTest.doctorLine(new String[] {"doctor"}, more);
  }

  private Path fifo() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    return fifo;
  }

  @Test
  void exploreAndDoctorRefuseAFifoAndADeviceInsteadOfBlocking() throws Exception {
    Path fifo = fifo();
    String notRegular = "not a regular file (a FIFO, a device or a socket is not read)";

    Captured explore = Captured.run("explore", fifo.toString());
    Captured device = Captured.run("explore", "/dev/zero");
    Captured doctor =
        Captured.run(
            "doctor",
            "--from-scenario",
            fifo.toString(),
            "--at-step",
            "1",
            "--symptom",
            "audio-on-earpiece");
    Captured symptom = Captured.run(doctor("--symptom", fifo.toString()));

    assertThat(explore.status()).isEqualTo(2);
    assertThat(explore.err()).contains(fifo + ": " + notRegular);
    assertThat(device.err()).contains("/dev/zero: " + notRegular);
    assertThat(doctor.status()).isEqualTo(2);
    assertThat(doctor.err()).contains(fifo + ": " + notRegular);
    assertThat(symptom.err()).contains("--symptom: " + fifo + ": " + notRegular);
  }

  @Test
  void deepNestingIsAProblemAtItsPositionForExploreAndDoctor() throws IOException {
    Path deep =
        Files.writeString(
            dir.resolve("deep.yaml"), "name: x\nsteps: " + "[".repeat(1500) + "]".repeat(1500));
    String message = deep + ":2:107: lists and maps nested more than 100 deep";

    Captured explore = Captured.run("explore", deep.toString());
    Captured doctor =
        Captured.run(
            "doctor",
            "--from-scenario",
            deep.toString(),
            "--at-step",
            "1",
            "--symptom",
            "audio-on-earpiece");

    assertThat(explore.status()).isEqualTo(2);
    assertThat(explore.err()).contains(message).doesNotContain("Error");
    assertThat(doctor.status()).isEqualTo(2);
    assertThat(doctor.err()).contains(message).doesNotContain("Error");
  }

  @Test
  void aFolderAsTheWorldFileIsAFolderWithoutAMadeUpPosition() {
    Captured r = Captured.run("explore", "..");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "callroute explore: ..: is a directory; give a scenario file (see 'callroute explore"
                + " --help')\n");
  }

  @Test
  void exploreReadsTheWorldFromStandardInput() throws IOException {
    Captured r =
        Captured.withInput(
            Files.readString(Path.of(BOOMBOX)),
            "explore",
            "-",
            "--max-depth",
            "1",
            "--reach",
            "output=boombox");

    assertThat(r.status()).as(r.err()).isEqualTo(ExploreReport.CUT_OFF);
    assertThat(r.out())
        .contains("reachable: output=boombox", "Found by callroute explore in <stdin>");
  }

  @Test
  void threadsAreBoundedByTheMachine() {
    int max = ExploreCommand.MAX_THREADS;

    Captured at = Captured.run("explore", BOOMBOX, "--max-depth", "1", "--threads", "" + max);
    Captured past =
        Captured.run("explore", BOOMBOX, "--max-depth", "1", "--threads", "" + (max + 1));
    Captured huge = Captured.run("explore", BOOMBOX, "--threads", "2147483647");

    assertThat(at.status()).as(at.err()).isEqualTo(ExploreReport.CUT_OFF);
    assertThat(past.status()).isEqualTo(2);
    assertThat(past.err())
        .isEqualTo(
            "callroute explore: --threads: must be between 1 and "
                + max
                + " (four per core of this machine), not "
                + (max + 1)
                + " (see 'callroute explore --help')\n");
    assertThat(huge.err()).contains("must be between 1 and " + max);
  }

  @Test
  void aBoundStopsTheSearchWithThePartialFiguresAndExitTwo() {
    Captured states = Captured.run("explore", BOOMBOX, "--max-states", "1000");
    Captured memory = Captured.run("explore", BOOMBOX, "--max-memory", "100k");

    assertThat(states.status()).isEqualTo(2);
    assertThat(states.lastLine()).startsWith("1,000 states, ");
    assertThat(states.err())
        .startsWith("explore: stopped by --max-states 1000 after 1,000 states")
        .contains("the search is not complete");
    assertThat(memory.status()).isEqualTo(2);
    assertThat(memory.err()).startsWith("explore: stopped by --max-memory (102,400 bytes)");
  }

  @Test
  void aReachThatHoldsAtTheStartHasNoStepAndItsFilePasses() throws IOException {
    Path out = dir.resolve("start.yaml");

    Captured r =
        Captured.run(
            "explore", BOOMBOX, "--reach", "output=builtInSpeaker", "--out", out.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("reachable: output=builtInSpeaker, holds at the start (0 steps), written to");
    String yaml = Files.readString(out);
    assertThat(yaml).contains("holds at the start").doesNotContain("setting:");
    ReadResult read = ScenarioReader.read(out);
    assertThat(read.problems()).isEmpty();
    assertThat(ScenarioPlayer.play(read.scenario().orElseThrow()).passed()).isTrue();
  }

  @Test
  void doctorWritesOnlyIntoANewOrEmptyFolderUnlessForced() throws IOException {
    Path repro = dir.resolve("repro");

    Captured first =
        Captured.run(doctor("--symptom", "audio-on-earpiece", "--write", repro.toString()));
    Captured again =
        Captured.run(doctor("--symptom", "audio-on-earpiece", "--write", repro.toString()));
    Captured forced =
        Captured.run(
            doctor("--symptom", "audio-on-earpiece", "--write", repro.toString(), "--force"));

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(again.status()).isEqualTo(2);
    assertThat(again.err())
        .contains("callroute doctor: --write: " + repro + " is not empty")
        .contains("add --force");
    assertThat(forced.status()).as(forced.err()).isZero();
    assertThat(Captured.run("run", repro.toString()).status()).isZero();
  }

  @Test
  void doctorSaysWhereASymptomFileStopsBeingUtf8() throws IOException {
    Path report = dir.resolve("report.txt");
    Files.write(report, "Le son va dans l'\u00e9couteur".getBytes("ISO-8859-1"));

    Captured r = Captured.run(doctor("--symptom", report.toString()));

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--symptom: " + report + ":1:18: not UTF-8 at byte 18 (0xE9)");
  }

  @Test
  void doctorWritesAJsonErrorDocumentOnBadInput() throws IOException {
    Captured r =
        Captured.run(
            doctor("--symptom", "audio-on-earpiece", "--format", "json", "--role", "loud"));

    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(r.status()).isEqualTo(2);
    assertThat(json.get("error").asText()).startsWith("--role: 'loud' is not allowed");
  }
}
