package dev.callroute.doctor;

import dev.callroute.core.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Branches that simulate alike (same verdict, route, cause and fixes), with the situations they
 * cover written compactly: {@code mode=voiceChat|videoChat}.
 *
 * @param members the branches, in report order
 * @param where one line per block of situations, over the facts that vary in the report
 */
public record BranchGroup(List<Branch> members, List<String> where) {
  public BranchGroup {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a group has at least one branch");
    }
    where = List.copyOf(where);
  }

  /** The first branch, which stands for all of them. */
  public Branch first() {
    return members.get(0);
  }

  /** Groups the branches of a report, in order of first appearance. */
  public static List<BranchGroup> of(List<Branch> branches) {
    Set<String> varying = varyingFacts(branches);
    Map<String, List<Branch>> bySignature = new LinkedHashMap<>();
    for (Branch b : branches) {
      bySignature.computeIfAbsent(signature(b), k -> new ArrayList<>()).add(b);
    }
    List<BranchGroup> out = new ArrayList<>();
    for (List<Branch> members : bySignature.values()) {
      out.add(new BranchGroup(members, where(members, varying)));
    }
    return out;
  }

  /** The facts whose value is not the same in every branch. */
  static Set<String> varyingFacts(List<Branch> branches) {
    Set<String> keys = new LinkedHashSet<>();
    branches.forEach(b -> keys.addAll(b.situation().keySet()));
    Set<String> out = new LinkedHashSet<>();
    for (String k : keys) {
      Set<String> values = new TreeSet<>();
      branches.forEach(b -> values.add(b.situation().getOrDefault(k, "n/a")));
      if (values.size() > 1) {
        out.add(k);
      }
    }
    return out;
  }

  /** Everything a reader sees of a branch except its situation. */
  static String signature(Branch b) {
    StringBuilder s = new StringBuilder();
    s.append(b.reproduced()).append('|').append(b.repro().describe(b.route())).append('|');
    b.causeIds().forEach(id -> s.append(id).append(','));
    for (FixResult f : b.fixes()) {
      s.append('|').append(f.id()).append(f.verified()).append(f.detail());
      f.because().stream().map(Rule::id).forEach(s::append);
    }
    return s.toString();
  }

  /** Merges situations that differ in one fact until nothing merges, then writes them. */
  static List<String> where(List<Branch> members, Set<String> varying) {
    List<Map<String, Set<String>>> rows = new ArrayList<>();
    for (Branch b : members) {
      Map<String, Set<String>> row = new LinkedHashMap<>();
      for (String k : varying) {
        row.put(k, new LinkedHashSet<>(List.of(b.situation().getOrDefault(k, "n/a"))));
      }
      rows.add(row);
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      outer:
      for (int i = 0; i < rows.size(); i++) {
        for (int j = i + 1; j < rows.size(); j++) {
          String k = soleDifference(rows.get(i), rows.get(j));
          if (k != null) {
            rows.get(i).get(k).addAll(rows.get(j).get(k));
            rows.remove(j);
            merged = true;
            break outer;
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Map<String, Set<String>> row : rows) {
      StringBuilder line = new StringBuilder();
      row.forEach(
          (k, v) ->
              line.append(line.length() == 0 ? "" : ", ")
                  .append(k)
                  .append('=')
                  .append(String.join("|", v)));
      out.add(line.toString());
    }
    return out;
  }

  /** The one fact in which two rows differ, or null when they differ in none or several. */
  private static String soleDifference(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    String found = null;
    for (String k : a.keySet()) {
      if (!Objects.equals(a.get(k), b.get(k))) {
        if (found != null) {
          return null;
        }
        found = k;
      }
    }
    return found;
  }
}
