package dev.callroute.doctor;

import dev.callroute.core.Route;
import dev.callroute.core.Rule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One situation, simulated: whether it reproduces the symptom, what caused the route, and every
 * applicable fix re-simulated.
 *
 * @param situation the facts of this branch, flag name to value, in order
 * @param repro the scenario that rebuilds it
 * @param reproduced whether the symptom shows at the moment of the complaint
 * @param route the route at the moment of the complaint
 * @param cause the rules that decided that route
 * @param fixes every applicable fix (and, when no single fix works, the working pairs); empty when
 *     the symptom is not reproduced
 */
public record Branch(
    Map<String, String> situation,
    Repro repro,
    boolean reproduced,
    Route route,
    List<Rule> cause,
    List<FixResult> fixes) {
  public Branch {
    situation = Collections.unmodifiableMap(new LinkedHashMap<>(situation));
    Objects.requireNonNull(repro, "repro");
    Objects.requireNonNull(route, "route");
    cause = List.copyOf(cause);
    fixes = List.copyOf(fixes);
  }

  /** Whether some fix or pair of fixes is verified. */
  public boolean fixed() {
    return fixes.stream().anyMatch(FixResult::verified);
  }
}
