package dev.callroute.doctor;

import dev.callroute.core.Rule;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of one fix, or of a combination of fixes, re-simulated.
 *
 * @param fixes the fixes applied: the app's first, then the user's, each in catalogue order
 * @param verified whether the changed scenario plays without rejection and without the symptom
 * @param because the rules that decided: the last step's rules, or the rule that rejected a step
 * @param detail the route after the fix, or why a step was rejected
 * @param repro the changed scenario
 */
public record FixResult(
    List<Fix> fixes, boolean verified, List<Rule> because, String detail, Repro repro) {
  public FixResult {
    fixes = List.copyOf(fixes);
    if (fixes.isEmpty()) {
      throw new IllegalArgumentException("a fix result names at least one fix");
    }
    because = List.copyOf(because);
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(repro, "repro");
  }

  /** The ID: one fix's ID, or the IDs of a combination joined by {@code +}. */
  public String id() {
    return fixes.stream().map(Fix::id).collect(Collectors.joining("+"));
  }

  /** Who applies it: {@code user}, {@code app}, or both joined by {@code +}. */
  public String who() {
    return fixes.stream().map(f -> f.who().id()).distinct().collect(Collectors.joining("+"));
  }

  /** The actions to take, joined by "and". */
  public String action() {
    return fixes.stream().map(Fix::action).collect(Collectors.joining(", and "));
  }
}
