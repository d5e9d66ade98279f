package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callroute run} given hostile files, folders and arguments: issue 9, and issue 8 #15. */
class RunHostileInputTest {
  static final String PASSING =
      "name: Dialled call goes to the AirPods\n"
          + "accessories: [{id: airpods, kind: bluetoothHeadset, connected: true}]\n"
          + "steps:\n"
          + "  - dial: c1\n"
          + "  - expect: {output: airpods, rules: [call.dial]}\n";

  static final String FAILING =
      "name: Wrong expectation\n"
          + "accessories: [{id: airpods, kind: bluetoothHeadset, connected: true}]\n"
          + "steps:\n"
          + "  - dial: c1\n"
          + "  - expect: {output: builtInReceiver}\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text);
  }

  @Test
  void anArgumentFileIsAFileNameNotAListOfArguments() {
    Captured r = Captured.run("run", "@/etc/passwd");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("@/etc/passwd: no such file or folder").doesNotContain("root:");
  }

  @Test
  void oneDeeplyNestedFileDoesNotHideTheOthers() throws IOException {
    file("a-deep.yaml", "name: x\nsteps: " + "[".repeat(1500) + "]".repeat(1500) + "\n");
    file("b-good.yaml", PASSING);

    Captured r = Captured.run("run", dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out())
        .contains("a-deep.yaml:2:107: lists and maps nested more than 100 deep")
        .contains("PASS  Dialled call goes to the AirPods");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Error");
  }

  @Test
  void aFifoAndADeviceAreNotRegularFilesAndDoNotBlock() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    Captured r = Captured.run("run", fifo.toString(), "/dev/zero");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out())
        .contains(fifo + ": not a regular file (a FIFO, a device or a socket is not read)")
        .contains("/dev/zero: not a regular file");
  }

  @Test
  void aDashReadsOneScenarioFromStandardInput() {
    Captured r = Captured.withInput(PASSING, "run", "-");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("PASS  Dialled call goes to the AirPods", "<stdin>");
    assertThat(Captured.withInput("name: x\nsteps: [{anwser: c1}]\n", "run", "-").out())
        .contains("<stdin>:2:10: unknown step 'anwser' (did you mean 'answer'?)");
  }

  @Test
  void scansTakeYamlAndYmlInAnyCaseSkipHiddenFilesAndSayHowManyTheyFound() throws IOException {
    file("one.YAML", PASSING);
    file("two.Yml", PASSING);
    file(".hidden.yaml", FAILING);
    file(".git/config.yaml", FAILING);
    file("notes.txt", "not a scenario");

    Captured r = Captured.run("run", dir.toString());

    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.lines().get(0)).isEqualTo(dir + ": 2 scenario files");
    assertThat(r.lastLine()).isEqualTo("2 passed, 0 failed");
  }

  @Test
  void linkedFoldersAreFollowedOnceAndEachFileIsPlayedOnce() throws IOException {
    Path real = file("real/a.yaml", PASSING);
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Files.createSymbolicLink(dir.resolve("real/loop"), dir);

    Captured r = Captured.run("run", dir.toString(), real.toString());

    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.lastLine()).isEqualTo("1 passed, 0 failed");
  }

  @Test
  void anUnreadableFolderIsReportedAndTheRestIsPlayed() throws IOException {
    file("a.yaml", PASSING);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    file("locked/b.yaml", PASSING);
    assertThat(locked.toFile().setReadable(false)).isTrue();
    Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads everything");
    try {
      Captured r = Captured.run("run", dir.toString());

      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains(locked + ": permission denied, skipped");
      assertThat(r.err()).doesNotContain("Exception");
      assertThat(r.lastLine()).isEqualTo("1 passed, 0 failed");
    } finally {
      locked.toFile().setReadable(true);
    }
  }

  @Test
  void quietPrintsOnlyWhatFailedAndTheCounts() throws IOException {
    file("a.yaml", PASSING);
    Path failing = file("b.yaml", FAILING);

    Captured r = Captured.run("run", "--quiet", dir.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .doesNotContain("Dialled call goes to the AirPods")
        .doesNotContain(dir + ": 2 scenario files")
        .contains("FAIL  Wrong expectation")
        .contains(failing + ":5:5: output: expected builtInReceiver, got bluetoothHFP (airpods)");
    assertThat(r.lines()).hasSizeLessThan(6);
    assertThat(r.lastLine()).isEqualTo("1 passed, 1 failed");
  }

  @Test
  void longIdsAreShortenedInTheTimelineWithAMarker() throws IOException {
    String id = "a".repeat(64);
    file(
        "long.yaml",
        "name: Long ids\naccessories: [{id: "
            + id
            + ", kind: bluetoothHeadset, name: "
            + "N".repeat(200)
            + "}]\nsteps:\n  - connect: "
            + id
            + "\n  - dial: c1\n  - end: c1\n  - disconnect: "
            + id
            + "\n");

    Captured r = Captured.run("run", dir.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("bluetoothA2DP (aaaaaaaaaaaaaaaaaaaaaaaaa…(+");
    assertThat(r.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(160));
  }

  @Test
  void jsonIsStreamedAsOneValidDocumentWithTheFolderCounts() throws IOException {
    file("a.yaml", PASSING);
    file("b.yaml", "name: x\nsteps: " + "[".repeat(200) + "]".repeat(200) + "\n");

    Captured r = Captured.run("run", "--format", "json", dir.toString());

    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(r.status()).isEqualTo(2);
    assertThat(json.get("files")).hasSize(2);
    assertThat(json.get("found").get(0).asText()).isEqualTo(dir + ": 2 scenario files");
    assertThat(json.get("files").get(1).get("problems").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(json.get("passed").asInt()).isEqualTo(1);
    assertThat(json.get("failed").asInt()).isEqualTo(1);
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsScanned() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (var ch =
        java.nio.channels.FileChannel.open(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap("name: x\n".getBytes()), 3L * 1024 * 1024 * 1024);
    }

    Captured r = Captured.run("run", big.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out())
        .contains(big + ":1:3145729: the file is larger than 3 MiB (3,145,728 bytes)");
  }
}
