package dev.callroute.doctor;

import dev.callroute.core.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
  private final StringBuilder out = new StringBuilder();

  private TextReport(Diagnosis d, TextOptions o) {
    this.d = d;
    this.o = o;
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
      byCause();
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
    wrap("", summary(), "  ");
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

  /** One line per cause: the branches it covers, and the fixes verified in each of them. */
  private void byCause() {
    Map<String, List<Branch>> groups = new LinkedHashMap<>();
    List<Branch> ordered = new ArrayList<>(d.branches());
    ordered.sort(Comparator.comparing(b -> !b.reproduced()));
    for (Branch b : ordered) {
      String key = b.reproduced() + "|" + String.join(",", b.causeIds());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
    }
    out.append("Branches by cause\n");
    for (List<Branch> members : groups.values()) {
      Branch first = members.get(0);
      StringBuilder line = new StringBuilder(capitalized(branches(numbers(members))));
      line.append(first.reproduced() ? ": reproduced by " : ": not reproduced; decided by ");
      line.append(String.join(", ", first.causeIds())).append('.');
      if (first.reproduced()) {
        line.append(' ').append(fixesIn(members));
      }
      wrap("  ", line.toString(), "    ");
    }
  }

  /** The fixes verified in every one of these branches, then those verified in some. */
  private String fixesIn(List<Branch> members) {
    if (members.stream().anyMatch(b -> b.limit().isPresent())) {
      return "No fix can work.";
    }
    Map<String, List<Integer>> where = verifiedWhere(members);
    List<String> everywhere = new ArrayList<>();
    List<String> some = new ArrayList<>();
    where.forEach(
        (fix, in) -> {
          if (in.size() == members.size()) {
            everywhere.add(fix);
          } else {
            some.add(fix + " (" + branches(in) + " only)");
          }
        });
    if (everywhere.isEmpty() && some.isEmpty()) {
      return "No fix works.";
    }
    String each = members.size() == 1 ? "Verified fixes: " : "Verified in each: ";
    String text = everywhere.isEmpty() ? "" : each + String.join(", ", everywhere) + ".";
    if (!some.isEmpty()) {
      text += (text.isEmpty() ? "" : " ") + "Verified in some: " + String.join(", ", some) + ".";
    }
    return text;
  }

  /** For each fix verified somewhere among these branches, the branch numbers it works in. */
  private Map<String, List<Integer>> verifiedWhere(List<Branch> members) {
    Map<String, List<Integer>> where = new LinkedHashMap<>();
    for (Branch b : members) {
      for (FixResult f : b.fixes()) {
        if (f.verified()) {
          where.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(number(b));
        }
      }
    }
    return where;
  }

  private void group(BranchGroup g, boolean several) {
    Branch b = g.first();
    out.append('\n').append(b.reproduced() ? "Reproduced" : "Not reproduced");
    if (several) {
      out.append(" in ").append(branches(numbers(g.members()))).append(" where:\n");
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

  /**
   * The last line: what to do, per branch. A fix is listed as verified only for the reproducing
   * branches it works in.
   */
  private String summary() {
    if (!d.reproduced()) {
      return "Not reproduced: the simulation does not show "
          + d.symptom().id()
          + " in this situation.";
    }
    List<Branch> reproducing =
        d.branches().stream().filter(Branch::reproduced).collect(Collectors.toList());
    boolean one = d.branches().size() == 1;
    String head = one ? "Reproduced." : "Reproduced in " + branches(numbers(reproducing)) + ".";
    Map<String, List<Integer>> where = verifiedWhere(reproducing);
    if (where.isEmpty()) {
      boolean limited = reproducing.stream().allMatch(b -> b.limit().isPresent());
      return one
          ? (limited
              ? "Reproduced: the accessory has no microphone (accessory.no-microphone); no fix"
                  + " can change that."
              : "Reproduced, but no fix in the catalogue removes the symptom.")
          : head + " No fix in the catalogue removes the symptom.";
    }
    List<String> everywhere = new ArrayList<>();
    Map<String, List<String>> bySet = new LinkedHashMap<>();
    where.forEach(
        (fix, in) -> {
          if (in.size() == reproducing.size()) {
            everywhere.add(fix);
          } else {
            bySet.computeIfAbsent(branches(in), k -> new ArrayList<>()).add(fix);
          }
        });
    StringBuilder s = new StringBuilder(head);
    if (!everywhere.isEmpty()) {
      s.append(one || reproducing.size() == 1 ? " Verified fixes: " : " Verified in all of them: ");
      s.append(String.join(", ", everywhere)).append('.');
    }
    bySet.forEach(
        (in, fixes) ->
            s.append(" Verified only in ")
                .append(in)
                .append(": ")
                .append(String.join(", ", fixes))
                .append('.'));
    List<Integer> unfixed = new ArrayList<>();
    reproducing.stream().filter(b -> !b.fixed()).forEach(b -> unfixed.add(number(b)));
    if (!unfixed.isEmpty()) {
      s.append(" No fix works in ").append(branches(unfixed)).append('.');
    }
    return s.toString();
  }

  /** The branch's number, from 1, as in the JSON {@code branches} and the --write folders. */
  private int number(Branch b) {
    return d.branches().indexOf(b) + 1;
  }

  private List<Integer> numbers(List<Branch> members) {
    List<Integer> out = new ArrayList<>();
    members.forEach(b -> out.add(number(b)));
    out.sort(Integer::compare);
    return out;
  }

  /** "branch 3", "branches 1 and 4", "branches 1-3, 5 and 7". */
  static String branches(List<Integer> numbers) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < numbers.size()) {
      int j = i;
      while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(numbers.get(i) + "-" + numbers.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(String.valueOf(numbers.get(k)));
        }
      }
      i = j + 1;
    }
    String list =
        parts.size() == 1
            ? parts.get(0)
            : String.join(", ", parts.subList(0, parts.size() - 1))
                + " and "
                + parts.get(parts.size() - 1);
    boolean single = numbers.size() == 1;
    return (single ? "branch " : "branches ") + list;
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
