package dev.callroute.doctor;

import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole answer to a report: the symptom, the situation as understood, every branch, and notes
 * on what was skipped.
 *
 * @param symptom the symptom diagnosed
 * @param understood how the situation was understood, label to value, in order
 * @param branches every simulated branch, in expansion order
 * @param notes combinations skipped or facts that change nothing, one sentence each
 */
public record Diagnosis(
    Symptom symptom, Map<String, String> understood, List<Branch> branches, List<String> notes) {
  public Diagnosis {
    Objects.requireNonNull(symptom, "symptom");
    understood = Collections.unmodifiableMap(new LinkedHashMap<>(understood));
    branches = List.copyOf(branches);
    notes = List.copyOf(notes);
  }

  /**
   * Expands a partly known situation and diagnoses every branch. Combinations in which a step
   * cannot happen are skipped, counted per reason in the notes.
   */
  public static Diagnosis of(Symptom symptom, GivenFacts given) {
    Expansion e = Expansion.of(given);
    List<Branch> branches = new ArrayList<>();
    Map<String, List<Situation>> skipped = new LinkedHashMap<>();
    for (Situation s : e.situations()) {
      Optional<Repro> repro = ReproBuilder.build(s);
      Optional<Branch> b = repro.flatMap(r -> Doctor.diagnose(symptom, s.describe(), r));
      if (b.isPresent()) {
        branches.add(b.get());
        continue;
      }
      String reason =
          repro
              .map(r -> rejected(s, r))
              .orElse(
                  "--role receiver conflicts with --callkit yes: only a sender can use CallKit");
      skipped.computeIfAbsent(reason, k -> new ArrayList<>()).add(s);
    }
    List<String> notes = new ArrayList<>(e.notes());
    skipped.forEach(
        (reason, list) ->
            notes.add(
                list.size() == 1
                    ? "skipped " + list.get(0).label() + ": " + reason
                    : "skipped "
                        + list.size()
                        + " combinations such as "
                        + list.get(0).label()
                        + ": "
                        + reason));
    return new Diagnosis(symptom, understanding(given, e.situations()), branches, notes);
  }

  /**
   * Why a situation's scenario cannot be played: the engine's words, after the two flags that
   * conflict when the step is an answer on the accessory (wired headphones have no call button).
   */
  private static String rejected(Situation s, Repro r) {
    Playback p = r.play();
    String message = p.rejection().map(x -> x.message()).orElse("a step was rejected");
    if (p.rejectedStep() < 0 || !(r.steps().get(p.rejectedStep()) instanceof Step.Answer)) {
      return message;
    }
    Step.Answer answer = (Step.Answer) r.steps().get(p.rejectedStep());
    if (!answer.via().isAccessory() || s.get(Factor.ACCESSORY).isEmpty()) {
      return message;
    }
    Factor flag =
        answer.call().equals(ReproBuilder.EARLIER)
            ? Factor.EARLIER_PHONE_CALL
            : answer.call().equals(ReproBuilder.INTERRUPTING)
                ? Factor.INTERRUPTED_BY_PHONE_CALL
                : Factor.ANSWERED_VIA;
    return flag.option()
        + " accessory conflicts with "
        + Factor.ACCESSORY.option()
        + " "
        + s.get(Factor.ACCESSORY).get().specName()
        + ": "
        + message;
  }

  /** For each fact: the given value, its default, the values tried, or that it does not apply. */
  static Map<String, String> understanding(GivenFacts given, List<Situation> all) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      List<String> seen = new ArrayList<>();
      for (Situation s : all) {
        s.get(f).map(FactValue::specName).filter(v -> !seen.contains(v)).ifPresent(seen::add);
      }
      String text;
      if (seen.isEmpty()) {
        text = "does not apply";
      } else if (seen.size() > 1) {
        text = "unknown: trying " + String.join(", ", seen);
      } else if (given.known().containsKey(f)) {
        text = seen.get(0);
      } else if (given.value(f).isEmpty()) {
        text = seen.get(0) + " (the only possible value)";
      } else {
        text = seen.get(0) + " (default)";
      }
      if (f == Factor.ACCESSORY && seen.size() == 1) {
        text += ", called '" + ReproBuilder.accessoryId(all.get(0).accessoryKind()) + "'";
      }
      out.put(f.flag(), text);
    }
    return out;
  }

  /**
   * Why no branch is left, in one line: the given flags that conflict, or else why every
   * combination was skipped (leaving out the notes about flags that were accepted).
   */
  public String nothingFits() {
    List<String> conflicts = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String n : notes) {
      if (n.startsWith(Expansion.CONFLICT)) {
        conflicts.add(n.substring(Expansion.CONFLICT.length()));
      } else if (n.startsWith("skipped ")) {
        skipped.add(n);
      }
    }
    if (!conflicts.isEmpty()) {
      return String.join("; ", conflicts);
    }
    if (skipped.size() == 1 && skipped.get(0).contains(": --")) {
      // One skipped combination whose reason names the two flags: the reason is the message.
      String only = skipped.get(0);
      return "no situation fits these flags: " + only.substring(only.indexOf(": --") + 2);
    }
    return "no situation fits these flags: "
        + String.join("; ", skipped.isEmpty() ? notes : skipped);
  }

  /** Whether the symptom shows in at least one branch. */
  public boolean reproduced() {
    return branches.stream().anyMatch(Branch::reproduced);
  }

  /**
   * 0 when the symptom is reproduced and at least one fix is verified (in a branch that reproduces
   * it); 1 when it is not reproduced, or no fix works.
   */
  public int exitStatus() {
    boolean anyFixed = branches.stream().filter(Branch::reproduced).anyMatch(Branch::fixed);
    return anyFixed ? 0 : 1;
  }
}
