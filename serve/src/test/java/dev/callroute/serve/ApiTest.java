package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP, against a server on an ephemeral loopback port. */
class ApiTest {
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

  static JsonNode last(JsonNode session) {
    JsonNode t = session.get("timeline");
    return t.get(t.size() - 1);
  }

  static List<String> ruleIds(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.get("rules").forEach(r -> out.add(r.get("id").asText()));
    return out;
  }

  @Test
  void faqStoryAnsweredOnTheIphoneGoesToTheEarpieceWithItsRule() {
    String id = http.newSession().get("id").asText();
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"airpods\"}");
    http.step(id, "{\"kind\": \"incomingCall\", \"call\": \"c1\"}");
    JsonNode s = http.step(id, "{\"kind\": \"answer\", \"call\": \"c1\"}");
    JsonNode row = last(s);
    assertThat(row.get("step").asText()).isEqualTo("answer: c1");
    assertThat(row.at("/output/port").asText()).isEqualTo("builtInReceiver");
    assertThat(row.at("/input/port").asText()).isEqualTo("builtInMic");
    assertThat(ruleIds(row)).containsExactly("call.answer-on-iphone");
    assertThat(row.get("notifications").toString()).contains("routeChange:categoryChange");
    assertThat(row.at("/state/calls/0/state").asText()).isEqualTo("active");
    assertThat(s.get("timeline")).hasSize(4);
    assertThat(s.get("editable").asBoolean()).isFalse();
  }

  @Test
  void faqStoryAnsweredOnTheAirpodsGoesToTheirHandsFreeProfile() {
    String id = http.newSession().get("id").asText();
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"airpods\"}");
    http.step(id, "{\"kind\": \"incomingCall\", \"call\": \"c1\"}");
    JsonNode row =
        last(http.step(id, "{\"kind\": \"answer\", \"call\": \"c1\", \"via\": \"airpods\"}"));
    assertThat(row.at("/output/port").asText()).isEqualTo("bluetoothHFP");
    assertThat(row.at("/output/accessory").asText()).isEqualTo("airpods");
    assertThat(row.at("/input/accessory").asText()).isEqualTo("airpods");
    assertThat(ruleIds(row)).contains("call.answer-on-accessory");
  }

  @Test
  void aStepTheEngineWouldRejectIsOfferedDisabledWithTheEnginesReason() {
    String id = http.newSession().get("id").asText();
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"airpods\"}");
    JsonNode s = http.step(id, "{\"kind\": \"incomingCall\", \"call\": \"c1\"}");
    JsonNode dial = choice(s, "dial: c2");
    assertThat(dial.get("enabled").asBoolean()).isFalse();
    assertThat(dial.get("reason").asText())
        .isEqualTo(
            "Call 'c2' cannot be placed while another system call rings, is active or is held.");
    JsonNode answer = choice(s, "answer: {call: c1, via: airpods}");
    assertThat(answer.get("enabled").asBoolean()).isTrue();
    assertThat(answer.has("reason")).isFalse();
  }

  static JsonNode choice(JsonNode session, String text) {
    for (JsonNode c : session.get("choices")) {
      if (c.at("/step/text").asText().equals(text)) {
        return c;
      }
    }
    throw new AssertionError("no choice " + text + " in " + session.get("choices"));
  }

  @Test
  void undoRemovesTheLastStepAndRefusesWhenThereIsNone() {
    String id = http.newSession().get("id").asText();
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"airpods\"}");
    JsonNode s = http.post("/api/sessions/" + id + "/undo", "{}").json();
    assertThat(s.get("timeline")).hasSize(1);
    Http.Reply again = http.post("/api/sessions/" + id + "/undo", "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("error").asText()).contains("no step to undo");
  }

  @Test
  void theWorldIsEditableBeforeTheFirstStepOnly() {
    String id = http.newSession().get("id").asText();
    String world =
        "{\"name\": \"two\", \"accessories\": [{\"id\": \"buds\", \"kind\": \"bluetoothHeadset\","
            + " \"name\": \"Buds\", \"connected\": true}, {\"id\": \"wired\", \"kind\":"
            + " \"wiredHeadset\"}], \"app\": {\"callKit\": true}, \"callAudioRouting\":"
            + " \"speaker\"}";
    JsonNode s = http.post("/api/sessions/" + id + "/world", world).json();
    assertThat(s.at("/world/accessories/0/connected").asBoolean()).isTrue();
    assertThat(s.at("/world/accessories/1/hfp").asText()).isEqualTo("never");
    assertThat(s.at("/world/app/callKit").asBoolean()).isTrue();
    assertThat(s.at("/world/callAudioRouting").asText()).isEqualTo("speaker");
    assertThat(last(s).at("/output/accessory").asText()).isEqualTo("buds");
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"wired\"}");
    assertThat(http.post("/api/sessions/" + id + "/world", world).status()).isEqualTo(409);
  }

  @Test
  void badWorldsAreRefusedWithTheReason() {
    String id = http.newSession().get("id").asText();
    Http.Reply dup =
        http.post(
            "/api/sessions/" + id + "/world",
            "{\"accessories\": [{\"id\": \"a\", \"kind\": \"bluetoothHeadset\"}, {\"id\": \"a\","
                + " \"kind\": \"wiredHeadset\"}]}");
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.json().get("error").asText()).contains("duplicate accessory id: a");
    Http.Reply kind =
        http.post(
            "/api/sessions/" + id + "/world",
            "{\"accessories\": [{\"id\": \"a\", \"kind\": \"toaster\"}]}");
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.json().get("error").asText()).contains("unknown kind 'toaster'");
    Http.Reply receiver =
        http.post(
            "/api/sessions/" + id + "/world",
            "{\"accessories\": [], \"app\": {\"callKit\": true, \"role\": \"receiver\"}}");
    assertThat(receiver.status()).isEqualTo(400);
    assertThat(receiver.json().get("error").asText()).contains("only a sender can use CallKit");
  }

  @Test
  void anExportPassesRunAndLoadsBackToTheSameTimeline() {
    String id = http.newSession().get("id").asText();
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"airpods\"}");
    http.step(id, "{\"kind\": \"incomingCall\", \"call\": \"c1\"}");
    http.step(id, "{\"kind\": \"controlCenter\", \"pick\": \"speaker\"}");
    http.step(id, "{\"kind\": \"answer\", \"call\": \"c1\"}");
    http.step(id, "{\"kind\": \"end\", \"call\": \"c1\"}");
    JsonNode before = http.step(id, "{\"kind\": \"incomingCall\", \"call\": \"c2\"}");
    JsonNode export = http.get("/api/sessions/" + id + "/scenario").json();
    String yaml = export.get("yaml").asText();
    Http.Reply download = http.get("/api/sessions/" + id + "/scenario.yaml");
    assertThat(download.body()).isEqualTo(yaml);
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"playground.yaml\"");
    assertThat(download.header("Content-Type")).startsWith("application/yaml");
    assertThat(yaml).contains("expect:");
    ReadResult read = ScenarioReader.read(yaml, Path.of("export.yaml"));
    assertThat(read.problems()).isEmpty();
    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());
    assertThat(report.failures()).isEmpty();
    assertThat(report.passed()).isTrue();
    // One expect after each of the six steps.
    assertThat(yaml.split("- expect:", -1)).hasSize(7);

    String other = http.newSession().get("id").asText();
    String body =
        Http.MAPPER.createObjectNode().put("fileName", "export.yaml").put("yaml", yaml).toString();
    JsonNode loaded = http.post("/api/sessions/" + other + "/scenario", body).json();
    assertThat(loaded.get("timeline").toString().replace(other, id))
        .isEqualTo(before.get("timeline").toString());
  }

  @Test
  void anInvalidScenarioIsRefusedWithFileLineColumnProblemsAndNothingPlayed() {
    String id = http.newSession().get("id").asText();
    http.step(id, "{\"kind\": \"connect\", \"accessory\": \"airpods\"}");
    String yaml = "name: broken\nsteps:\n  - connect: airpods\n  - answr: c1\n";
    String body =
        Http.MAPPER
            .createObjectNode()
            .put("fileName", "../../etc/b.yaml")
            .put("yaml", yaml)
            .toString();
    Http.Reply r = http.post("/api/sessions/" + id + "/scenario", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("problems").get(0).asText())
        .isEqualTo(
            "b.yaml:3:14: undeclared accessory 'airpods' in connect; no accessories are declared");
    assertThat(r.json().get("problems").get(1).asText()).startsWith("b.yaml:4:5: ");
    assertThat(http.get("/api/sessions/" + id).json().get("timeline")).hasSize(2);
  }

  @Test
  void theDoctorReproducesTheFaqAndItsBranchLoadsIntoTheTimeline() {
    Http.Reply r =
        http.post(
            "/api/doctor",
            "{\"symptom\": \"audio-on-earpiece\", \"facts\": {\"call\": \"cellular\","
                + " \"direction\": \"incoming\", \"answered-via\": \"iphone\", \"accessory\":"
                + " \"bluetoothHeadset\", \"call-audio-routing\": \"automatic\"}}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode branch = r.json().get("branches").get(0);
    assertThat(branch.get("reproduced").asBoolean()).isTrue();
    assertThat(branch.get("cause").get(0).asText()).isEqualTo("call.answer-on-iphone");
    assertThat(branch.at("/causeText/0/id").asText()).isEqualTo("call.answer-on-iphone");
    assertThat(branch.at("/causeText/0/sentence").asText()).isNotBlank();
    JsonNode verified = null;
    for (JsonNode f : branch.get("fixes")) {
      if (f.get("verified").asBoolean()) {
        verified = f;
      }
    }
    assertThat(verified).isNotNull();
    assertThat(verified.get("scenario").asText()).contains("expect:");
    assertThat(verified.get("because").get(0).isTextual()).isTrue();
    assertThat(verified.at("/becauseText/0/id").asText())
        .isEqualTo(verified.get("because").get(0).asText());
    String id = http.newSession().get("id").asText();
    String body =
        Http.MAPPER.createObjectNode().put("yaml", branch.get("scenario").asText()).toString();
    JsonNode loaded = http.post("/api/sessions/" + id + "/scenario", body).json();
    assertThat(last(loaded).at("/output/port").asText()).isEqualTo("builtInReceiver");
    assertThat(r.json().get("omitted").asInt()).isZero();
    Http.Reply bad = http.post("/api/doctor", "{\"symptom\": \"sad\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).contains("audio-on-earpiece");
  }

  @Test
  void aDiagnosisWithEveryFactUnknownListsAtMost40BranchesReproducingFirst() {
    JsonNode d =
        http.post(
                "/api/doctor",
                "{\"symptom\": \"audio-on-earpiece\", \"facts\": {\"call\": \"unknown\"}}")
            .json();
    JsonNode branches = d.get("branches");
    assertThat(branches.size()).isEqualTo(DoctorJson.MAX_BRANCHES);
    assertThat(d.get("omitted").asInt()).isPositive();
    assertThat(d.get("notes").get(0).asText()).contains("branches are not listed");
    boolean seenUnreproduced = false;
    for (JsonNode b : branches) {
      seenUnreproduced |= !b.get("reproduced").asBoolean();
      assertThat(seenUnreproduced && b.get("reproduced").asBoolean()).isFalse();
    }
  }

  @Test
  void exploreReachLoadsTheShortestPathAndNeverShowsACounterexampleOrHolds() {
    String id = http.newSession().get("id").asText();
    JsonNode reach =
        http.post(
                "/api/sessions/" + id + "/explore", "{\"reach\": \"output=airpods & call=active\"}")
            .json();
    assertThat(reach.get("result").asText()).isEqualTo("reached");
    assertThat(reach.at("/reach/found").asBoolean()).isTrue();
    int steps = reach.at("/reach/steps").asInt();
    assertThat(steps).isBetween(1, 3);
    assertThat(reach.at("/reach/path")).hasSize(steps);
    assertThat(reach.at("/session/timeline")).hasSize(steps + 1);
    assertThat(last(reach.get("session")).at("/output/accessory").asText()).isEqualTo("airpods");

    String fresh = http.newSession().get("id").asText();
    JsonNode never =
        http.post("/api/sessions/" + fresh + "/explore", "{\"never\": \"output=builtInReceiver\"}")
            .json();
    assertThat(never.get("result").asText()).isEqualTo("violated");
    JsonNode counterexample = never.get("violations").get(0);
    assertThat(counterexample.get("property").asText()).isEqualTo("--never output=builtInReceiver");
    assertThat(counterexample.get("steps").asInt())
        .isPositive()
        .isEqualTo(counterexample.get("path").size());
    assertThat(never.get("reach").isNull()).isTrue();
    assertThat(http.get("/api/sessions/" + fresh).json().get("timeline")).hasSize(1);

    JsonNode holds =
        http.post("/api/sessions/" + fresh + "/explore", "{\"never\": \"output=headphones\"}")
            .json();
    assertThat(holds.get("result").asText()).isEqualTo("holds");
    assertThat(holds.get("complete").asBoolean()).isTrue();
    assertThat(holds.get("cutOffAtDepth").isNull()).isTrue();
    assertThat(holds.get("stoppedBy").isNull()).isTrue();
    assertThat(holds.get("violations")).isEmpty();
    assertThat(holds.get("transitions").asLong()).isGreaterThan(holds.get("states").asLong());
    assertThat(holds.get("maxDepth").asInt()).isPositive();

    Http.Reply bad =
        http.post("/api/sessions/" + fresh + "/explore", "{\"reach\": \"colour=red\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).contains("unknown key 'colour'");
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicyAndNosniffAndNoCors() {
    for (Http.Reply r :
        List.of(
            http.get("/"),
            http.get("/js/app.js"),
            http.get("/style.css"),
            http.get("/api/doctor"),
            http.get("/api/sessions/unknown"),
            http.get("/no/such/page"),
            http.post("/api/sessions", "text/plain", "{}"))) {
      assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'self'");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.header("Access-Control-Allow-Origin")).isNull();
    }
    assertThat(http.get("/").body()).doesNotContain("<script>").contains("type=\"module\"");
  }
}
