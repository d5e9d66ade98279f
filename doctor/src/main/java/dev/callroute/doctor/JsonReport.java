package dev.callroute.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.Rule;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON report: {@code {"symptom", "branches": [{"situation", "reproduced", "cause", "fixes":
 * [{"id", "who", "verified", "because"}]}]}}.
 */
public final class JsonReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** The report as one JSON document, ending with a newline. */
  public static String render(Diagnosis d) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("symptom", d.symptom().id());
    ArrayNode branches = root.putArray("branches");
    for (Branch b : d.branches()) {
      ObjectNode node = branches.addObject();
      ObjectNode situation = node.putObject("situation");
      b.situation().forEach(situation::put);
      node.put("reproduced", b.reproduced());
      ArrayNode cause = node.putArray("cause");
      b.causeIds().forEach(cause::add);
      ArrayNode fixes = node.putArray("fixes");
      for (FixResult f : b.fixes()) {
        ObjectNode fix = fixes.addObject();
        fix.put("id", f.id());
        fix.put("who", f.who());
        fix.put("verified", f.verified());
        rules(fix.putArray("because"), f.because());
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rules(ArrayNode array, List<Rule> rules) {
    rules.forEach(r -> array.add(r.id()));
  }
}
