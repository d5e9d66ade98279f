package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Errors never reach the user as a trace, and a failed write is never a success. */
class FailuresTest {
  private static String report(Throwable e, int status) {
    StringWriter text = new StringWriter();
    assertThat(Failures.report(e, new PrintWriter(text))).isEqualTo(status);
    return text.toString();
  }

  @Test
  void runningOutOfMemoryOrStackIsOneLineAndStatusTwo() {
    Inputs.working(Path.of("huge.yaml"));
    try {
      String oom = report(new OutOfMemoryError("Java heap space"), Main.FAILED);
      String deep = report(new StackOverflowError(), Main.FAILED);

      assertThat(oom.lines())
          .singleElement()
          .asString()
          .startsWith("callroute: out of memory: the input needs more than the Java heap limit of")
          .contains("while working on huge.yaml")
          .contains("CALLROUTE_HEAP");
      assertThat(deep.lines()).singleElement().asString().contains("nested too deeply");
    } finally {
      Inputs.done();
    }
  }

  @Test
  void aBugIsStatusThreeWithWhereToReportIt() {
    String bug = report(new NullPointerException("x is null\n\tat somewhere"), Main.INTERNAL_ERROR);

    assertThat(bug.lines())
        .singleElement()
        .asString()
        .startsWith("callroute: internal error (a bug in callroute")
        .contains("NullPointerException: x is null")
        .contains("please report it");
  }

  /** Runs {@code callroute run} in a new JVM with standard output sent by the shell command. */
  private static Process launch(String redirect) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String example = Path.of("..", "examples").toString();
    String command =
        String.join(
            " ",
            List.of(
                "'" + java + "'",
                "-cp",
                "'" + System.getProperty("java.class.path") + "'",
                Main.class.getName(),
                "run",
                example,
                redirect));
    return new ProcessBuilder("sh", "-c", command).start();
  }

  private static String finish(Process p) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aFullDiskOnStandardOutputFailsWithTheReason() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(new File("/dev/full").exists());
    Process p = launch(">/dev/full");
    String err = finish(p);

    assertThat(p.exitValue()).isEqualTo(Main.FAILED);
    assertThat(err).contains("callroute: cannot write the output: No space left on device");
  }

  @Test
  void aClosedStandardOutputFailsWithTheReason() throws Exception {
    Process p = launch(">&-");
    String err = finish(p);

    assertThat(p.exitValue()).isEqualTo(Main.FAILED);
    assertThat(err).contains("callroute: cannot write the output:");
  }

  @Test
  void aWorkingStandardOutputKeepsTheStatus() throws Exception {
    Process p = launch(">/dev/null");
    String err = finish(p);

    assertThat(p.exitValue()).as(err).isZero();
  }
}
