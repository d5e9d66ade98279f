package dev.callroute.scenario;

import dev.callroute.core.CallState;
import dev.callroute.core.Rule;
import dev.callroute.core.VoipState;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code expect} that ends a generated scenario. Empty strings, maps and lists mean "not
 * checked"; at least one thing must be checked.
 *
 * @param output a port name, an accessory id, or {@code none}; empty for unchecked
 * @param input likewise for the input
 * @param calls call id to state
 * @param voip the VoIP state, written only when {@code voipChecked}
 * @param voipChecked whether {@code voip} is written
 * @param rejected whether {@code rejected: true} is written
 * @param rules rule IDs that the last step's explanation must name
 */
public record FinalExpect(
    String output,
    String input,
    Map<String, CallState> calls,
    VoipState voip,
    boolean voipChecked,
    boolean rejected,
    List<Rule> rules) {
  public FinalExpect {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(input, "input");
    calls = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(calls));
    Objects.requireNonNull(voip, "voip");
    rules = List.copyOf(rules);
  }
}
