package dev.callroute.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Step;
import dev.callroute.core.Steps;
import dev.callroute.core.Target;
import dev.callroute.scenario.ScenarioText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps as the API's JSON: {@code {"kind": "answer", "call": "c1", "via": "airpods"}}. The kinds
 * and field names are the keywords of scenario files; {@code text} is the step as a file writes it.
 */
final class StepJson {
  /** Every kind of step, in the order the page lists them. */
  static final List<String> KINDS =
      List.of(
          "connect",
          "disconnect",
          "incomingCall",
          "dial",
          "answer",
          "decline",
          "end",
          "callScreen",
          "controlCenter",
          "setting",
          "preferredInput",
          "speakerphone");

  /** The most characters in an accessory or call id. */
  static final int MAX_ID = 64;

  /**
   * The text of recently rendered steps: rendering goes through the YAML emitter, and one answer
   * renders every row and choice. Bounded, least recently used first out.
   */
  private static final Map<Step, String> TEXT =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Step, String> eldest) {
              return size() > 4096;
            }
          });

  private StepJson() {}

  /** The step as one line of a scenario file, such as {@code answer: c1}. */
  static String text(Step step) {
    String t = TEXT.get(step);
    if (t == null) {
      t = ScenarioText.step(step);
      TEXT.put(step, t);
    }
    return t;
  }

  /** The JSON of a step. */
  static ObjectNode render(Step step) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("kind", step.keyword());
    if (step instanceof Step.Connect s) {
      n.put("accessory", s.accessory());
    } else if (step instanceof Step.Disconnect s) {
      n.put("accessory", s.accessory());
    } else if (step instanceof Step.IncomingCall s) {
      n.put("call", s.call()).put("type", s.type().specName());
    } else if (step instanceof Step.Dial s) {
      n.put("call", s.call()).put("type", s.type().specName());
    } else if (step instanceof Step.Answer s) {
      n.put("call", s.call()).put("via", s.via().toString());
    } else if (step instanceof Step.Decline s) {
      n.put("call", s.call());
    } else if (step instanceof Step.End s) {
      n.put("call", s.call());
    } else if (step instanceof Step.CallScreen s) {
      n.put("pick", s.pick().toString());
    } else if (step instanceof Step.ControlCenter s) {
      n.put("pick", s.pick().toString());
    } else if (step instanceof Step.ChangeSetting s) {
      n.put("callAudioRouting", s.callAudioRouting().specName());
    } else if (step instanceof Step.PreferredInput s) {
      n.put("input", s.input().toString());
    } else if (step instanceof Step.Speakerphone s) {
      n.put("on", s.on());
    }
    n.put("text", text(step));
    return n;
  }

  /** The step this JSON describes; a 400 naming the bad field otherwise. */
  static Step parse(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw ApiError.badRequest("'step' must be an object such as {\"kind\": \"connect\", ...}");
    }
    String kind = text(n, "kind");
    try {
      switch (kind) {
        case "connect":
          return Steps.connect(id(n, "accessory"));
        case "disconnect":
          return Steps.disconnect(id(n, "accessory"));
        case "incomingCall":
          return Steps.incomingCall(id(n, "call"), callType(n));
        case "dial":
          return Steps.dial(id(n, "call"), callType(n));
        case "answer":
          String via = n.has("via") ? text(n, "via") : "iphone";
          if (!via.equals("iphone") && Target.parse(via).kind() != Target.Kind.ACCESSORY) {
            throw ApiError.badRequest("'via' is iphone or an accessory id, not " + via);
          }
          return via.equals("iphone")
              ? Steps.answer(id(n, "call"))
              : Steps.answerVia(id(n, "call"), checkedId(via, "via"));
        case "decline":
          return Steps.decline(id(n, "call"));
        case "end":
          return Steps.end(id(n, "call"));
        case "callScreen":
          return Steps.callScreen(pick(n, "pick"));
        case "controlCenter":
          return Steps.controlCenter(pick(n, "pick"));
        case "setting":
          String value = text(n, "callAudioRouting");
          return Steps.setting(
              CallAudioRouting.bySpecName(value)
                  .orElseThrow(
                      () ->
                          ApiError.badRequest(
                              "unknown callAudioRouting '"
                                  + value
                                  + "'; allowed: automatic, bluetoothHeadset, speaker")));
        case "preferredInput":
          return Steps.preferredInput(pick(n, "input"));
        case "speakerphone":
          JsonNode on = n.get("on");
          if (on == null || !on.isBoolean()) {
            throw ApiError.badRequest("'on' must be true or false");
          }
          return Steps.speakerphone(on.booleanValue());
        default:
          throw ApiError.badRequest(
              "unknown step kind '" + kind + "'; allowed: " + String.join(", ", KINDS));
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static CallType callType(JsonNode n) {
    if (!n.has("type")) {
      return CallType.CELLULAR;
    }
    String t = text(n, "type");
    return CallType.bySpecName(t)
        .orElseThrow(
            () ->
                ApiError.badRequest(
                    "unknown call type '" + t + "'; allowed: cellular, facetime, app"));
  }

  private static String pick(JsonNode n, String field) {
    String word = text(n, field);
    Target t = Target.parse(word);
    if (t.isAccessory()) {
      checkedId(word, field);
    }
    return word;
  }

  private static String id(JsonNode n, String field) {
    return checkedId(text(n, field), field);
  }

  private static String checkedId(String id, String field) {
    if (id.length() > MAX_ID || !dev.callroute.core.Accessory.ID_PATTERN.matcher(id).matches()) {
      throw ApiError.badRequest(
          "'" + field + "' must be an id matching [a-z][A-Za-z0-9_-]* (at most 64 characters)");
    }
    return id;
  }

  /** A required text field, or a 400. */
  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw ApiError.badRequest("'" + field + "' is required and must be a string");
    }
    return v.textValue();
  }
}
