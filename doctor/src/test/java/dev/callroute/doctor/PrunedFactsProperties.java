package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The doctor leaves out the facts that cannot matter to a call (no {@code --callkit} for a cellular
 * call, no {@code --mode} for a receiver, ...) and notes a given one as "does not change the route
 * of this call". The engine must agree: giving such a fact any value that can happen never changes
 * the route, the rules that decided it, or whether a symptom is reproduced.
 */
class PrunedFactsProperties {
  /**
   * A situation, a fact the doctor left out of it, and a value for that fact.
   *
   * @param situation a situation as the doctor expands it
   * @param pruned a fact that does not apply to it
   * @param value a value of that fact
   */
  record Case(Situation situation, Factor pruned, FactValue value) {}

  private static final List<Case> CASES = cases();

  private static List<Case> cases() {
    GivenFacts unknown = GivenFacts.none().openRest();
    List<Case> out = new ArrayList<>();
    for (Situation s : Expansion.of(unknown).situations()) {
      for (Factor f : Factor.values()) {
        if (!s.facts().containsKey(f) && f.descriptive()) {
          for (FactValue v : f.all()) {
            Map<Factor, FactValue> facts = new EnumMap<>(s.facts());
            facts.put(f, v);
            // A receiver with CallKit cannot exist, and an accessory without a call button cannot
            // answer an earlier phone call: those values drop the branch, they change no route.
            Optional<Repro> r = ReproBuilder.build(new Situation(facts));
            if (r.isPresent() && r.get().play().completed()) {
              out.add(new Case(s, f, v));
            }
          }
        }
      }
    }
    return out;
  }

  @Provide
  Arbitrary<Case> cases_() {
    return Arbitraries.of(CASES);
  }

  @Property(tries = 3000)
  void aPrunedFactNeverChangesTheRouteOrTheCause(
      @ForAll("cases_") Case c, @ForAll Symptom symptom) {
    Situation s = c.situation();
    Map<Factor, FactValue> facts = new EnumMap<>(s.facts());
    facts.put(c.pruned(), c.value());
    Situation changed = new Situation(facts);
    Repro before = ReproBuilder.build(s).orElseThrow();
    Repro after = ReproBuilder.build(changed).orElseThrow();

    Optional<Branch> b = Doctor.diagnose(symptom, s.describe(), before);
    Optional<Branch> a = Doctor.diagnose(symptom, changed.describe(), after);
    String what = s.label() + " with " + c.pruned().option() + " " + c.value().specName();
    assertThat(a).as(what).isPresent();
    assertThat(b).as(what).isPresent();
    assertThat(a.get().route()).as(what).isEqualTo(b.get().route());
    assertThat(a.get().cause()).as(what).isEqualTo(b.get().cause());
    assertThat(a.get().reproduced()).as(what).isEqualTo(b.get().reproduced());
  }

  @Example
  void everyDescriptiveFactIsPrunedSomewhere() {
    // Guards the property against passing on too few cases.
    Set<Factor> pruned = EnumSet.noneOf(Factor.class);
    CASES.forEach(c -> pruned.add(c.pruned()));
    assertThat(pruned)
        .containsExactlyInAnyOrder(
            Factor.CALLKIT,
            Factor.ROLE,
            Factor.EARLIER_PHONE_CALL,
            Factor.CALL_AUDIO_ROUTING,
            Factor.MODE,
            Factor.DEFAULT_TO_SPEAKER);
    assertThat(CASES.size()).isGreaterThan(100);
  }
}
