package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A world over HTTP follows the scenario format: omitted fields default, what a file refuses is a
 * 400.
 */
class WorldApiDefaultsTest {
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

  private static Http.Reply world(String json) {
    String id = http.newSession().get("id").asText();
    return http.post("/api/sessions/" + id + "/world", json);
  }

  @Test
  void omittedAccessoriesMeanNoneAsInAScenarioFile() {
    Http.Reply r = world("{\"app\": {\"callKit\": true}}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/world/accessories")).isEmpty();
    assertThat(r.json().at("/world/app/callKit").asBoolean()).isTrue();
  }

  @Test
  void accessoriesThatAreNotAListAreA400() {
    Http.Reply r = world("{\"accessories\": {}}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isEqualTo("'accessories' must be a list");
  }

  @Test
  void hfpOnAWiredAccessoryIsRefusedAsAFileRefusesItNotSilentlyDropped() {
    Http.Reply r =
        world(
            "{\"accessories\": [{\"id\": \"w\", \"kind\": \"wiredHeadset\", \"hfp\": \"always\"}]}");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("error").asText())
        .isEqualTo(
            "hfp always is allowed only on Bluetooth accessories, and 'w' is a wiredHeadset (leave"
                + " hfp out, or send never)");
  }
}
