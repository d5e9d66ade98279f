package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile requests: each gets its 4xx status and a JSON message, never a trace or a 500. */
class AbuseTest {
  static PlaygroundServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = PlaygroundServer.start("127.0.0.1", 0, ServeLimits.DEFAULTS, Optional.empty());
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void assertJsonError(Http.Reply r, int status, String fragment) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    assertThat(r.json().get("error").asText()).contains(fragment);
    assertThat(r.body()).doesNotContain("at dev.").doesNotContain("Exception");
  }

  @Test
  void aBodyOfTheCapIsAcceptedAndOneByteMoreIs413() throws Exception {
    String id = http.newSession().get("id").asText();
    String prefix = "{\"fileName\": \"x.yaml\", \"yaml\": \"name: x\\n#";
    String suffix = "\"}";
    int fill = 256 * 1024 - prefix.length() - suffix.length();
    String atCap = prefix + "a".repeat(fill) + suffix;
    assertThat(atCap.length()).isEqualTo(256 * 1024);
    Http.Reply ok = http.post("/api/sessions/" + id + "/scenario", atCap);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    String over = prefix + "a".repeat(fill + 1) + suffix;
    // The server answers 413 from the declared length and may close before the whole body is
    // written, so the client reads the answer even when a write fails (a broken pipe).
    String reply =
        rawScenarioPost(
            id, "Content-Length: " + over.length(), over.getBytes(StandardCharsets.UTF_8));
    assertThat(reply)
        .startsWith("HTTP/1.1 413 ")
        .contains("Content-Type: application/json")
        .contains("{\"error\":\"the request body is larger than 256 KB")
        .doesNotContain("Exception");
  }

  @Test
  void anOversizedChunkedBodyWithoutALengthIs413() throws Exception {
    byte[] big =
        ("{\"yaml\": \"" + "a".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    String id = http.newSession().get("id").asText();
    java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
    chunked.write((Integer.toHexString(big.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
    chunked.write(big);
    chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    // The server stops reading at the cap and answers; the rest of the body may not get through.
    String reply = rawScenarioPost(id, "Transfer-Encoding: chunked", chunked.toByteArray());
    assertThat(reply).startsWith("HTTP/1.1 413 ").doesNotContain("Exception");
  }

  /**
   * Posts a scenario body over a raw socket, with this length header, and returns the answer, read
   * even when the server answers before the whole body is written (see {@link
   * Http#rawEarlyAnswer}).
   */
  private static String rawScenarioPost(String id, String lengthHeader, byte[] body)
      throws Exception {
    return Http.rawEarlyAnswer(
        server.port(),
        "POST /api/sessions/"
            + id
            + "/scenario HTTP/1.1\r\nHost: 127.0.0.1:"
            + server.port()
            + "\r\nContent-Type: application/json\r\n"
            + lengthHeader
            + "\r\nConnection: close\r\n\r\n",
        body);
  }

  static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"evil.example", "evil.example:PORT", "127.0.0.1.nip.io:PORT", "localhost"})
  void aForeignHostIs403(String host) throws Exception {
    String reply =
        Http.raw(
            server.port(),
            "GET /api/doctor HTTP/1.1\r\nHost: "
                + host.replace("PORT", String.valueOf(server.port()))
                + "\r\nConnection: close\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 403");
    assertThat(reply).contains("Content-Security-Policy: default-src 'self'");
    assertThat(reply).contains("\"error\":\"this server answers only to");
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]"})
  void loopbackNamesWithThePortAreAllowed(String name) throws Exception {
    String reply =
        Http.raw(
            server.port(),
            "GET /api/doctor HTTP/1.1\r\nHost: "
                + name
                + ":"
                + server.port()
                + "\r\nConnection: close\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::1", "localhost", "127.0.0.1"})
  void theUrlPrintedForALoopbackBindWorks(String host) throws Exception {
    try (PlaygroundServer s =
        PlaygroundServer.start(host, 0, ServeLimits.DEFAULTS, Optional.empty())) {
      Http.Reply r =
          new Http(s.port())
              .send(HttpRequest.newBuilder(URI.create(s.url() + "api/doctor")).GET().build());
      assertThat(r.status()).as(s.url()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "text/plain, 415",
    "application/x-www-form-urlencoded, 415",
    "multipart/form-data; boundary=x, 415",
    "application/json; charset=utf-8, 201"
  })
  void stateChangingRequestsMustBeJson(String type, int status) {
    Http.Reply r = http.post("/api/sessions", type, "{}");
    assertThat(r.status()).isEqualTo(status);
    if (status == 415) {
      assertJsonError(r, 415, "application/json");
    }
  }

  @Test
  void aRequestWithoutAContentTypeIs415() {
    Http.Reply r =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/sessions"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertJsonError(r, 415, "application/json");
  }

  @Test
  void aYamlBombIs400WithAMessage() {
    StringBuilder yaml = new StringBuilder("name: bomb\na: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      yaml.append("]\n");
      prev = c;
    }
    String id = http.newSession().get("id").asText();
    String body =
        Http.MAPPER
            .createObjectNode()
            .put("fileName", "bomb.yaml")
            .put("yaml", yaml.toString())
            .toString();
    long t0 = System.nanoTime();
    Http.Reply r = http.post("/api/sessions/" + id + "/scenario", body);
    assertJsonError(r, 400, "the scenario is invalid");
    assertThat(r.json().get("problems").get(0).asText()).startsWith("bomb.yaml:").contains("alias");
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /%zz HTTP/1.1", "GARBAGE", "GET / HTTP/1.1\r\nX-Big: BIG"})
  void malformedRequestsThatNeverReachTheRoutesAreJsonWithTheHeadersToo(String line)
      throws Exception {
    String request =
        line.replace("BIG", "a".repeat(20_000))
            + "\r\nHost: 127.0.0.1:"
            + server.port()
            + "\r\nConnection: close\r\n\r\n";
    String reply = Http.raw(server.port(), request);
    assertThat(reply).matches("(?s)HTTP/1.1 4\\d\\d .*");
    assertThat(reply).contains("Content-Security-Policy: default-src 'self'");
    assertThat(reply).contains("X-Content-Type-Options: nosniff");
    assertThat(reply).contains("{\"error\":\"HTTP 4").doesNotContain("<html");
  }

  @Test
  void deeplyNestedJsonIs400() {
    String body = "[".repeat(100_000) + "]".repeat(100_000);
    Http.Reply r = http.post("/api/sessions", body);
    assertJsonError(r, 400, "the body is not valid JSON");
  }

  @Test
  void anUnknownSessionIs404() {
    assertJsonError(
        http.get("/api/sessions/0123456789abcdef"), 404, "no session '0123456789abcdef'");
    assertJsonError(http.post("/api/sessions/nope/undo", "{}"), 404, "no session 'nope'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[1, 2]",
        "{\"step\": 5}",
        "{\"step\": {\"kind\": \"teleport\"}}",
        "{\"step\": {\"kind\": \"connect\"}}",
        "{\"step\": {\"kind\": \"connect\", \"accessory\": \"NOT AN ID\"}}",
        "{\"step\": {\"kind\": \"speakerphone\", \"on\": \"yes\"}}",
        "{\"step\": {\"kind\": \"dial\", \"call\": \"c1\", \"type\": \"pigeon\"}}",
        "{\"step\": {\"kind\": \"preferredInput\", \"input\": \"iphone\"}}",
        "{\"steps\": [{\"kind\": \"end\"}]}",
        "{\"step\": {\"kind\": \"answer\", \"call\": \"c1\", \"via\": \"speaker\"}}",
        "{\"step\": {\"kind\": \"answer\", \"call\": \"c9\"}}",
        "{\"steps\": [{\"kind\": \"dial\", \"call\": \"c1\"}, {\"kind\": \"dial\", \"call\": \"c1\"}]}"
      })
  void malformedStepsAre400WithAMessage(String body) {
    String id = http.newSession().get("id").asText();
    Http.Reply r = http.post("/api/sessions/" + id + "/steps", body);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception");
  }

  @Test
  void anUnknownRouteOrMethodIsAJsonError() {
    assertJsonError(http.get("/api/nothing"), 404, "nothing at /api/nothing");
    Http.Reply put =
        http.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/sessions"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(put.status()).isIn(404, 405);
    assertThat(put.json().get("error").asText()).isNotBlank();
  }
}
