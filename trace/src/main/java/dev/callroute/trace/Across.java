package dev.callroute.trace;

import dev.callroute.core.Route;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Searches across the hypotheses still open, and their starts. */
final class Across {
  /** The most paths of one hypothesis tried on the others before searching them in full. */
  static final int MAX_KNOWN_PATHS = 16;

  private Across() {}

  /**
   * The explanations of a goal under each hypothesis that has one within {@code maxHidden}, in the
   * hypotheses' order. Routes reached are added to {@code reached}.
   */
  static Map<Live, List<Search.Match>> explain(
      List<Live> live,
      Goal goal,
      int maxHidden,
      Map<Route, Search.Reached> reached,
      Children children) {
    Map<Live, List<Search.Match>> found = new LinkedHashMap<>();
    // Hypotheses mostly agree: once one is explained with k hidden steps, another is first searched
    // shallower than k, then tried on the paths already found, and searched in full only if both
    // fail.
    List<List<Step>> known = new ArrayList<>();
    int best = -1;
    for (Live l : live) {
      List<Search.Match> m = List.of();
      if (best >= 0 && !goal.exact) {
        if (best > 0) {
          m = Search.run(l.frontier, goal, best - 1, reached);
        }
        if (m.isEmpty()) {
          m = Search.replay(l.frontier, goal, known);
        }
      }
      if (m.isEmpty()) {
        m = Search.run(l.frontier, goal, maxHidden, reached, goal.exact, children);
      }
      if (m.isEmpty()) {
        continue;
      }
      found.put(l, m);
      int hidden = m.get(0).paths().get(0).size() - (goal.logged() ? 1 : 0);
      if (best < 0 || hidden < best) {
        best = hidden;
        known.clear();
      }
      if (hidden == best) {
        for (Search.Match match : m) {
          for (List<Step> path : match.paths()) {
            if (known.size() < MAX_KNOWN_PATHS && !known.contains(path)) {
              known.add(path);
            }
          }
        }
      }
    }
    return found;
  }

  /** The explanations of a goal from a start, for each hypothesis that has one. */
  static Map<Live, List<Search.Match>> restart(List<Live> live, Goal goal, int maxHidden) {
    Map<Live, List<Search.Match>> out = new LinkedHashMap<>();
    for (Live l : live) {
      List<Search.Match> m =
          Search.run(starts(l.h, false), goal.relaxed(), maxHidden, new LinkedHashMap<>());
      if (!m.isEmpty()) {
        out.put(l, m);
      }
    }
    return out;
  }

  /**
   * The starts of a hypothesis: nothing connected, each accessory alone, and all of them in the
   * order the log shows them.
   *
   * @param keep whether the nodes start an explanation kept for {@code --write}
   */
  static List<Node> starts(Hypothesis h, boolean keep) {
    List<List<String>> connected = new ArrayList<>();
    connected.add(List.of());
    List<String> all = new ArrayList<>();
    for (var a : h.world().accessories()) {
      connected.add(List.of(a.id()));
      all.add(a.id());
    }
    if (all.size() > 1) {
      connected.add(all);
    }
    List<Node> out = new ArrayList<>();
    for (List<String> c : connected) {
      out.add(
          new Node(
              State.initial(h.world(), h.setting(), c), null, null, keep ? Chain.start(c) : null));
    }
    return out;
  }
}
