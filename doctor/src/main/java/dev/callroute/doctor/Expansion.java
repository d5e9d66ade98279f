package dev.callroute.doctor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
   * stands for every value.
   */
  public static Expansion of(Map<Factor, String> given) {
    Set<Situation> out = new LinkedHashSet<>();
    Set<String> notes = new LinkedHashSet<>();
    expand(given, 0, new EnumMap<>(Factor.class), out, notes);
    return new Expansion(new ArrayList<>(out), new ArrayList<>(notes));
  }

  private static void expand(
      Map<Factor, String> given,
      int index,
      EnumMap<Factor, String> chosen,
      Set<Situation> out,
      Set<String> notes) {
    Factor[] all = Factor.values();
    if (index == all.length) {
      out.add(new Situation(chosen));
      return;
    }
    Factor f = all[index];
    boolean isGiven = given.containsKey(f) && !Factor.UNKNOWN.equals(given.get(f));
    String value = given.getOrDefault(f, f.defaultValue());
    List<String> possible = f.possible(chosen);
    List<String> tries;
    if (possible.isEmpty()) {
      if (isGiven && f.nothing().filter(value::equals).isPresent()) {
        notes.add(f.option() + " " + value + " does not apply to this call; noted");
        tries = List.of();
      } else if (isGiven && f.descriptive()) {
        notes.add(f.option() + " " + value + " does not change the route of this call");
        tries = List.of(value);
      } else if (isGiven) {
        notes.add(CONFLICT + f.conflict(value, chosen));
        return;
      } else {
        tries = List.of();
      }
    } else if (Factor.UNKNOWN.equals(value)) {
      tries = possible;
    } else if (possible.contains(value)) {
      tries = List.of(value);
    } else if (isGiven) {
      notes.add(CONFLICT + f.conflict(value, chosen));
      return;
    } else {
      tries = possible;
    }
    if (tries.isEmpty()) {
      expand(given, index + 1, chosen, out, notes);
      return;
    }
    for (String v : tries) {
      EnumMap<Factor, String> next = new EnumMap<>(chosen);
      next.put(f, v);
      expand(given, index + 1, next, out, notes);
    }
  }
}
