package dev.callroute.doctor;

import dev.callroute.core.AccessoryKind;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One fully known situation: a typed value for every fact that applies to it, and no others.
 *
 * @param facts the value of each fact that applies, by fact
 */
public record Situation(Map<Factor, FactValue> facts) {
  public Situation {
    EnumMap<Factor, FactValue> copy = new EnumMap<>(Factor.class);
    copy.putAll(facts);
    for (Map.Entry<Factor, FactValue> e : copy.entrySet()) {
      if (e.getValue().factor() != e.getKey()) {
        throw new IllegalArgumentException(e.getKey().option() + ": " + e.getValue());
      }
    }
    if (!copy.containsKey(Factor.CALL) || !copy.containsKey(Factor.ACCESSORY)) {
      throw new IllegalArgumentException("a situation names its call and its accessory");
    }
    facts = Collections.unmodifiableMap(copy);
  }

  /** The situation these words describe, flag by flag; a word that is not a value is an error. */
  public static Situation parse(Map<Factor, String> words) {
    EnumMap<Factor, FactValue> facts = new EnumMap<>(Factor.class);
    words.forEach(
        (f, w) ->
            facts.put(
                f,
                f.parse(w).orElseThrow(() -> new IllegalArgumentException(f.option() + ": " + w))));
    return new Situation(facts);
  }

  /** The value of a fact, if it applies. */
  public Optional<FactValue> get(Factor factor) {
    return Optional.ofNullable(facts.get(factor));
  }

  private <T extends FactValue> Optional<T> value(Factor f, Class<T> type) {
    return Factor.value(facts, f, type);
  }

  /** The type of the call with the symptom. */
  public CallType callType() {
    return value(Factor.CALL, FactValue.Call.class).orElseThrow().type();
  }

  /** The accessory's kind. */
  public AccessoryKind accessoryKind() {
    return value(Factor.ACCESSORY, FactValue.Kind.class).orElseThrow().kind();
  }

  /** Whether the app reports its calls through CallKit: only when the fact applies and says yes. */
  public boolean callKit() {
    return value(Factor.CALLKIT, FactValue.CallKit.class).map(FactValue.CallKit::yes).orElse(false);
  }

  /** The app's role: a sender unless the fact applies and says otherwise. */
  public Role role() {
    return value(Factor.ROLE, FactValue.AppRole.class)
        .map(FactValue.AppRole::role)
        .orElse(Role.SENDER);
  }

  /** The app session's mode: voiceChat unless the fact applies and says otherwise. */
  public SessionMode mode() {
    return value(Factor.MODE, FactValue.Mode.class)
        .map(FactValue.Mode::mode)
        .orElse(SessionMode.VOICE_CHAT);
  }

  /** Whether the app's session sets defaultToSpeaker: only when the fact applies and says yes. */
  public boolean defaultToSpeaker() {
    return value(Factor.DEFAULT_TO_SPEAKER, FactValue.DefaultToSpeaker.class)
        .map(FactValue.DefaultToSpeaker::yes)
        .orElse(false);
  }

  /** The Call Audio Routing setting: automatic unless it applies and says otherwise. */
  public CallAudioRouting callAudioRouting() {
    return value(Factor.CALL_AUDIO_ROUTING, FactValue.Routing.class)
        .map(FactValue.Routing::routing)
        .orElse(CallAudioRouting.AUTOMATIC);
  }

  /** Whether the call came in or was placed: incoming unless the fact says otherwise. */
  public Direction direction() {
    return value(Factor.DIRECTION, FactValue.Way.class)
        .map(FactValue.Way::direction)
        .orElse(Direction.INCOMING);
  }

  /** Where the call was answered: on the iPhone unless the fact applies and says otherwise. */
  public AnsweredVia answeredVia() {
    return value(Factor.ANSWERED_VIA, FactValue.Answer.class)
        .map(FactValue.Answer::via)
        .orElse(AnsweredVia.IPHONE);
  }

  /** The phone call answered before the call: none unless the fact applies and says otherwise. */
  public EarlierCall earlierCall() {
    return value(Factor.EARLIER_PHONE_CALL, FactValue.Earlier.class)
        .map(FactValue.Earlier::call)
        .orElse(EarlierCall.NONE);
  }

  /** The phone call that interrupted the call: none unless the fact applies and says otherwise. */
  public InterruptingCall interruptingCall() {
    return value(Factor.INTERRUPTED_BY_PHONE_CALL, FactValue.Interrupting.class)
        .map(FactValue.Interrupting::call)
        .orElse(InterruptingCall.NO);
  }

  /** Flag name to value, in fact order, for reports. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    facts.forEach((f, v) -> out.put(f.flag(), v.specName()));
    return out;
  }

  /** The facts as {@code flag=value} pairs, comma-separated. */
  public String label() {
    StringBuilder b = new StringBuilder();
    facts.forEach(
        (f, v) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(f.flag())
                .append('=')
                .append(v.specName()));
    return b.toString();
  }
}
