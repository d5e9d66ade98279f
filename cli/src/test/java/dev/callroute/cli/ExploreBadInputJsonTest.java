package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explore --format json} on bad input writes a JSON error document, as {@code run} and
 * {@code doctor} do, and {@code --out} that can never be written is refused before the search.
 */
class ExploreBadInputJsonTest {
  private static final String BOOMBOX = Path.of("..", "worlds", "boombox.yaml").toString();

  @TempDir Path dir;

  private static JsonNode json(Captured r) throws IOException {
    assertThat(r.out()).as("standard output of %s", r.err()).isNotBlank();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void anInvalidFileIsAJsonDocumentWithItsProblems() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: x\nsteps:\n  - foo: 1\n");
    Captured r = Captured.run("explore", "--format", "json", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    JsonNode root = json(r);
    assertThat(root.get("error").asText()).isEqualTo(bad + ": invalid file");
    assertThat(root.get("problems")).hasSize(1);
    assertThat(root.get("problems").get(0).asText()).startsWith(bad + ":3:5: unknown step 'foo'");
    assertThat(root.get("exitStatus").asInt()).isEqualTo(2);
  }

  @Test
  void aBadQueryIsAJsonDocument() throws IOException {
    Captured r = Captured.run("explore", "--format", "json", BOOMBOX, "--reach", "outptu=x");
    assertThat(r.status()).isEqualTo(2);
    JsonNode root = json(r);
    assertThat(root.get("error").asText()).startsWith("--reach 'outptu=x': unknown key 'outptu'");
    assertThat(root.get("exitStatus").asInt()).isEqualTo(2);
  }

  @Test
  void aMissingFileIsAJsonDocument() throws IOException {
    Captured r = Captured.run("explore", "--format", "json", dir.resolve("nope.yaml").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(json(r).get("error").asText()).contains("nope.yaml");
  }

  @Test
  void anOutThroughASymbolicLinkIsRefusedBeforeTheSearch() throws IOException {
    Path link = dir.resolve("link.yaml");
    Files.createSymbolicLink(link, dir.resolve("elsewhere.yaml"));
    Captured r =
        Captured.run("explore", BOOMBOX, "--reach", "call=active", "--out", link.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).as("nothing searched").isEmpty();
    // Refused as a usage error before the search, not as a failed write after it.
    assertThat(r.err())
        .startsWith("callroute explore: --out " + link + ": is a symbolic link")
        .doesNotContain("cannot write");
    assertThat(dir.resolve("elsewhere.yaml")).doesNotExist();
  }

  @Test
  void anOutThatIsADeviceIsRefusedBeforeTheSearch() {
    Captured r = Captured.run("explore", BOOMBOX, "--reach", "call=active", "--out", "/dev/null");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).as("nothing searched").isEmpty();
    assertThat(r.err())
        .startsWith("callroute explore: --out /dev/null: not a regular file")
        .doesNotContain("cannot write");
  }
}
