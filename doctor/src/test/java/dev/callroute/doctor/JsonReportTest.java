package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report has exactly the documented shape. */
class JsonReportTest {
  @Test
  void hasTheDocumentedKeysAndValues() throws Exception {
    Diagnosis d =
        Diagnosis.of(
            Symptom.NOT_ON_ACCESSORY,
            Given.line(
                "call=app callkit=no direction=outgoing earlier-phone-call=iphone"
                    + " interrupted-by-phone-call=no call-audio-routing=unknown mode=voiceChat"
                    + " default-to-speaker=no"));

    JsonNode root = new ObjectMapper().readTree(JsonReport.render(d));

    assertThat(names(root)).containsExactly("symptom", "branches");
    assertThat(root.get("symptom").asText()).isEqualTo("not-on-accessory");
    assertThat(root.get("branches")).hasSize(3);
    JsonNode first = root.get("branches").get(0);
    assertThat(names(first)).containsExactly("situation", "reproduced", "cause", "fixes");
    assertThat(first.get("situation").get("call-audio-routing").asText()).isEqualTo("automatic");
    assertThat(first.get("situation").has("answered-via")).isFalse();
    assertThat(first.get("reproduced").asBoolean()).isTrue();
    assertThat(first.get("cause").get(0).asText()).isEqualTo("voip.last-call-route");
    JsonNode fix = first.get("fixes").get(0);
    assertThat(names(fix)).containsExactly("id", "who", "verified", "because");
    assertThat(fix.get("id").asText()).isEqualTo("setting-bluetooth-headset");
    assertThat(fix.get("who").asText()).isEqualTo("user");
    assertThat(fix.get("verified").asBoolean()).isFalse();
    assertThat(fix.get("because").get(0).asText()).isEqualTo("voip.last-call-route");
    JsonNode notReproduced = root.get("branches").get(1);
    assertThat(notReproduced.get("reproduced").asBoolean()).isFalse();
    assertThat(notReproduced.get("fixes")).isEmpty();
  }

  static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
