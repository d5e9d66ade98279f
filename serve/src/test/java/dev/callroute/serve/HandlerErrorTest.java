package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JVM Error in a handler (as after the jar is rebuilt under a running server) is the JSON 500
 * with a message, the security headers and no stack trace, like any other failure.
 */
class HandlerErrorTest {
  static PlaygroundServer server;
  static Http http;

  @BeforeAll
  static void start() {
    Handler noClass =
        ctx -> {
          throw new NoClassDefFoundError("dev/callroute/explore/Explorer");
        };
    Handler stack =
        ctx -> {
          throw new StackOverflowError();
        };
    Handler runtime =
        ctx -> {
          throw new IllegalStateException("secret detail");
        };
    server =
        PlaygroundServer.start(
            "127.0.0.1",
            0,
            ServeLimits.DEFAULTS,
            Optional.empty(),
            Map.of(
                "/api/test/noclass",
                noClass,
                "/api/test/stack",
                stack,
                "/api/test/runtime",
                runtime));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "noclass, NoClassDefFoundError",
    "stack, StackOverflowError",
    "runtime, IllegalStateException"
  })
  void anyThrowableIsAJson500WithAMessage(String route, String name) {
    Http.Reply r = http.post("/api/test/" + route, "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(500);
    assertThat(r.raw().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(r.raw().headers().firstValue("Content-Security-Policy"))
        .contains(PlaygroundServer.CSP);
    assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.json().get("error").asText()).startsWith("internal error (" + name + ")");
    assertThat(r.body()).doesNotContain("at dev.", "secret detail", "dev/callroute/explore");
  }
}
