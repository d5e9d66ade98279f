package dev.callroute.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.Rule;
import dev.callroute.doctor.Branch;
import dev.callroute.doctor.Diagnosis;
import dev.callroute.doctor.Factor;
import dev.callroute.doctor.FixResult;
import dev.callroute.doctor.GivenFacts;
import dev.callroute.doctor.ReproFiles;
import dev.callroute.doctor.Symptom;
import dev.callroute.scenario.DidYouMean;
import dev.callroute.scenario.ScenarioWriter;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The doctor over JSON, with the shapes of {@code callroute doctor --format json} ({@code symptom},
 * {@code branches[].situation}, {@code reproduced}, {@code cause}, {@code fixes[].id}, {@code who},
 * {@code verified}, {@code because}, rules as IDs) plus {@code causeText} and {@code becauseText}
 * (each rule as {@code {"id", "sentence"}}) and, for the page's "show" buttons, the scenario file
 * of each branch and of each verified fix.
 */
final class DoctorJson {
  /** The most branches one answer lists; reproducing branches come first. */
  static final int MAX_BRANCHES = 40;

  private DoctorJson() {}

  /** The symptoms and facts the doctor asks about, for building the form. */
  static ObjectNode options() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode symptoms = root.putArray("symptoms");
    for (Symptom s : Symptom.values()) {
      symptoms.addObject().put("id", s.id()).put("meaning", s.meaning());
    }
    ArrayNode facts = root.putArray("facts");
    for (Factor f : Factor.values()) {
      ObjectNode n = facts.addObject();
      n.put("flag", f.flag()).put("question", f.question()).put("default", f.defaultValue());
      ArrayNode choices = n.putArray("choices");
      f.choices().forEach(choices::add);
      choices.add(Factor.UNKNOWN);
    }
    return root;
  }

  /** Diagnoses {@code {"symptom": id, "facts": {flag: value}}}; a 400 naming a bad field. */
  static ObjectNode diagnose(JsonNode body) {
    String id = StepJson.text(body, "symptom");
    Symptom symptom =
        Symptom.byId(id)
            .orElseThrow(
                () ->
                    ApiError.badRequest(
                        "unknown symptom '" + id + "'; allowed: " + Symptom.allIds()));
    Map<Factor, String> given = new EnumMap<>(Factor.class);
    JsonNode facts = body.get("facts");
    if (facts != null && !facts.isNull()) {
      if (!facts.isObject()) {
        throw ApiError.badRequest("'facts' must be an object of flag to value");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        Factor f = Factor.byFlag(e.getKey()).orElseThrow(() -> unknownFact(e.getKey()));
        String v = StepJson.text(facts, e.getKey());
        // The words of `callroute doctor`: any case, true/false for yes/no, no/none/false for
        // the value that says nothing happened.
        String value =
            f.canonical(v)
                .orElseThrow(
                    () ->
                        ApiError.badRequest(
                            f.flag()
                                + ": '"
                                + v
                                + "' is not allowed"
                                + DidYouMean.hint(v, f.choices())
                                + "; allowed values: "
                                + f.allowed()
                                + (f.yesNo() ? " (or true, false)" : "")));
        given.put(f, value);
      }
    }
    Diagnosis d;
    try {
      d = Diagnosis.of(symptom, GivenFacts.parse(given));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    if (d.branches().isEmpty()) {
      throw ApiError.badRequest(d.nothingFits());
    }
    return render(d);
  }

  private static ApiError unknownFact(String name) {
    List<String> flags = new java.util.ArrayList<>();
    for (Factor f : Factor.values()) {
      flags.add(f.flag());
    }
    return ApiError.badRequest(
        "unknown fact '"
            + name
            + "'"
            + DidYouMean.hint(name, flags)
            + "; allowed: "
            + String.join(", ", flags));
  }

  private static ObjectNode render(Diagnosis d) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("symptom", d.symptom().id());
    root.put("meaning", d.symptom().meaning());
    ObjectNode understood = root.putObject("understood");
    d.understood().forEach(understood::put);
    ArrayNode branches = root.putArray("branches");
    List<Branch> shown = new java.util.ArrayList<>();
    d.branches().stream().filter(Branch::reproduced).forEach(shown::add);
    d.branches().stream().filter(b -> !b.reproduced()).forEach(shown::add);
    int omitted = Math.max(0, shown.size() - MAX_BRANCHES);
    root.put("omitted", omitted);
    for (Branch b : shown.subList(0, shown.size() - omitted)) {
      ObjectNode node = branches.addObject();
      ObjectNode situation = node.putObject("situation");
      b.situation().forEach(situation::put);
      node.put("reproduced", b.reproduced());
      node.put("route", b.repro().describe(b.route()));
      rules(node, "cause", b.cause());
      node.put(
          "scenario",
          ScenarioWriter.write(
              ReproFiles.draft(
                  "doctor: "
                      + d.symptom().id()
                      + (b.reproduced() ? " reproduced" : " not reproduced"),
                  "Situation: " + b.situation() + ".",
                  b.repro())));
      ArrayNode fixes = node.putArray("fixes");
      for (FixResult f : b.fixes()) {
        ObjectNode fix = fixes.addObject();
        fix.put("id", f.id()).put("who", f.who()).put("action", f.action());
        fix.put("verified", f.verified()).put("detail", f.detail());
        rules(fix, "because", f.because());
        if (f.verified()) {
          fix.put(
              "scenario",
              ScenarioWriter.write(
                  ReproFiles.draft(
                      "doctor: fix " + f.id() + " removes " + d.symptom().id(),
                      "Fix (" + f.who() + "): " + f.action() + ".",
                      f.repro())));
        }
      }
    }
    ArrayNode notes = root.putArray("notes");
    if (omitted > 0) {
      notes.add(
          omitted
              + " of "
              + d.branches().size()
              + " branches are not listed (at most "
              + MAX_BRANCHES
              + ", those that reproduce the symptom first); give more facts to narrow the search");
    }
    d.notes().forEach(notes::add);
    return root;
  }

  /**
   * Rule IDs under {@code name}, as the command line has them, and under name + "Text" with
   * sentences.
   */
  private static void rules(ObjectNode node, String name, List<Rule> rules) {
    ArrayNode ids = node.putArray(name);
    ArrayNode text = node.putArray(name + "Text");
    for (Rule r : rules) {
      ids.add(r.id());
      text.addObject().put("id", r.id()).put("sentence", r.sentence());
    }
  }
}
