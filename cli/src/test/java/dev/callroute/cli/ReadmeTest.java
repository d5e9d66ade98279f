package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README tells the truth: every flag it mentions exists, and every output sample it shows is
 * what the command prints (timings aside). The doctor's worked example is {@link DoctorReadmeTest}.
 */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int callroute(String... args) {
    return Main.commandLine(Environment.pipe())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  private static String readme() throws IOException {
    return Files.readString(README);
  }

  /**
   * The first {@code ```text} or {@code ```yaml} block after the first occurrence of {@code after},
   * without the indentation of a block inside a list item.
   */
  private static String blockAfter(String readme, String after) {
    int at = readme.indexOf(after);
    assertThat(at).as("README mentions %s", after).isNotNegative();
    Matcher open = Pattern.compile("( *)```(?:text|yaml)\n").matcher(readme);
    assertThat(open.find(at)).isTrue();
    int end = readme.indexOf("```", open.end());
    String indent = open.group(1);
    StringBuilder b = new StringBuilder();
    readme
        .substring(open.end(), end)
        .lines()
        .forEach(
            l -> b.append(l.startsWith(indent) ? l.substring(indent.length()) : l).append('\n'));
    return b.toString();
  }

  @Test
  void everyFlagInTheReadmeExists() throws IOException {
    Set<String> known = new TreeSet<>();
    collect(Main.commandLine(Environment.pipe()), known);
    Set<String> mentioned = new TreeSet<>();
    String text = readme().replaceAll("unknown option '--[a-z-]+'", "");
    Matcher m = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]").matcher(text);
    while (m.find()) {
      mentioned.add(m.group());
    }

    assertThat(mentioned).hasSizeGreaterThan(20);
    assertThat(known).containsAll(mentioned);
  }

  private static void collect(CommandLine cl, Set<String> names) {
    cl.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    names.addAll(cl.getCommandSpec().negatedOptionsMap().keySet()); // --no-symmetry
    cl.getSubcommands().values().forEach(sub -> collect(sub, names));
  }

  @Test
  void theRunSampleIsWhatRunPrints() throws IOException {
    String sample = blockAfter(readme(), "## What `run` prints");
    List<String> expected = new ArrayList<>();
    for (String line : sample.split("\n")) {
      expected.add(line.replaceFirst("\\s+\\(\\d\\)$", "").stripTrailing());
    }

    assertThat(
            callroute(
                "run", "../examples/06-voip-call-after-phone-call-on-iphone-uses-earpiece.yaml"))
        .isZero();

    List<String> actual = new ArrayList<>();
    out.toString().lines().forEach(l -> actual.add(l.replace("../examples/", "examples/")));
    assertThat(actual).containsSubsequence(expected);
  }

  @Test
  void theExploreSampleIsWhatExplorePrints() throws IOException {
    String sample = blockAfter(readme(), "--never 'input=boombox & voip=active'");

    assertThat(
            callroute(
                "explore", "../worlds/boombox.yaml", "--never", "input=boombox & voip=active"))
        .isZero();

    List<String> expected = sample.lines().toList();
    List<String> actual = out.toString().lines().toList();
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      String e = expected.get(i);
      if (e.startsWith("memory per state: ")) {
        // The successor buffers grow with the threads' scheduling: the figure varies a little.
        assertThat(actual.get(i))
            .matches("memory per state: \\d+\\.\\d bytes \\(visited-state arrays / states\\)");
      } else if (e.startsWith("seconds: ") || e.startsWith("states per second: ")) {
        String pattern =
            e.replaceFirst(": .*", ": ") + (e.startsWith("seconds") ? "\\d+\\.\\d{3}" : "[\\d,]+");
        assertThat(actual.get(i)).matches(pattern);
      } else {
        assertThat(actual.get(i)).isEqualTo(e);
      }
    }
  }

  @Test
  void theReachSampleIsTheFileExploreWrites() throws IOException {
    String sample = blockAfter(readme(), "--out reach.yaml");
    Path reach = dir.resolve("reach.yaml");

    assertThat(
            callroute(
                "explore",
                "../worlds/boombox.yaml",
                "--reach",
                "input=boombox & call=active",
                "--out",
                reach.toString()))
        .isZero();

    List<String> expected = new ArrayList<>(sample.lines().toList());
    expected.removeIf(l -> l.startsWith("# "));
    assertThat(Files.readAllLines(reach)).containsSubsequence(expected);
    out.getBuffer().setLength(0);
    assertThat(callroute("run", reach.toString())).isZero();
    assertThat(out.toString()).endsWith("1 passed, 0 failed\n");
  }

  @Test
  void theOutFileNumberingIsAsDocumented() throws IOException {
    assertThat(readme()).contains("`cx.yaml`, `cx-2.yaml`, `cx-3.yaml`");
    assertThat(ExploreReport.numbered(Path.of("cx.yaml"), 1)).isEqualTo(Path.of("cx.yaml"));
    assertThat(ExploreReport.numbered(Path.of("cx.yaml"), 2)).isEqualTo(Path.of("cx-2.yaml"));
    assertThat(ExploreReport.numbered(Path.of("cx.yaml"), 3)).isEqualTo(Path.of("cx-3.yaml"));
  }

  @Test
  void theDocsCiteNothingOutsideTheRepositoryAndNoInternalWording() throws IOException {
    for (String page : List.of("routing-rules.md", "scenario-format.md")) {
      String text = Files.readString(Path.of("..", "docs", page));
      assertThat(text).as(page).doesNotContain("../seed/", "copied unchanged");
    }
    assertThat(Files.readString(Path.of("..", "docs", "routing-rules.md")))
        .contains("The FAQ gives three reasons, cited as \"FAQ reason N\"");
  }

  @Test
  void theQuickStartNamesTheJdkAndTheExampleFilesAreIgnored() throws IOException {
    assertThat(readme()).contains("JDK 17 or newer");
    List<String> ignored = Files.readAllLines(Path.of("..", ".gitignore"));
    assertThat(ignored).contains("/report.txt", "/repro/", "/reach.yaml");
  }

  @Test
  void theUsageErrorSampleIsWhatRunPrints() throws IOException {
    String sample = blockAfter(readme(), "- **Usage errors**");

    assertThat(callroute("run", "--no-colour", "x.yaml")).isEqualTo(2);

    assertThat(err.toString()).isEqualTo(sample.strip() + "\n");
  }
}
