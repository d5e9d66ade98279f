package dev.callroute.doctor;

import dev.callroute.core.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Simulates a reproducing scenario, decides whether it shows the symptom, and tries each fix. */
public final class Doctor {
  private Doctor() {}

  /**
   * The branch of this scenario, or empty when a step of it cannot happen (for example answering on
   * an accessory without a call button).
   */
  public static Optional<Branch> diagnose(
      Symptom symptom, Map<String, String> situation, Repro repro) {
    Playback base = repro.play();
    if (!base.completed()) {
      return Optional.empty();
    }
    boolean reproduced = symptom.holds(base.route(), repro.accessoryIndex());
    Optional<Limit> limit =
        reproduced ? Limit.of(symptom, repro.accessory()) : Optional.<Limit>empty();
    List<FixResult> fixes = reproduced && limit.isEmpty() ? fixes(symptom, repro) : List.of();
    return Optional.of(
        new Branch(
            situation, repro, reproduced, base.route(), limit, base.decision().rules(), fixes));
  }

  /** Every applicable single fix; when none is verified, also every verified pair. */
  static List<FixResult> fixes(Symptom symptom, Repro repro) {
    List<FixResult> out = new ArrayList<>();
    for (Fix f : Fix.values()) {
      f.apply(repro).ifPresent(r -> out.add(check(symptom, List.of(f), r)));
    }
    if (out.stream().anyMatch(FixResult::verified)) {
      return out;
    }
    Fix[] all = Fix.values();
    for (int i = 0; i < all.length; i++) {
      for (int j = i + 1; j < all.length; j++) {
        pair(symptom, repro, all[i], all[j]).ifPresent(out::add);
      }
    }
    return out;
  }

  /** A verified pair, trying both orders of application; empty when neither order works. */
  private static Optional<FixResult> pair(Symptom symptom, Repro repro, Fix a, Fix b) {
    for (Fix[] order : new Fix[][] {{a, b}, {b, a}}) {
      Optional<Repro> changed = order[0].apply(repro).flatMap(order[1]::apply);
      if (changed.isPresent()) {
        FixResult r = check(symptom, appFirst(order), changed.get());
        if (r.verified()) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The fixes as reports name them: the app's fixes first, then the user's, each in catalogue
   * order.
   */
  private static List<Fix> appFirst(Fix[] fixes) {
    List<Fix> out = new ArrayList<>(List.of(fixes));
    out.sort(Comparator.comparing((Fix f) -> f.who() != Who.APP).thenComparing(f -> f));
    return out;
  }

  /** Plays the changed scenario and says whether the symptom is gone, and which rules decided. */
  static FixResult check(Symptom symptom, List<Fix> fixes, Repro changed) {
    Playback p = changed.play();
    if (!p.completed()) {
      Rule rule = p.rejection().orElseThrow().rule();
      String step = changed.steps().get(p.rejectedStep()).keyword();
      return new FixResult(
          fixes,
          false,
          List.of(rule),
          "the step '" + step + "' is rejected: " + p.rejection().orElseThrow().message(),
          changed);
    }
    boolean gone = !symptom.holds(p.route(), changed.accessoryIndex());
    return new FixResult(fixes, gone, p.decision().rules(), changed.describe(p.route()), changed);
  }
}
