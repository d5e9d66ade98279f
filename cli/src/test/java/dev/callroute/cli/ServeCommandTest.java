package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code callroute serve}: starts, prints its URL, opens a FILE at step 0, refuses bad input. */
class ServeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine command(ServeCommand serve) {
    CommandLine cl = new CommandLine(serve);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  @Test
  void servesTheFileToEveryNewPageAtStepZeroAndPrintsTheUrl() throws Exception {
    Path file = dir.resolve("story.yaml");
    Files.writeString(
        file,
        "name: story\naccessories: [{id: airpods, kind: bluetoothHeadset}]\nsteps:\n"
            + "  - connect: airpods\n  - incomingCall: c1\n  - answer: c1\n");
    ServeCommand serve = new ServeCommand();
    CommandLine cl = command(serve);
    AtomicInteger status = new AtomicInteger(-1);
    Thread t = new Thread(() -> status.set(cl.execute("--port", "0", file.toString())));
    t.start();
    String url = null;
    for (int i = 0; i < 200 && url == null; i++) {
      Matcher m =
          Pattern.compile("callroute playground: (http://127\\.0\\.0\\.1:\\d+/)")
              .matcher(out.toString());
      url = m.find() ? m.group(1) : null;
      Thread.sleep(50);
    }
    assertThat(url).as(err.toString()).isNotNull();
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "api/sessions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(201);
    assertThat(page.body()).contains("\"name\":\"story\"").contains("\"step\":\"answer: c1\"");
    serve.stop.countDown();
    t.join(10_000);
    assertThat(status.get()).isZero();
  }

  @Test
  void anInvalidFileIsRefusedWithFileLineColumnAndExit2() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "name: bad\nsteps:\n  - anwser: c1\n");
    int status = command(new ServeCommand()).execute("--port", "0", file.toString());
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith(file + ":3:5: ");
    assertThat(out.toString()).doesNotContain("http://");
  }

  @Test
  void aPortInUseIsExit2WithAHint() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int status =
          command(new ServeCommand()).execute("--port", String.valueOf(taken.getLocalPort()));
      assertThat(status).isEqualTo(2);
      assertThat(err.toString())
          .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .contains("--port 0");
    }
  }

  @Test
  void aHostOtherThanLoopbackIsWarnedAbout() {
    ServeCommand serve = new ServeCommand();
    serve.stop = new CountDownLatch(0);
    int status = command(serve).execute("--port", "0", "--host", "0.0.0.0");
    assertThat(status).isZero();
    assertThat(err.toString()).contains("warning: --host 0.0.0.0 is not loopback");
  }

  @Test
  void badNumbersAreExit2() {
    assertThat(command(new ServeCommand()).execute("--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535");
    assertThat(command(new ServeCommand()).execute("--max-sessions", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--max-sessions must be between 1 and 1000000");
  }
}
