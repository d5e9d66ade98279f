package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The doctor over HTTP reads facts as {@code callroute doctor} reads its flags. */
class DoctorApiFormTest {
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

  private static Http.Reply diagnose(String facts) {
    return http.post(
        "/api/doctor", "{\"symptom\": \"audio-on-earpiece\", \"facts\": {" + facts + "}}");
  }

  @Test
  void yesNoFactsTakeTrueAndFalseAndAnyCaseAsTheCommandLineDoes() {
    Http.Reply r =
        diagnose(
            "\"call\": \"App\", \"callkit\": \"true\", \"direction\": \"incoming\","
                + " \"answered-via\": \"iphone\", \"default-to-speaker\": \"FALSE\","
                + " \"interrupted-by-phone-call\": \"none\"");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/understood/callkit").asText()).isEqualTo("yes");
    assertThat(r.json().at("/understood/default-to-speaker").asText()).startsWith("no");
  }

  @Test
  void factsThatContradictTheCallAreA400NamingBothFlags() {
    Http.Reply r = diagnose("\"call\": \"cellular\", \"interrupted-by-phone-call\": \"iphone\"");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("error").asText())
        .isEqualTo(
            "--interrupted-by-phone-call iphone conflicts with --call cellular: only a VoIP call"
                + " (an app call without CallKit) is interrupted by a phone call; a cellular call"
                + " is a system call");
  }

  @Test
  void anUnknownFactSuggestsTheClosestAndListsTheOthers() {
    Http.Reply r = diagnose("\"calkit\": \"yes\"");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText())
        .startsWith("unknown fact 'calkit' (did you mean 'callkit'?); allowed: call, callkit,");
  }
}
