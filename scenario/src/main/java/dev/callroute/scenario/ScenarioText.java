package dev.callroute.scenario;

import dev.callroute.core.CallType;
import dev.callroute.core.Notification;
import dev.callroute.core.Rule;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/** Steps and expectations as a scenario file writes them, as YAML nodes and as one-line text. */
public final class ScenarioText {
  private ScenarioText() {}

  /** The step as one line of a scenario file, such as {@code dial: {id: v1, type: app}}. */
  public static String step(Step step) {
    return oneLine(stepNode(step));
  }

  /** The expectation as one line, such as {@code expect: {output: airpods}}. */
  public static String expect(Expectation expectation) {
    return oneLine(YamlNodes.blockMap().put("expect", expectNode(expectation)).build());
  }

  /** The expectation's map alone, such as {@code {output: airpods}}. */
  public static String expectValue(Expectation expectation) {
    return expect(expectation).substring("expect: ".length());
  }

  private static String oneLine(Node map) {
    String text = YamlNodes.dump(YamlNodes.blockList(List.of(map))).strip();
    text = text.startsWith("- ") ? text.substring(2) : text;
    // The emitter quotes words with a colon, such as routeChange:override, in flow context,
    // although YAML 1.2 reads them plain there; shown to people, the quotes are noise.
    return QUOTED_WORD.matcher(text).replaceAll("$1");
  }

  private static final java.util.regex.Pattern QUOTED_WORD =
      java.util.regex.Pattern.compile("'([A-Za-z][A-Za-z0-9_.-]*:[A-Za-z0-9_.:-]*)'");

  /** A step as a one-key map with a flow-style value. */
  static Node stepNode(Step step) {
    return YamlNodes.blockMap().put(step.keyword(), stepValue(step)).build();
  }

  private static Node stepValue(Step step) {
    return switch (step.kind()) {
      case CONNECT -> YamlNodes.text(((Step.Connect) step).accessory());
      case DISCONNECT -> YamlNodes.text(((Step.Disconnect) step).accessory());
      case INCOMING_CALL ->
          newCall(((Step.IncomingCall) step).call(), ((Step.IncomingCall) step).type());
      case DIAL -> newCall(((Step.Dial) step).call(), ((Step.Dial) step).type());
      case ANSWER -> answerValue((Step.Answer) step);
      case DECLINE -> YamlNodes.text(((Step.Decline) step).call());
      case END -> YamlNodes.text(((Step.End) step).call());
      case CALL_SCREEN -> YamlNodes.text(((Step.CallScreen) step).pick().toString());
      case CONTROL_CENTER -> YamlNodes.text(((Step.ControlCenter) step).pick().toString());
      case CHANGE_SETTING ->
          YamlNodes.flowMap()
              .put("callAudioRouting", ((Step.ChangeSetting) step).callAudioRouting().specName())
              .build();
      case PREFERRED_INPUT -> YamlNodes.text(((Step.PreferredInput) step).input().toString());
      case SPEAKERPHONE -> YamlNodes.bool(((Step.Speakerphone) step).on());
    };
  }

  private static Node answerValue(Step.Answer s) {
    return s.via().equals(Target.IPHONE)
        ? YamlNodes.text(s.call())
        : YamlNodes.flowMap().put("call", s.call()).put("via", s.via().toString()).build();
  }

  private static Node newCall(String id, CallType type) {
    return type == CallType.CELLULAR
        ? YamlNodes.text(id)
        : YamlNodes.flowMap().put("id", id).put("type", type.specName()).build();
  }

  /** An expectation as a flow-style map, keys in the format's order. */
  static Node expectNode(Expectation e) {
    YamlNodes.MapBuilder m = YamlNodes.flowMap();
    e.output().ifPresent(o -> m.put("output", o));
    e.input().ifPresent(i -> m.put("input", i));
    if (!e.calls().isEmpty()) {
      YamlNodes.MapBuilder calls = YamlNodes.flowMap();
      for (Map.Entry<String, dev.callroute.core.CallState> c : e.calls().entrySet()) {
        calls.put(c.getKey(), c.getValue().specName());
      }
      m.put("calls", calls.build());
    }
    e.voip().ifPresent(v -> m.put("voip", v.specName()));
    if (!e.notified().isEmpty()) {
      m.put("notified", YamlNodes.flowList(notifications(e.notified())));
    }
    if (!e.notNotified().isEmpty()) {
      m.put("notNotified", YamlNodes.flowList(notifications(e.notNotified())));
    }
    e.rejected().ifPresent(r -> m.put("rejected", YamlNodes.bool(r)));
    if (!e.rules().isEmpty()) {
      m.put("rules", YamlNodes.flowList(ids(e.rules())));
    }
    return m.build();
  }

  private static List<String> notifications(List<Notification> list) {
    return list.stream().map(Notification::specName).collect(Collectors.toList());
  }

  private static List<String> ids(List<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.toList());
  }
}
