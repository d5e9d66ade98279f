package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The caps on sessions, steps and explore work, each at and past the limit. */
class LimitsTest {
  static final String CONNECT = "{\"kind\": \"connect\", \"accessory\": \"airpods\"}";
  static final String DISCONNECT = "{\"kind\": \"disconnect\", \"accessory\": \"airpods\"}";

  @Test
  void theLeastRecentlyUsedSessionIsEvictedPastTheCap() {
    ServeLimits limits = new ServeLimits(256 * 1024, 3, 200, 200_000, 16);
    try (PlaygroundServer server =
        PlaygroundServer.start("127.0.0.1", 0, limits, Optional.empty())) {
      Http http = new Http(server.port());
      String a = http.newSession().get("id").asText();
      String b = http.newSession().get("id").asText();
      String c = http.newSession().get("id").asText();
      assertThat(http.get("/api/sessions/" + a).status()).isEqualTo(200); // a is now the newest
      String d = http.newSession().get("id").asText(); // evicts b, the least recently used
      assertThat(http.get("/api/sessions/" + b).status()).isEqualTo(404);
      for (String kept : new String[] {a, c, d}) {
        assertThat(http.get("/api/sessions/" + kept).status()).isEqualTo(200);
      }
      assertThat(a).matches("[0-9a-f]{32}").isNotEqualTo(c);
    }
  }

  @Test
  void aSessionHoldsAtMostTheCapOfSteps() {
    ServeLimits limits = new ServeLimits(256 * 1024, 10, 4, 200_000, 16);
    try (PlaygroundServer server =
        PlaygroundServer.start("127.0.0.1", 0, limits, Optional.empty())) {
      Http http = new Http(server.port());
      String id = http.newSession().get("id").asText();
      for (int i = 0; i < 4; i++) {
        http.step(id, i % 2 == 0 ? CONNECT : DISCONNECT);
      }
      Http.Reply over = http.post("/api/sessions/" + id + "/steps", "{\"step\": " + CONNECT + "}");
      assertThat(over.status()).isEqualTo(409);
      assertThat(over.json().get("error").asText()).contains("at most 4 steps");
      JsonNode s = http.get("/api/sessions/" + id).json();
      assertThat(s.get("timeline")).hasSize(5);
    }
  }

  @Test
  void namesAndIdsAreAcceptedAtTheirLimitAndRefusedPastIt() {
    try (PlaygroundServer server =
        PlaygroundServer.start("127.0.0.1", 0, ServeLimits.DEFAULTS, Optional.empty())) {
      Http http = new Http(server.port());
      String id = http.newSession().get("id").asText();
      String world =
          "{\"name\": \"%s\", \"accessories\": [{\"id\": \"%s\", \"kind\":"
              + " \"wiredHeadset\", \"name\": \"%s\"}]}";
      String n80 = "n".repeat(80);
      String a64 = "a".repeat(64);
      assertThat(
              http.post("/api/sessions/" + id + "/world", world.formatted(n80, a64, n80)).status())
          .isEqualTo(200);
      assertThat(
              http.post("/api/sessions/" + id + "/world", world.formatted(n80 + "n", a64, n80))
                  .json()
                  .get("error")
                  .asText())
          .contains("1 to 80 characters");
      assertThat(
              http.post("/api/sessions/" + id + "/world", world.formatted(n80, a64 + "a", n80))
                  .json()
                  .get("error")
                  .asText())
          .contains("at most 64 characters");
      assertThat(
              http.post("/api/sessions/" + id + "/world", world.formatted(n80, a64, n80 + "n"))
                  .json()
                  .get("error")
                  .asText())
          .contains("at most 80 characters");
      String call = "{\"kind\": \"incomingCall\", \"call\": \"%s\"}";
      assertThat(http.step(id, call.formatted("c".repeat(64))).get("timeline")).hasSize(2);
      Http.Reply past =
          http.post(
              "/api/sessions/" + id + "/steps",
              "{\"step\": " + call.formatted("c".repeat(65)) + "}");
      assertThat(past.status()).isEqualTo(400);
    }
  }

  @Test
  void anExplorePastItsStateCapStopsWith422() {
    ServeLimits limits = new ServeLimits(256 * 1024, 10, 200, 50, 16);
    try (PlaygroundServer server =
        PlaygroundServer.start("127.0.0.1", 0, limits, Optional.empty())) {
      Http http = new Http(server.port());
      String id = http.newSession().get("id").asText();
      Http.Reply r =
          http.post("/api/sessions/" + id + "/explore", "{\"never\": \"output=headphones\"}");
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.json().get("error").asText()).contains("stopped after 50 states");
    }
  }
}
