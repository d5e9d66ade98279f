package dev.callroute.doctor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every situation that a partly known report can mean: each {@code unknown} fact is expanded into
 * its possible values, facts that do not apply are left out, and impossible combinations are
 * dropped with a note.
 *
 * @param situations the distinct situations, in expansion order
 * @param notes why combinations were dropped, and which given facts change nothing
 */
public record Expansion(List<Situation> situations, List<String> notes) {
  /** How a note about two given flags that conflict begins. */
  public static final String CONFLICT = "skipped: ";

  public Expansion {
    situations = List.copyOf(situations);
    notes = List.copyOf(notes);
  }

  /** The notes that say two given flags conflict, without their beginning. */
  public List<String> conflicts() {
    List<String> out = new ArrayList<>();
    notes.stream()
        .filter(n -> n.startsWith(CONFLICT))
        .forEach(n -> out.add(n.substring(CONFLICT.length())));
    return out;
  }

  /**
   * Expands the facts the user gave; a missing fact takes its default, and {@link Factor#UNKNOWN}
   * stands for every value. A given word that is neither a value of its fact nor {@code unknown} is
   * an error: callers check words at their edge.
   */
  public static Expansion of(GivenFacts given) {
    Map<Factor, Optional<FactValue>> typed = new EnumMap<>(Factor.class);
    for (Factor f : Factor.values()) {
      typed.put(f, given.value(f));
    }
    Set<Situation> out = new LinkedHashSet<>();
    Set<String> notes = new LinkedHashSet<>();
    expand(typed, given.known().keySet(), 0, new EnumMap<>(Factor.class), out, notes);
    return new Expansion(new ArrayList<>(out), new ArrayList<>(notes));
  }

  /**
   * Expands from the fact at {@code index}: {@code values} holds each fact's value, empty for
   * unknown; {@code given} the facts the user gave a value for.
   */
  private static void expand(
      Map<Factor, Optional<FactValue>> values,
      Set<Factor> given,
      int index,
      EnumMap<Factor, FactValue> chosen,
      Set<Situation> out,
      Set<String> notes) {
    Factor[] all = Factor.values();
    if (index == all.length) {
      out.add(new Situation(chosen));
      return;
    }
    Factor f = all[index];
    Optional<FactValue> value = values.get(f);
    boolean isGiven = given.contains(f);
    List<FactValue> possible = f.possible(chosen);
    List<FactValue> tries;
    if (possible.isEmpty()) {
      if (isGiven && f.nothing().equals(value)) {
        notes.add(
            f.option() + " " + value.get().specName() + " does not apply to this call; noted");
        tries = List.of();
      } else if (isGiven && f.descriptive()) {
        notes.add(
            f.option() + " " + value.get().specName() + " does not change the route of this call");
        tries = List.of(value.get());
      } else if (isGiven) {
        notes.add(CONFLICT + f.conflict(value.get(), chosen));
        return;
      } else {
        tries = List.of();
      }
    } else if (value.isEmpty()) {
      tries = possible;
    } else if (possible.contains(value.get())) {
      tries = List.of(value.get());
    } else if (isGiven) {
      notes.add(CONFLICT + f.conflict(value.get(), chosen));
      return;
    } else {
      tries = possible;
    }
    if (tries.isEmpty()) {
      expand(values, given, index + 1, chosen, out, notes);
      return;
    }
    for (FactValue v : tries) {
      EnumMap<Factor, FactValue> next = new EnumMap<>(chosen);
      next.put(f, v);
      expand(values, given, index + 1, next, out, notes);
    }
  }
}
