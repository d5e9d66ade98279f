package dev.callroute.scenario;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The call ids that misspelt {@code incomingCall} or {@code dial} steps would have declared. The
 * misspelt step is reported once, as an unknown step; later uses of its call are not reported again
 * as undeclared.
 */
final class MisspeltCalls {
  private final Set<String> ids = new HashSet<>();

  /**
   * When the unknown step {@code keyNode} is a likely misspelling of incomingCall or dial,
   * remembers the call id of its {@code value} unless {@code declared} has it. Reports nothing.
   */
  void remember(Node keyNode, Node value, Collection<String> declared) {
    if (!(keyNode instanceof ScalarNode)) {
      return;
    }
    Optional<String> meant =
        Suggest.closest(((ScalarNode) keyNode).getValue(), StepParser.KEYWORDS);
    if (meant.isEmpty() || !meant.get().equals("incomingCall") && !meant.get().equals("dial")) {
      return;
    }
    Node idNode = value;
    if (value instanceof MappingNode) {
      idNode = null;
      for (NodeTuple t : ((MappingNode) value).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode
            && ((ScalarNode) t.getKeyNode()).getValue().equals("id")) {
          idNode = t.getValueNode();
        }
      }
    }
    if (idNode instanceof ScalarNode) {
      String id = ((ScalarNode) idNode).getValue();
      if (id.length() <= Limits.MAX_WORD_LENGTH && !declared.contains(id)) {
        ids.add(id);
      }
    }
  }

  /** The ids remembered so far (a live view). */
  Set<String> ids() {
    return ids;
  }
}
