package dev.callroute.scenario;

import dev.callroute.core.CallType;
import dev.callroute.core.Names;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads the {@code steps} list: actions and expectations, with call declarations in order. */
final class StepParser {
  /** Every step keyword of the format: the engine's step kinds, then {@code expect}. */
  static final List<String> KEYWORDS = keywords();

  private static List<String> keywords() {
    List<String> all = new java.util.ArrayList<>(Names.of(Step.Kind.values(), Step.Kind::keyword));
    all.add("expect");
    return List.copyOf(all);
  }

  private static final List<String> CALL_KEYS = List.of("id", "type");
  private static final List<String> ANSWER_KEYS = List.of("call", "via");

  private final Fields fields;
  private final Problems problems;
  private final WorldParser world;
  private final Map<String, Node> calls = new LinkedHashMap<>();

  /** Call ids that misspelt incomingCall or dial steps would have declared. */
  private final MisspeltCalls misspelt = new MisspeltCalls();

  private final ExpectParser expects;

  StepParser(Fields fields, Problems problems, WorldParser world) {
    this.fields = fields;
    this.problems = problems;
    this.world = world;
    this.expects =
        new ExpectParser(
            fields, problems, world.accessoryIds.keySet(), calls.keySet(), misspelt.ids());
  }

  /** The entries of the {@code steps} list, reporting an empty list unless steps are optional. */
  List<ScenarioStep> steps(Node node, boolean optional) {
    List<ScenarioStep> out = new ArrayList<>();
    Optional<List<Node>> items = fields.list(node, "steps", "[{connect: airpods}]");
    if (items.isPresent() && items.get().isEmpty() && !optional) {
      problems.add(node, "steps must list at least one step");
    }
    List<Node> list = items.orElse(List.of());
    if (list.size() > Limits.MAX_STEPS) {
      problems.add(
          list.get(Limits.MAX_STEPS),
          "more than "
              + Limits.count(Limits.MAX_STEPS)
              + " steps ("
              + Limits.count(list.size())
              + "), the most a file may hold; split the scenario into several files");
      list = list.subList(0, Limits.MAX_STEPS);
    }
    for (Node item : list) {
      step(item).ifPresent(out::add);
    }
    return out;
  }

  private Optional<ScenarioStep> step(Node item) {
    if (!(item instanceof MappingNode) || ((MappingNode) item).getValue().isEmpty()) {
      problems.add(
          item,
          "a step is a map with one key, such as 'connect: airpods', not " + Fields.describe(item));
      return Optional.empty();
    }
    List<NodeTuple> tuples = ((MappingNode) item).getValue();
    for (int i = 1; i < tuples.size(); i++) {
      problems.add(
          tuples.get(i).getKeyNode(),
          "a step has exactly one key; start a new step with '- ' for this one");
    }
    Node keyNode = tuples.get(0).getKeyNode();
    Node value = tuples.get(0).getValueNode();
    Optional<String> keyword = fields.choice(keyNode, "step", KEYWORDS);
    if (keyword.isEmpty()) {
      misspelt.remember(keyNode, value, calls.keySet());
      return Optional.empty();
    }
    SourcePosition at = Problems.at(item);
    if (keyword.get().equals("expect")) {
      return expects.expect(value).map(e -> new ScenarioStep.Expect(e, at));
    }
    return action(keyword.get(), value).map(s -> new ScenarioStep.Action(s, at));
  }

  private Optional<Step> action(String keyword, Node value) {
    return switch (Step.Kind.byKeyword(keyword).orElseThrow()) {
      case CONNECT -> accessory(value, keyword).map(Step.Connect::new);
      case DISCONNECT -> accessory(value, keyword).map(Step.Disconnect::new);
      case INCOMING_CALL -> newCall(value, keyword).map(c -> new Step.IncomingCall(c.id, c.type));
      case DIAL -> newCall(value, keyword).map(c -> new Step.Dial(c.id, c.type));
      case ANSWER -> answer(value);
      case DECLINE -> call(value).map(Step.Decline::new);
      case END -> call(value).map(Step.End::new);
      case CALL_SCREEN -> pick(value, keyword).map(Step.CallScreen::new);
      case CONTROL_CENTER -> pick(value, keyword).map(Step.ControlCenter::new);
      case CHANGE_SETTING -> setting(value);
      case PREFERRED_INPUT -> preferredInput(value);
      case SPEAKERPHONE -> fields.bool(value, "speakerphone").map(Step.Speakerphone::new);
    };
  }

  private static final class NewCall {
    final String id;
    final CallType type;

    NewCall(String id, CallType type) {
      this.id = id;
      this.type = type;
    }
  }

  private Optional<NewCall> newCall(Node value, String keyword) {
    Node idNode = value;
    CallType type = CallType.CELLULAR;
    if (value instanceof MappingNode) {
      Optional<Map<String, Node>> m = fields.map(value, keyword, CALL_KEYS);
      if (m.isEmpty()) {
        return Optional.empty();
      }
      fields.require(m.get(), value, "id", keyword);
      if (m.get().containsKey("type")) {
        Optional<CallType> t =
            fields
                .choice(
                    m.get().get("type"),
                    "call type",
                    Names.of(CallType.values(), CallType::specName))
                .flatMap(CallType::bySpecName);
        if (t.isEmpty()) {
          declare(m.get().get("id"));
          return Optional.empty();
        }
        type = t.get();
      }
      idNode = m.get().get("id");
    }
    Optional<String> id = declare(idNode);
    final CallType finalType = type;
    return id.map(i -> new NewCall(i, finalType));
  }

  private Optional<String> declare(Node idNode) {
    if (idNode == null) {
      return Optional.empty();
    }
    Optional<String> id = fields.id(idNode, "call id");
    if (id.isEmpty()) {
      return id;
    }
    Node first = calls.get(id.get());
    if (first != null) {
      problems.add(
          idNode,
          "duplicate call id '"
              + id.get()
              + "' (first declared at line "
              + Problems.at(first).line()
              + "); give this call another id");
      return Optional.empty();
    }
    calls.put(id.get(), idNode);
    return id;
  }

  private Optional<Step> answer(Node value) {
    if (!(value instanceof MappingNode)) {
      return call(value).map(Step.Answer::new);
    }
    Optional<Map<String, Node>> m = fields.map(value, "answer", ANSWER_KEYS);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    fields.require(m.get(), value, "call", "answer");
    Optional<String> call = Optional.ofNullable(m.get().get("call")).flatMap(this::call);
    Optional<Target> via = Optional.of(Target.IPHONE);
    Node viaNode = m.get().get("via");
    if (viaNode != null) {
      Optional<String> word = fields.word(viaNode, "via");
      via =
          word.isPresent() && word.get().equals("iphone")
              ? via
              : word.flatMap(w -> accessoryRef(viaNode, w, "via", "iphone or "))
                  .map(Target::accessory);
    }
    if (call.isEmpty() || via.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Step.Answer(call.get(), via.get()));
  }

  private Optional<Step> setting(Node value) {
    Optional<Map<String, Node>> m = fields.map(value, "setting", List.of("callAudioRouting"));
    if (m.isEmpty()) {
      return Optional.empty();
    }
    fields.require(m.get(), value, "callAudioRouting", "setting");
    return Optional.ofNullable(m.get().get("callAudioRouting"))
        .flatMap(world::routing)
        .map(Step.ChangeSetting::new);
  }

  private Optional<Step> preferredInput(Node value) {
    Optional<String> word = fields.word(value, "preferredInput");
    if (word.isEmpty()) {
      return Optional.empty();
    }
    if (word.get().equals("builtInMic") || word.get().equals("none")) {
      return Optional.of(new Step.PreferredInput(Target.parse(word.get())));
    }
    return accessoryRef(value, word.get(), "preferredInput", "builtInMic, none or ")
        .map(a -> new Step.PreferredInput(Target.accessory(a)));
  }

  private Optional<Target> pick(Node value, String keyword) {
    Optional<String> word = fields.word(value, keyword);
    if (word.isEmpty()) {
      return Optional.empty();
    }
    if (word.get().equals("iphone") || word.get().equals("speaker")) {
      return Optional.of(Target.parse(word.get()));
    }
    return accessoryRef(value, word.get(), keyword, "iphone, speaker or ").map(Target::accessory);
  }

  private Optional<String> accessory(Node value, String keyword) {
    return fields.word(value, keyword).flatMap(w -> accessoryRef(value, w, keyword, ""));
  }

  private Optional<String> accessoryRef(Node node, String id, String what, String words) {
    if (world.accessoryIds.containsKey(id)) {
      return Optional.of(id);
    }
    java.util.Set<String> declared = world.accessoryIds.keySet();
    String hint = Suggest.hint(id, declared);
    String expected =
        declared.isEmpty()
            ? "; no accessories are declared"
            : "; expected " + words + "a declared accessory: " + String.join(", ", declared);
    problems.add(
        node, "undeclared accessory '" + id + "' in " + what + (hint.isEmpty() ? expected : hint));
    return Optional.empty();
  }

  private Optional<String> call(Node value) {
    Optional<String> id = fields.word(value, "call id");
    if (id.isEmpty() || calls.containsKey(id.get())) {
      return id;
    }
    if (misspelt.ids().contains(id.get())) {
      return Optional.empty();
    }
    problems.add(value, undeclaredCall(id.get(), calls.keySet()));
    return Optional.empty();
  }

  /** The message for a call id no earlier step declared. */
  static String undeclaredCall(String id, java.util.Set<String> declared) {
    return "undeclared call '"
        + id
        + "': an earlier incomingCall or dial step must declare it"
        + (declared.isEmpty() ? "" : " (declared so far: " + Quote.firstOf(declared, 10) + ")");
  }
}
