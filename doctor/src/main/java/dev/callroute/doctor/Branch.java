package dev.callroute.doctor;

import dev.callroute.core.Route;
import dev.callroute.core.Rule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One situation, simulated: whether it reproduces the symptom, what caused the route, and every
 * applicable fix re-simulated.
 *
 * @param situation the facts of this branch, flag name to value, in order
 * @param repro the scenario that rebuilds it
 * @param reproduced whether the symptom shows at the moment of the complaint
 * @param route the route at the moment of the complaint
 * @param limit a fact of the accessory that settles the symptom whatever the rules do, such as an
 *     accessory without a microphone; when present no fix is tried
 * @param cause the rules that decided that route
 * @param fixes every applicable fix (and, when no single fix works, the working pairs); empty when
 *     the symptom is not reproduced
 */
public record Branch(
    Map<String, String> situation,
    Repro repro,
    boolean reproduced,
    Route route,
    Optional<Limit> limit,
    List<Rule> cause,
    List<FixResult> fixes) {
  public Branch {
    situation = Collections.unmodifiableMap(new LinkedHashMap<>(situation));
    Objects.requireNonNull(repro, "repro");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(limit, "limit");
    cause = List.copyOf(cause);
    fixes = List.copyOf(fixes);
  }

  /** The IDs of the cause: the limit's first, then the rules'. */
  public List<String> causeIds() {
    List<String> out = new java.util.ArrayList<>();
    limit.ifPresent(l -> out.add(l.id()));
    cause.forEach(r -> out.add(r.id()));
    return out;
  }

  /** Whether some fix or pair of fixes is verified. */
  public boolean fixed() {
    return fixes.stream().anyMatch(FixResult::verified);
  }
}
