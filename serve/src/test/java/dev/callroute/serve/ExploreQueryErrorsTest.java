package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad explore query is a 400 with the explorer's message, never a 500. */
class ExploreQueryErrorsTest {
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

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "reach | output=a9    | unknown value 'a9' for key 'output'",
        "reach | outptu=a     | unknown key 'outptu' (did you mean 'output'?)",
        "never | voip=asleep  | unknown value 'asleep' for key 'voip'",
        "never | call         | 'call' is not key=value",
      })
  void aBadQueryIsA400WithTheExplorersMessage(String kind, String expr, String message) {
    String id = http.newSession().get("id").asText();
    Http.Reply r =
        http.post(
            "/api/sessions/" + id + "/explore",
            Http.MAPPER.createObjectNode().put(kind, expr).toString());
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).startsWith(message);
  }
}
