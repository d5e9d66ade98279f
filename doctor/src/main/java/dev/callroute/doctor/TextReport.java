package dev.callroute.doctor;

import dev.callroute.core.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text report, in this order: the situation as understood; for each group of alike branches,
 * Reproduced or Not reproduced, the cause, and the fixes (✓ first, then ✗); what lies outside the
 * model when something was not reproduced or not fixed; a one-line summary.
 */
public final class TextReport {
  /** Lines are wrapped to this width. */
  static final int WIDTH = 100;

  private TextReport() {}

  /** The report as text, ending with a newline. */
  public static String render(Diagnosis d) {
    StringBuilder out = new StringBuilder();
    Symptom s = d.symptom();
    out.append("Symptom: ").append(s.id()).append(": ").append(s.meaning()).append("\n\n");
    out.append("Situation as understood\n");
    int width = d.understood().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, String> e : d.understood().entrySet()) {
      out.append("  ").append(pad(e.getKey(), width)).append("  ").append(e.getValue());
      out.append('\n');
    }
    for (String note : d.notes()) {
      wrap(out, "  note: ", note, "        ");
    }
    List<BranchGroup> groups = new ArrayList<>(BranchGroup.of(d.branches()));
    groups.sort(Comparator.comparing(g -> !g.first().reproduced()));
    long reproduced = d.branches().stream().filter(Branch::reproduced).count();
    int total = d.branches().size();
    if (total > 1) {
      out.append('\n').append(verdict(reproduced, total)).append('\n');
    }
    for (BranchGroup g : groups) {
      group(out, g, groups.size() > 1);
    }
    boolean notReproduced = d.branches().stream().anyMatch(b -> !b.reproduced());
    boolean unfixed = d.branches().stream().anyMatch(b -> b.reproduced() && !b.fixed());
    if (notReproduced || unfixed) {
      out.append('\n').append("Outside the model\n");
      wrap(
          out,
          "  ",
          notReproduced
              ? "Where the symptom was not reproduced, the simulated iOS policy does not produce"
                  + " it. If it still happens, look at what the model does not cover:"
              : "No fix in the catalogue removes the symptom everywhere. Also look at what the"
                  + " model does not cover:",
          "  ");
      for (String line : Reasons.outsideModel(d.branches())) {
        wrap(out, "  - ", line, "    ");
      }
    }
    out.append('\n');
    wrap(out, "", summary(d), "  ");
    return out.toString();
  }

  private static void group(StringBuilder out, BranchGroup g, boolean several) {
    Branch b = g.first();
    out.append('\n').append(b.reproduced() ? "Reproduced" : "Not reproduced");
    if (several) {
      int n = g.members().size();
      out.append(" (").append(n).append(n == 1 ? " branch" : " branches").append(") where:\n");
      g.where().forEach(w -> wrap(out, "    ", w, "      "));
    } else {
      out.append('\n');
    }
    out.append("  Route: ").append(b.repro().describe(b.route())).append('\n');
    out.append(b.reproduced() ? "  Cause:\n" : "  Decided by:\n");
    Set<String> reasons = new LinkedHashSet<>();
    for (Rule r : b.cause()) {
      wrap(out, "    ", r.id() + ": " + r.sentence(), "      ");
      Reasons.faqReason(r).ifPresent(reasons::add);
    }
    reasons.forEach(r -> wrap(out, "    ", r, "      "));
    if (!b.reproduced()) {
      return;
    }
    out.append("  Fixes:\n");
    List<FixResult> fixes = new ArrayList<>(b.fixes());
    fixes.sort(Comparator.comparing(f -> !f.verified()));
    for (FixResult f : fixes) {
      String mark = f.verified() ? "✓ " : "✗ ";
      wrap(out, "    " + mark, f.id() + " [" + f.who() + "]: " + f.action(), "      ");
      String rules = f.because().stream().map(Rule::id).collect(Collectors.joining(", "));
      wrap(
          out,
          "        ",
          (f.verified() ? "works: " : "fails: ") + f.detail() + " (" + rules + ")",
          "          ");
    }
    if (!b.fixed()) {
      out.append("    No single fix and no pair of fixes removes the symptom.\n");
    }
  }

  /** How many branches reproduce the symptom, in words. */
  static String verdict(long reproduced, int total) {
    if (reproduced == 0) {
      return total == 1
          ? "Not reproduced."
          : "Not reproduced in any of the " + total + " branches.";
    }
    return total == 1
        ? "Reproduced."
        : "Reproduced in " + reproduced + " of " + total + " branches.";
  }

  /** The last line: what to do, or a plain statement that nothing was found. */
  static String summary(Diagnosis d) {
    if (!d.reproduced()) {
      return "Not reproduced: the simulation does not show "
          + d.symptom().id()
          + " in this situation.";
    }
    List<String> fixes = new ArrayList<>();
    for (Branch b : d.branches()) {
      for (FixResult f : b.fixes()) {
        if (f.verified() && !fixes.contains(f.id())) {
          fixes.add(f.id());
        }
      }
    }
    if (fixes.isEmpty()) {
      return "Reproduced, but no fix in the catalogue removes the symptom.";
    }
    return "Reproduced. Verified fixes: " + String.join(", ", fixes) + ".";
  }

  /** Appends text after {@code first}, wrapped at {@link #WIDTH}, continuing after {@code next}. */
  static void wrap(StringBuilder out, String first, String text, String next) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(next);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
