package dev.callroute.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON document a command writes with {@code --format json} when it cannot do its work: {@code
 * {"error": first line, "problems": [further lines]}}, as {@code run --format json} reports an
 * invalid file, plus {@code exitStatus} for commands whose JSON carries one.
 */
final class ErrorJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ErrorJson() {}

  /** The document for {@code message}: its first line is the error, the others its problems. */
  static String of(String message) {
    return write(tree(message));
  }

  /** The same document with {@code "exitStatus"} last. */
  static String of(String message, int exitStatus) {
    ObjectNode root = tree(message);
    root.put("exitStatus", exitStatus);
    return write(root);
  }

  private static ObjectNode tree(String message) {
    ObjectNode root = MAPPER.createObjectNode();
    List<String> lines = message.lines().toList();
    root.put("error", lines.isEmpty() ? "" : lines.get(0));
    ArrayNode problems = root.putArray("problems");
    lines.stream().skip(1).forEach(problems::add);
    return root;
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
