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
 * The text report, in this order: the situation as understood; with several branches, the branches
 * grouped by cause, numbered as in the JSON and the {@code --write} folders; for each group of
 * alike branches, Reproduced or Not reproduced, the cause, and the fixes (✓ first, then ✗); what
 * lies outside the model when something was not reproduced or not fixed; a summary that names the
 * branches each fix works in.
 */
public final class TextReport {
  private final Diagnosis d;
  private final TextOptions o;
  private final BranchSummary summary;
  private final StringBuilder out = new StringBuilder();

  private TextReport(Diagnosis d, TextOptions o) {
    this.d = d;
    this.o = o;
    this.summary = new BranchSummary(d);
  }

  /** The report as text for 100 columns, ending with a newline. */
  public static String render(Diagnosis d) {
    return render(d, TextOptions.DEFAULT);
  }

  /** The report as text laid out as {@code options} say, ending with a newline. */
  public static String render(Diagnosis d, TextOptions options) {
    return new TextReport(d, options).build();
  }

  private String build() {
    Symptom s = d.symptom();
    wrap("", "Symptom: " + s.id() + ": " + s.meaning(), "  ");
    out.append('\n');
    if (!o.summaryOnly()) {
      situation();
    }
    long reproduced = d.branches().stream().filter(Branch::reproduced).count();
    int total = d.branches().size();
    if (total > 1 || o.summaryOnly()) {
      if (!o.summaryOnly()) {
        out.append('\n');
      }
      out.append(verdict(reproduced, total)).append('\n');
      out.append("Branches by cause\n");
      summary.byCause().forEach(line -> wrap("  ", line, "    "));
    }
    if (!o.summaryOnly()) {
      List<BranchGroup> groups = new ArrayList<>(BranchGroup.of(d.branches()));
      groups.sort(Comparator.comparing(g -> !g.first().reproduced()));
      for (BranchGroup g : groups) {
        group(g, total > 1);
      }
      outsideModel();
    }
    out.append('\n');
    wrap("", summary.closing(), "  ");
    return out.toString();
  }

  private void situation() {
    out.append("Situation as understood\n");
    int width = d.understood().keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, String> e : d.understood().entrySet()) {
      String key = e.getKey() + " ".repeat(width - e.getKey().length());
      wrap("  " + key + "  ", e.getValue(), " ".repeat(width + 6));
    }
    for (String note : d.notes()) {
      wrap("  note: ", note, "        ");
    }
  }

  private void group(BranchGroup g, boolean several) {
    Branch b = g.first();
    out.append('\n').append(b.reproduced() ? "Reproduced" : "Not reproduced");
    if (several) {
      out.append(" in ")
          .append(BranchSummary.branches(summary.numbers(g.members())))
          .append(" where:\n");
      g.where().forEach(w -> wrap("    ", w, "      "));
    } else {
      out.append('\n');
    }
    wrap("  Route: ", b.repro().describe(b.route()), "    ");
    if (b.limit().isPresent()) {
      out.append("  Cause:\n");
      wrap("    ", b.limit().get().id() + ": " + b.limit().get().sentence(), "      ");
      out.append("  Route decided by:\n");
    } else {
      out.append(b.reproduced() ? "  Cause:\n" : "  Decided by:\n");
    }
    Set<String> reasons = new LinkedHashSet<>();
    for (Rule r : b.cause()) {
      wrap("    ", r.id() + ": " + r.sentence(), "      ");
      Reasons.faqReason(r).filter(x -> b.limit().isEmpty()).ifPresent(reasons::add);
    }
    reasons.forEach(r -> wrap("    ", r, "      "));
    if (!b.reproduced()) {
      return;
    }
    if (b.limit().isPresent()) {
      wrap(
          "  ",
          "Fixes: none can work; no setting or API gives the accessory a microphone.",
          "    ");
      return;
    }
    out.append("  Fixes:\n");
    List<FixResult> fixes = new ArrayList<>(b.fixes());
    fixes.sort(Comparator.comparing(f -> !f.verified()));
    for (FixResult f : fixes) {
      String mark = (f.verified() ? o.verified() : o.failed()) + " ";
      wrap("    " + mark, f.id() + " [" + f.who() + "]: " + f.action(), "      ");
      String rules = f.because().stream().map(Rule::id).collect(Collectors.joining(", "));
      wrap(
          "        ",
          (f.verified() ? "works: " : "fails: ") + f.detail() + " (" + rules + ")",
          "          ");
    }
    if (!b.fixed()) {
      out.append("    No single fix and no pair of fixes removes the symptom.\n");
    }
  }

  private void outsideModel() {
    boolean notReproduced = d.branches().stream().anyMatch(b -> !b.reproduced());
    boolean unfixed =
        d.branches().stream().anyMatch(b -> b.reproduced() && !b.fixed() && b.limit().isEmpty());
    if (!notReproduced && !unfixed) {
      return;
    }
    out.append('\n').append("Outside the model\n");
    wrap(
        "  ",
        notReproduced
            ? "Where the symptom was not reproduced, the simulated iOS policy does not produce"
                + " it. If it still happens, look at what the model does not cover:"
            : "No fix in the catalogue removes the symptom everywhere. Also look at what the"
                + " model does not cover:",
        "  ");
    for (String line : Reasons.outsideModel(d.branches())) {
      wrap("  - ", line, "    ");
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

  /** Appends text after {@code first}, wrapped at the width, continuing after {@code next}. */
  private void wrap(String first, String text, String next) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > o.width()) {
        out.append(line).append('\n');
        line = new StringBuilder(next);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }
}
