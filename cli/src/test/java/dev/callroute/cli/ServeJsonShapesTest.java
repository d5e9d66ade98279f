package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.callroute.serve.PlaygroundServer;
import dev.callroute.serve.ServeLimits;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground's API answers the same question with the JSON of the command line where they
 * overlap: every field the two share has the same name, kind and, for the same search, value.
 */
class ServeJsonShapesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** What only the API has: the question, its verdict, the session, steps as objects, sentences. */
  private static final Set<String> API_ONLY =
      Set.of(
          "query",
          "result",
          "session",
          "path",
          "causeText",
          "becauseText",
          "meaning",
          "understood",
          "notes",
          "omitted",
          "route",
          "scenario",
          "action",
          "detail");

  static PlaygroundServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server = PlaygroundServer.start("127.0.0.1", 0, ServeLimits.DEFAULTS, Optional.empty());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void exploreNeverHasTheCommandLinesFieldsAndValues() throws Exception {
    String id = post("/api/sessions", "{}").get("id").asText();
    Path world = dir.resolve("session.yaml");
    Files.writeString(world, get("/api/sessions/" + id + "/scenario").get("yaml").asText());
    JsonNode api =
        post("/api/sessions/" + id + "/explore", "{\"never\": \"output=builtInReceiver\"}");
    JsonNode cli =
        MAPPER.readTree(
            ExploreCommandTest.explore(
                    world.toString(), "--never", "output=builtInReceiver", "--format", "json")
                .out());

    assertSameShape(api, cli, "");
    for (String field : List.of("complete", "states", "transitions", "maxDepth")) {
      assertThat(api.get(field)).as(field).isEqualTo(cli.get(field));
    }
    assertThat(api.at("/violations/0/property")).isEqualTo(cli.at("/violations/0/property"));
    assertThat(api.at("/violations/0/steps")).isEqualTo(cli.at("/violations/0/steps"));
  }

  @Test
  void exploreReachHasTheCommandLinesFields() throws Exception {
    String id = post("/api/sessions", "{}").get("id").asText();
    Path world = dir.resolve("session.yaml");
    Files.writeString(world, get("/api/sessions/" + id + "/scenario").get("yaml").asText());
    JsonNode api = post("/api/sessions/" + id + "/explore", "{\"reach\": \"output=airpods\"}");
    JsonNode cli =
        MAPPER.readTree(
            ExploreCommandTest.explore(
                    world.toString(), "--reach", "output=airpods", "--format", "json")
                .out());

    assertSameShape(api, cli, "");
    assertThat(api.at("/reach/found").asBoolean()).isTrue();
    assertThat(api.at("/reach/steps")).isEqualTo(cli.at("/reach/steps"));
  }

  @Test
  void doctorHasTheCommandLinesFieldsAndRuleIds() throws Exception {
    JsonNode api =
        post(
            "/api/doctor",
            "{\"symptom\": \"audio-on-earpiece\", \"facts\": {\"call\": \"cellular\","
                + " \"direction\": \"incoming\", \"answered-via\": \"iphone\", \"accessory\":"
                + " \"bluetoothHeadset\", \"call-audio-routing\": \"automatic\"}}");
    Captured run =
        Captured.withInput(
            "",
            "doctor",
            "--symptom",
            "audio-on-earpiece",
            "--call",
            "cellular",
            "--direction",
            "incoming",
            "--answered-via",
            "iphone",
            "--accessory",
            "bluetoothHeadset",
            "--call-audio-routing",
            "automatic",
            "--format",
            "json");
    JsonNode cli = MAPPER.readTree(run.out());

    assertSameShape(api, cli, "");
    assertThat(api.at("/branches/0/cause")).isEqualTo(cli.at("/branches/0/cause"));
    assertThat(api.at("/branches/0/fixes/0/because"))
        .isEqualTo(cli.at("/branches/0/fixes/0/because"));
  }

  /** Every field of the API is the command line's, of the same kind, or one only the API has. */
  private static void assertSameShape(JsonNode api, JsonNode cli, String at) {
    if (api.isObject() && cli.isObject()) {
      Set<String> apiKeys = new TreeSet<>();
      api.fieldNames().forEachRemaining(apiKeys::add);
      List<String> missing = new ArrayList<>();
      cli.fieldNames()
          .forEachRemaining(
              k -> {
                if (!apiKeys.contains(k) && !CLI_ONLY.contains(k)) {
                  missing.add(k);
                }
              });
      assertThat(missing).as("command-line fields missing at %s", at).isEmpty();
      for (String k : apiKeys) {
        if (API_ONLY.contains(k)) {
          continue;
        }
        assertThat(cli.has(k)).as("API field %s/%s is not the command line's", at, k).isTrue();
        if (!api.get(k).isNull() && !cli.get(k).isNull()) {
          assertSameShape(api.get(k), cli.get(k), at + "/" + k);
        }
      }
    } else if (api.isArray() && cli.isArray()) {
      if (api.size() > 0 && cli.size() > 0) {
        assertSameShape(api.get(0), cli.get(0), at + "/0");
      }
    } else {
      assertThat(api.getNodeType()).as("kind of %s", at).isEqualTo(cli.getNodeType());
    }
  }

  /** What only the command line has: its exit status and options the page does not offer. */
  private static final Set<String> CLI_ONLY =
      Set.of("exitStatus", "seconds", "symmetry", "bitstate", "scenario", "file");

  private static JsonNode get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build());
  }

  private static JsonNode post(String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonNode send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return MAPPER.readTree(r.body());
  }
}
