package dev.callroute.scenario;

import dev.callroute.core.Accessory;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Typed reading of YAML nodes; every mismatch is reported at the node and gives empty. */
final class Fields {
  private final Problems problems;

  /** Per map node, the keys suggested for its unknown keys: not reported again as missing. */
  private final Map<Node, Set<String>> suggested = new IdentityHashMap<>();

  Fields(Problems problems) {
    this.problems = problems;
  }

  /**
   * The entries of a map whose keys must be among {@code keys}, in file order. Reports a node that
   * is not a map, keys that are not words, duplicate keys and unknown keys.
   */
  Optional<Map<String, Node>> map(Node node, String what, List<String> keys) {
    if (!(node instanceof MappingNode)) {
      problems.add(node, what + " must be a map with keys " + String.join(", ", keys));
      return Optional.empty();
    }
    Map<String, Node> out = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new LinkedHashMap<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode)) {
        problems.add(k, "a key in " + what + " must be a word");
        continue;
      }
      String key = ((ScalarNode) k).getValue();
      if (key.length() > Limits.MAX_WORD_LENGTH) {
        problems.add(k, tooLong("a key in " + what, key, Limits.MAX_WORD_LENGTH));
        continue;
      }
      if (keyNodes.containsKey(key)) {
        problems.add(
            k,
            "duplicate key '"
                + key
                + "' in "
                + what
                + " (first at line "
                + Problems.at(keyNodes.get(key)).line()
                + ")");
      } else if (!keys.contains(key)) {
        problems.add(k, "unknown key '" + key + "' in " + what + keyHint(key, keys));
        Suggest.closest(key, keys)
            .ifPresent(c -> suggested.computeIfAbsent(node, n -> new HashSet<>()).add(c));
      } else {
        keyNodes.put(key, k);
        out.put(key, t.getValueNode());
      }
    }
    return Optional.of(out);
  }

  private static String keyHint(String key, List<String> keys) {
    if (key.equals("on") && keys.contains("via")) {
      return " (did you mean 'via'?)";
    }
    String hint = Suggest.hint(key, keys);
    return hint.isEmpty() ? "; allowed keys: " + String.join(", ", keys) : hint;
  }

  /**
   * Reports a missing required key at the map, unless an unknown key of the map was already
   * reported as a likely misspelling of it.
   */
  void require(Map<String, Node> fields, Node map, String key, String what) {
    boolean misspelt = suggested.getOrDefault(map, Set.of()).contains(key);
    if (!fields.containsKey(key) && !misspelt) {
      problems.add(map, "missing required key '" + key + "' in " + what);
    }
  }

  /** A non-empty text scalar of at most {@code maxLength} characters. */
  Optional<String> text(Node node, String what, int maxLength) {
    if (!(node instanceof ScalarNode) || node.getTag().equals(Tag.NULL)) {
      problems.add(node, what + " must be text");
      return Optional.empty();
    }
    String v = ((ScalarNode) node).getValue();
    if (v.isBlank()) {
      problems.add(node, what + " must not be empty");
      return Optional.empty();
    }
    if (v.length() > maxLength) {
      problems.add(node, tooLong(what, v, maxLength));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** The message for a value longer than its limit; shows only the start of the value. */
  static String tooLong(String what, String value, int maxLength) {
    return what
        + " '"
        + Quote.shortened(value, 20)
        + "' is "
        + Limits.count(value.length())
        + " characters long; at most "
        + Limits.count(maxLength)
        + " are allowed";
  }

  /** A YAML boolean: {@code true} or {@code false}, unquoted. */
  Optional<Boolean> bool(Node node, String what) {
    if (node instanceof ScalarNode && node.getTag().equals(Tag.BOOL)) {
      return Optional.of(Boolean.parseBoolean(((ScalarNode) node).getValue()));
    }
    if (node instanceof ScalarNode && node.getTag().equals(Tag.STR)) {
      String v = ((ScalarNode) node).getValue();
      String quoted = ((ScalarNode) node).isPlain() ? "" : " (remove the quotes)";
      problems.add(node, what + " must be true or false, not the text '" + v + "'" + quoted);
    } else {
      problems.add(node, what + " must be true or false, not " + describe(node));
    }
    return Optional.empty();
  }

  /** A text scalar that must be one of {@code allowed}. */
  Optional<String> choice(Node node, String what, List<String> allowed) {
    Optional<String> word = word(node, what);
    if (word.isEmpty()) {
      return Optional.empty();
    }
    if (!allowed.contains(word.get())) {
      problems.add(
          node,
          "unknown " + what + " '" + word.get() + "'" + Suggest.hintOrList(word.get(), allowed));
      return Optional.empty();
    }
    return word;
  }

  /** An id: text matching {@link Accessory#ID_PATTERN}. */
  Optional<String> id(Node node, String what) {
    Optional<String> word = word(node, what);
    if (word.isPresent() && !Accessory.ID_PATTERN.matcher(word.get()).matches()) {
      problems.add(
          node, what + " '" + word.get() + "' must match [a-z][A-Za-z0-9_-]* (a letter first)");
      return Optional.empty();
    }
    return word;
  }

  /** A text scalar of at most {@link Limits#MAX_WORD_LENGTH} characters, not a number or null. */
  Optional<String> word(Node node, String what) {
    if (node instanceof ScalarNode && node.getTag().equals(Tag.STR)) {
      String v = ((ScalarNode) node).getValue();
      if (v.length() > Limits.MAX_WORD_LENGTH) {
        problems.add(node, tooLong(what, v, Limits.MAX_WORD_LENGTH));
        return Optional.empty();
      }
      return Optional.of(v);
    }
    problems.add(node, what + " must be a word, not " + describe(node));
    return Optional.empty();
  }

  /** The items of a list. */
  Optional<List<Node>> list(Node node, String what, String example) {
    if (node instanceof SequenceNode) {
      return Optional.of(((SequenceNode) node).getValue());
    }
    problems.add(node, what + " must be a list, such as " + example);
    return Optional.empty();
  }

  /** A short description of a node's type, for messages. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a map";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    Tag tag = node.getTag();
    String v = ((ScalarNode) node).getValue();
    if (tag.equals(Tag.NULL)) {
      return "empty";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "the number " + v;
    }
    if (tag.equals(Tag.BOOL)) {
      return "the boolean " + v;
    }
    return "'" + Quote.shortened(v) + "'";
  }
}
