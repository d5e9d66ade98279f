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
 * One fully known situation: a value for every fact that applies to it, and no others.
 *
 * @param facts the value of each fact that applies, by fact
 */
public record Situation(Map<Factor, String> facts) {
  public Situation {
    EnumMap<Factor, String> copy = new EnumMap<>(Factor.class);
    copy.putAll(facts);
    for (Map.Entry<Factor, String> e : copy.entrySet()) {
      if (!e.getKey().choices().contains(e.getValue())) {
        throw new IllegalArgumentException(e.getKey().option() + ": " + e.getValue());
      }
    }
    if (!copy.containsKey(Factor.CALL) || !copy.containsKey(Factor.ACCESSORY)) {
      throw new IllegalArgumentException("a situation names its call and its accessory");
    }
    facts = Collections.unmodifiableMap(copy);
  }

  /** The value of a fact, if it applies. */
  public Optional<String> get(Factor factor) {
    return Optional.ofNullable(facts.get(factor));
  }

  /** Whether the fact applies and has this value. */
  public boolean is(Factor factor, String value) {
    return value.equals(facts.get(factor));
  }

  /** The type of the call with the symptom. */
  public CallType callType() {
    return CallType.bySpecName(facts.get(Factor.CALL)).orElseThrow();
  }

  /** The accessory's kind. */
  public AccessoryKind accessoryKind() {
    return AccessoryKind.bySpecName(facts.get(Factor.ACCESSORY)).orElseThrow();
  }

  /** Whether the app reports its calls through CallKit: only when the fact applies and says yes. */
  public boolean callKit() {
    return is(Factor.CALLKIT, "yes");
  }

  /** The app's role: a sender unless the fact applies and says otherwise. */
  public Role role() {
    return get(Factor.ROLE).flatMap(Role::bySpecName).orElse(Role.SENDER);
  }

  /** The app session's mode: voiceChat unless the fact applies and says otherwise. */
  public SessionMode mode() {
    return get(Factor.MODE).flatMap(SessionMode::bySpecName).orElse(SessionMode.VOICE_CHAT);
  }

  /** Whether the app's session sets defaultToSpeaker: only when the fact applies and says yes. */
  public boolean defaultToSpeaker() {
    return is(Factor.DEFAULT_TO_SPEAKER, "yes");
  }

  /** The Call Audio Routing setting: automatic unless it applies and says otherwise. */
  public CallAudioRouting callAudioRouting() {
    return get(Factor.CALL_AUDIO_ROUTING)
        .flatMap(CallAudioRouting::bySpecName)
        .orElse(CallAudioRouting.AUTOMATIC);
  }

  /** Flag name to value, in fact order, for reports. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    facts.forEach((f, v) -> out.put(f.flag(), v));
    return out;
  }

  /** The facts as {@code flag=value} pairs, comma-separated. */
  public String label() {
    StringBuilder b = new StringBuilder();
    facts.forEach(
        (f, v) -> b.append(b.length() == 0 ? "" : ", ").append(f.flag()).append('=').append(v));
    return b.toString();
  }
}
