package dev.callroute.scenario;

import dev.callroute.core.CallState;
import dev.callroute.core.Names;
import dev.callroute.core.Notification;
import dev.callroute.core.Port;
import dev.callroute.core.Rule;
import dev.callroute.core.VoipState;
import dev.callroute.core.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads an {@code expect} map. */
final class ExpectParser {
  /** Every key of an {@code expect}. */
  static final List<String> KEYS =
      List.of("output", "input", "calls", "voip", "notified", "notNotified", "rejected", "rules");

  private static final List<String> PORTS = Words.portWords();
  private static final List<String> CALL_STATES = Names.of(CallState.values(), CallState::specName);
  private static final List<String> VOIP_STATES = Names.of(VoipState.values(), VoipState::specName);
  private static final List<String> NOTIFICATIONS =
      Names.of(Notification.values(), Notification::specName);
  private static final List<String> RULES = Names.of(Rule.values(), Rule::id);

  private final Fields fields;
  private final Problems problems;
  private final Set<String> accessories;
  private final Set<String> calls;
  private final Set<String> misspeltCalls;

  /**
   * Reads expects naming these accessories and calls; {@code misspeltCalls} are ids of calls whose
   * declaring step was misspelt (reported there, not again here).
   */
  ExpectParser(
      Fields fields,
      Problems problems,
      Set<String> accessories,
      Set<String> calls,
      Set<String> misspeltCalls) {
    this.fields = fields;
    this.problems = problems;
    this.accessories = accessories;
    this.calls = calls;
    this.misspeltCalls = misspeltCalls;
  }

  /** The expectation, or empty after reporting its problems. */
  Optional<Expectation> expect(Node node) {
    Optional<Map<String, Node>> read = fields.map(node, "expect", KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> m = read.get();
    if (((MappingNode) node).getValue().isEmpty()) {
      problems.add(node, "an expect must check something: " + String.join(", ", KEYS));
      return Optional.empty();
    }
    int count = problems.count();
    Optional<String> output = Optional.ofNullable(m.get("output")).flatMap(n -> port(n, true));
    Optional<String> input = Optional.ofNullable(m.get("input")).flatMap(n -> port(n, false));
    Map<String, CallState> callStates = calls(m.get("calls"));
    Optional<VoipState> voip =
        Optional.ofNullable(m.get("voip"))
            .flatMap(n -> fields.choice(n, "voip state", VOIP_STATES))
            .flatMap(VoipState::bySpecName);
    List<Notification> notified =
        list(m.get("notified"), "notification", NOTIFICATIONS, Notification::bySpecName);
    List<Notification> notNotified =
        list(m.get("notNotified"), "notification", NOTIFICATIONS, Notification::bySpecName);
    Optional<Boolean> rejected =
        Optional.ofNullable(m.get("rejected")).flatMap(n -> fields.bool(n, "rejected"));
    List<Rule> rules = list(m.get("rules"), "rule ID", RULES, Rule::byId);
    if (problems.count() > count) {
      return Optional.empty();
    }
    return Optional.of(
        new Expectation(output, input, callStates, voip, notified, notNotified, rejected, rules));
  }

  private Optional<String> port(Node node, boolean output) {
    String what = output ? "output" : "input";
    Optional<String> word = fields.word(node, what);
    if (word.isEmpty()) {
      return word;
    }
    String w = word.get();
    Optional<Port> port = Words.port(w); // a port name or a synonym, before accessory ids
    if (port.isPresent()) {
      if (output ? port.get().isOutput() : port.get().isInput()) {
        return Optional.of(port.get().specName()); // shown back in canonical form
      }
      problems.add(
          node,
          "'"
              + w
              + "' is "
              + (output ? "an input" : "an output")
              + " port, not "
              + (output ? "an output" : "an input"));
      return Optional.empty();
    }
    if (accessories.contains(w)) {
      return word;
    }
    List<String> known = new ArrayList<>(PORTS);
    known.addAll(accessories);
    String hint = Suggest.hint(w, known);
    problems.add(
        node,
        "unknown port or accessory '"
            + w
            + "' in "
            + what
            + (hint.isEmpty()
                ? "; expected a port (" + String.join(", ", PORTS) + ") or an accessory id"
                : hint));
    return Optional.empty();
  }

  private Map<String, CallState> calls(Node node) {
    Map<String, CallState> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof MappingNode)) {
      problems.add(node, "calls must be a map of call ids to states, such as {c1: active}");
      return out;
    }
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      Optional<String> id = fields.word(t.getKeyNode(), "call id");
      if (id.isPresent() && !calls.contains(id.get()) && !misspeltCalls.contains(id.get())) {
        problems.add(t.getKeyNode(), StepParser.undeclaredCall(id.get(), calls));
      } else if (id.isPresent() && out.containsKey(id.get())) {
        problems.add(t.getKeyNode(), "duplicate key '" + id.get() + "' in calls");
      }
      Optional<CallState> state =
          fields.choice(t.getValueNode(), "call state", CALL_STATES).flatMap(CallState::bySpecName);
      if (id.isPresent() && state.isPresent()) {
        out.putIfAbsent(id.get(), state.get());
      }
    }
    return out;
  }

  private <T> List<T> list(
      Node node, String what, List<String> allowed, Function<String, Optional<T>> byName) {
    List<T> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    for (Node item : fields.list(node, what + "s", "[" + allowed.get(0) + "]").orElse(List.of())) {
      fields.choice(item, what, allowed).flatMap(byName).ifPresent(out::add);
    }
    return out;
  }
}
