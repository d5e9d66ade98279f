package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit of {@link Limits}: a file at the limit is read, one past it is a problem there. */
class LimitsTest {
  private static final Path NAME = Path.of("limits.yaml");
  private static final String VALID = "name: Limits\nsteps:\n  - dial: c1\n";

  @TempDir Path dir;

  private static List<String> problems(String text) {
    return ScenarioReader.read(text, NAME).problems().stream()
        .map(p -> p.line() + ":" + p.column() + ": " + p.message())
        .collect(Collectors.toList());
  }

  /** A valid scenario padded with a comment to exactly {@code size} bytes (ASCII). */
  private static String padded(int size) {
    String head = VALID + "#";
    return head + "x".repeat(size - head.length() - 1) + "\n";
  }

  @Test
  void aFileOfExactlyTheSizeLimitIsReadAndOneByteMoreIsNot() throws IOException {
    Path at = Files.writeString(dir.resolve("at.yaml"), padded(Limits.MAX_FILE_BYTES));
    Path past = Files.writeString(dir.resolve("past.yaml"), padded(Limits.MAX_FILE_BYTES + 1));

    assertThat(Files.size(at)).isEqualTo(Limits.MAX_FILE_BYTES);
    assertThat(ScenarioReader.read(at).valid()).isTrue();
    assertThat(ScenarioReader.read(past).problems())
        .singleElement()
        .hasToString(
            past
                + ":4:3145696: the file is larger than 3 MiB (3,145,728 bytes), the most callroute"
                + " reads; the limit is passed here");
  }

  @Test
  void anEndlessStreamIsReadOnlyUpToTheLimit() {
    InputStream zeros =
        new InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return 'a';
          }
        };

    ReadResult r = ScenarioReader.read(zeros, SourceText.STANDARD_INPUT, false);

    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the file is larger than 3 MiB"))
        .satisfies(p -> assertThat(p.file()).isEqualTo(Path.of("<stdin>")));
  }

  @Test
  void standardInputAtTheLimitIsRead() {
    byte[] text = padded(Limits.MAX_FILE_BYTES).getBytes(StandardCharsets.UTF_8);

    assertThat(
            ScenarioReader.read(new ByteArrayInputStream(text), SourceText.STANDARD_INPUT, false)
                .valid())
        .isTrue();
  }

  @Test
  void codePointsAtTheLimitAreReadAndOneMoreIsReportedWhereItIs() {
    String at = padded(Limits.MAX_CODE_POINTS);

    assertThat(problems(at)).isEmpty();
    assertThat(problems(at + "#"))
        .containsExactly(
            "5:1: more than 3,145,728 characters, the most callroute reads; the limit is passed"
                + " here");
  }

  /** A scenario whose unknown key {@code x} holds lists nested {@code lists} deep. */
  private static String nested(int lists) {
    return VALID + "x: " + "[".repeat(lists) + "]".repeat(lists) + "\n";
  }

  @Test
  void nestingAtTheLimitIsReadAndOneDeeperIsReportedAtTheList() {
    // The top-level map is one level; the lists make up the rest.
    assertThat(problems(nested(Limits.MAX_DEPTH - 1)))
        .containsExactly(
            "4:1: unknown key 'x' in a scenario; allowed keys: "
                + String.join(", ", ScenarioReader.TOP_KEYS));
    assertThat(problems(nested(Limits.MAX_DEPTH)))
        .containsExactly(
            "4:103: lists and maps nested more than 100 deep, the most callroute reads; a"
                + " scenario needs about 5");
  }

  @Test
  void hostileNestingIsAProblemNotAStackOverflow() {
    StringBuilder maps = new StringBuilder(VALID + "x:\n");
    for (int i = 1; i <= 2400; i++) {
      maps.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    StringBuilder lists = new StringBuilder(VALID + "x:\n");
    for (int i = 1; i <= 1700; i++) {
      lists.append(" ".repeat(i)).append("-\n");
    }

    assertThat(problems(nested(1500))).singleElement().asString().contains("nested more than 100");
    assertThat(problems(maps.toString()))
        .singleElement()
        .asString()
        .startsWith("104:101: lists and maps nested more than 100 deep");
    assertThat(problems(lists.toString()))
        .singleElement()
        .asString()
        .contains("nested more than 100 deep");
  }

  /** A scenario with an anchor and {@code n} aliases of it. */
  private static String aliases(int n) {
    return "name: &n Aliases\nsteps:\n  - dial: c1\nx: [" + "*n, ".repeat(n) + "]\n";
  }

  @Test
  void aliasesAtTheLimitAreReadAndOneMoreIsReportedAtTheAlias() {
    assertThat(problems(aliases(Limits.MAX_ALIASES))).singleElement().asString().contains("'x'");
    assertThat(problems(aliases(Limits.MAX_ALIASES + 1)))
        .containsExactly(
            "4:205: more than 50 aliases (*name), the most callroute reads in one file");
  }

  @Test
  void billionLaughsStopsAtTheAliasLimit() {
    StringBuilder b = new StringBuilder("name: x\nsteps: [{dial: c1}]\na0: &a0 [lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      b.append(("*a" + (i - 1) + ", ").repeat(9)).append("]\n");
    }
    assertThat(problems(b.toString())).singleElement().asString().contains("aliases");
  }

  private static String withAccessoryId(String id) {
    return "name: Ids\naccessories: [{id: "
        + id
        + ", kind: bluetoothHeadset}]\nsteps:\n  - connect: "
        + id
        + "\n";
  }

  @Test
  void idsAtTheLengthLimitAreReadAndLongerOnesAreNot() {
    String at = "a".repeat(Limits.MAX_WORD_LENGTH);
    String past = "a".repeat(Limits.MAX_WORD_LENGTH + 1);

    assertThat(problems(withAccessoryId(at))).isEmpty();
    assertThat(problems(withAccessoryId(past)))
        .containsExactly(
            "2:20: accessory id 'aaaaaaaaaaaaaaaaaaaa…(+45 characters)' is 65 characters long; at"
                + " most 64 are allowed",
            "4:14: connect 'aaaaaaaaaaaaaaaaaaaa…(+45 characters)' is 65 characters long; at most"
                + " 64 are allowed");
  }

  @Test
  void aHugeIdNearAnotherIsRejectedWithoutComparingItLetterByLetter() {
    String huge = "airpods" + "s".repeat(60_000);
    String text =
        "name: Huge\naccessories: [{id: airpods, kind: bluetoothHeadset}]\nsteps:\n"
            + "  - connect: "
            + huge
            + "\n".repeat(1)
            + ("  - disconnect: " + "b".repeat(3000) + "\n").repeat(15);

    List<String> problems = problems(text);

    assertThat(problems).hasSize(16);
    assertThat(problems.get(0)).contains("is 60,007 characters long; at most 64 are allowed");
    assertThat(String.join("\n", problems).length()).isLessThan(3000);
  }

  @Test
  void namesAndDescriptionsAtTheirLimitsAreReadAndLongerOnesAreNot() {
    String atName = "n".repeat(Limits.MAX_NAME_LENGTH);
    String atDescription = "d".repeat(Limits.MAX_DESCRIPTION_LENGTH);
    String ok = "name: " + atName + "\ndescription: " + atDescription + "\nsteps: [{dial: c1}]\n";
    String past =
        "name: " + atName + "n\ndescription: " + atDescription + "d\nsteps: [{dial: c1}]\n";

    assertThat(problems(ok)).isEmpty();
    assertThat(problems(past))
        .containsExactly(
            "1:7: name 'nnnnnnnnnnnnnnnnnnnn…(+181 characters)' is 201 characters long; at most"
                + " 200 are allowed",
            "2:14: description 'dddddddddddddddddddd…(+4,981 characters)' is 5,001 characters"
                + " long; at most 5,000 are allowed");
  }

  private static String steps(int n) {
    return "name: Steps\nsteps:\n" + "  - speakerphone: true\n".repeat(n);
  }

  @Test
  void stepsAtTheLimitAreReadAndOneMoreIsReportedAtIt() {
    assertThat(problems(steps(Limits.MAX_STEPS))).isEmpty();
    assertThat(problems(steps(Limits.MAX_STEPS + 1)))
        .containsExactly(
            "10003:5: more than 10,000 steps (10,001), the most a file may hold; split the"
                + " scenario into several files");
  }

  private static String badSteps(int n) {
    return "name: Bad\nsteps:\n" + "  - anwser: c1\n".repeat(n);
  }

  @Test
  void problemsUpToTheLimitAreListedAndTheRestCounted() {
    assertThat(problems(badSteps(Limits.MAX_PROBLEMS))).hasSize(Limits.MAX_PROBLEMS);
    List<String> past = problems(badSteps(Limits.MAX_PROBLEMS + 2));
    assertThat(past).hasSize(Limits.MAX_PROBLEMS + 1);
    assertThat(past.get(Limits.MAX_PROBLEMS))
        .isEqualTo(
            "103:5: and 2 more problems from here on, not shown (at most 100 are listed per"
                + " file)");
  }

  @Test
  void aFolderAFifoAndAMissingFileEachSayWhatTheyAre() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor()).isZero();

    assertThat(ScenarioReader.read(dir).problems())
        .singleElement()
        .hasToString(dir + ": is a folder, not a file");
    assertThat(ScenarioReader.read(fifo).problems())
        .singleElement()
        .hasToString(fifo + ": not a regular file (a FIFO, a device or a socket is not read)");
    assertThat(ScenarioReader.read(Path.of("/dev/zero")).problems())
        .singleElement()
        .hasToString("/dev/zero: not a regular file (a FIFO, a device or a socket is not read)");
  }

  @Test
  void anUnreadableFileSaysPermissionDenied() throws IOException {
    Path locked = Files.writeString(dir.resolve("locked.yaml"), VALID);
    assertThat(locked.toFile().setReadable(false)).isTrue();
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isReadable(locked), "running as a user who can read any file");

    assertThat(ScenarioReader.read(locked).problems())
        .singleElement()
        .hasToString(locked + ": permission denied");
  }

  @Test
  void everyLimitIsInTheTableOfTheFormatPageWithItsValue() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "scenario-format.md"));
    String table = page.substring(page.indexOf("## Limits"));

    assertThat(table)
        .contains("| file size | 3 MiB (" + Limits.count(Limits.MAX_FILE_BYTES) + " bytes) |")
        .contains("| characters (code points) | " + Limits.count(Limits.MAX_CODE_POINTS) + " |")
        .contains("| nesting of lists and maps | " + Limits.MAX_DEPTH + " levels |")
        .contains("| aliases (`*name`) | " + Limits.MAX_ALIASES + " per file |")
        .contains("| id, word or key | " + Limits.MAX_WORD_LENGTH + " characters |")
        .contains("| name (of the scenario, of an accessory) | " + Limits.MAX_NAME_LENGTH + " ")
        .contains("| description | " + Limits.count(Limits.MAX_DESCRIPTION_LENGTH) + " ")
        .contains("| " + Limits.count(Limits.MAX_STEPS) + " |")
        .contains("| problems listed per file | " + Limits.MAX_PROBLEMS + " |")
        .contains("at most " + Limits.count(Suggest.MAX_CANDIDATES) + " candidates");
  }
}
