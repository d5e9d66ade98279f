package dev.callroute.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The branches of a diagnosis by number (from 1, as in the JSON and the {@code --write} folders):
 * grouped by cause, and the closing summary that names the branches each fix works in. A fix is
 * called verified only for the reproducing branches it works in.
 */
final class BranchSummary {
  private final Diagnosis d;

  BranchSummary(Diagnosis d) {
    this.d = d;
  }

  /** One line per cause: the branches it covers, and the fixes verified in each of them. */
  List<String> byCause() {
    List<String> lines = new ArrayList<>();
    Map<String, List<Branch>> groups = new LinkedHashMap<>();
    List<Branch> ordered = new ArrayList<>(d.branches());
    ordered.sort(Comparator.comparing(b -> !b.reproduced()));
    for (Branch b : ordered) {
      String key = b.reproduced() + "|" + String.join(",", b.causeIds());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
    }
    for (List<Branch> members : groups.values()) {
      Branch first = members.get(0);
      StringBuilder line = new StringBuilder(capitalized(branches(numbers(members))));
      line.append(first.reproduced() ? ": reproduced by " : ": not reproduced; decided by ");
      line.append(String.join(", ", first.causeIds())).append('.');
      if (first.reproduced()) {
        line.append(' ').append(fixesIn(members));
      }
      lines.add(line.toString());
    }
    return lines;
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

  /**
   * The last line: what to do, per branch. A fix is listed as verified only for the reproducing
   * branches it works in.
   */
  String closing() {
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
  int number(Branch b) {
    return d.branches().indexOf(b) + 1;
  }

  List<Integer> numbers(List<Branch> members) {
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

  static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
