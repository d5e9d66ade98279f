package dev.callroute.trace;

import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.Route;
import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breadth-first search, for one hypothesis, of the fewest hidden steps from the current nodes that
 * explain one observation. Nodes are merged by state and last notifications; each keeps up to
 * {@link Explainer#MAX_ALTERNATIVES} different paths of the same length.
 */
final class Search {
  /** The most distinct states kept on one level, so that a search is bounded whatever the world. */
  static final int MAX_LEVEL = 20_000;

  /** A node on a level, with where its paths started. */
  private static final class Entry {
    final Node origin;
    final Node node;
    final List<List<Step>> paths = new ArrayList<>(1);

    Entry(Node origin, Node node, List<Step> path) {
      this.origin = origin;
      this.node = node;
      paths.add(path);
    }
  }

  /**
   * An explanation found.
   *
   * @param origin the node it starts from
   * @param paths the step paths, each hidden steps and then the logged step if any
   * @param end the node reached
   */
  record Match(Node origin, List<List<Step>> paths, Node end) {}

  /**
   * A route reached while searching, for the list of what the model allows.
   *
   * @param route the route
   * @param path the steps that reached it first
   * @param outcome the last step's outcome
   */
  record Reached(Route route, List<Step> path, Outcome outcome) {}

  private Search() {}

  /**
   * Searches; returns the matches at the smallest depth (the same for all), empty when none within
   * {@code maxHidden}. Routes reached on the way are added to {@code reached} (first path kept).
   */
  static List<Match> run(List<Node> from, Goal goal, int maxHidden, Map<Route, Reached> reached) {
    Map<Object, Entry> level = new LinkedHashMap<>();
    for (Node n : from) {
      level.putIfAbsent(n.key(), new Entry(n, n, List.of()));
    }
    Set<Object> visited = new HashSet<>(level.keySet());
    for (int depth = 0; ; depth++) {
      List<Match> matches = matches(level, goal);
      if (!matches.isEmpty() || depth >= maxHidden) {
        return matches;
      }
      Map<Object, Entry> next = new LinkedHashMap<>();
      for (Entry e : level.values()) {
        if (goal.exact && e.node != e.origin && !e.node.last.notifications().isEmpty()) {
          continue; // an exact log would show what this step reported: it must be the last
        }
        for (Step step : StepMenu.from(e.node.state)) {
          Outcome o = Engine.next(e.node.state, step);
          if (o.rejected()) {
            continue;
          }
          Node child = new Node(o.state(), o, e.node.state.currentRoute(), null);
          Object key = child.key();
          Entry known = next.get(key);
          if (known != null) {
            if (known.origin == e.origin) {
              addPaths(known, e, step);
            }
            continue;
          }
          if (!visited.add(key) || next.size() >= MAX_LEVEL) {
            continue;
          }
          Entry made = new Entry(e.origin, child, append(e.paths.get(0), step));
          for (int i = 1; i < e.paths.size(); i++) {
            made.paths.add(append(e.paths.get(i), step));
          }
          next.put(key, made);
          if (reached.size() < 64) {
            reached.putIfAbsent(
                o.decision().route(), new Reached(o.decision().route(), made.paths.get(0), o));
          }
        }
      }
      if (next.isEmpty()) {
        return List.of();
      }
      level = next;
    }
  }

  private static void addPaths(Entry into, Entry from, Step step) {
    for (List<Step> p : from.paths) {
      if (into.paths.size() >= Explainer.MAX_ALTERNATIVES + 1) {
        return;
      }
      into.paths.add(append(p, step));
    }
  }

  private static List<Match> matches(Map<Object, Entry> level, Goal goal) {
    List<Match> out = new ArrayList<>();
    for (Entry e : level.values()) {
      Node n = e.node;
      if (goal.logged()) {
        Map<Object, List<List<Step>>> byEnd = new LinkedHashMap<>();
        Map<Object, Node> ends = new LinkedHashMap<>();
        for (Step step : goal.steps(n.state)) {
          Outcome o = Engine.next(n.state, step);
          if (o.rejected()) {
            continue;
          }
          Node end = new Node(o.state(), o, n.state.currentRoute(), null);
          ends.putIfAbsent(end.key(), end);
          List<List<Step>> paths = byEnd.computeIfAbsent(end.key(), k -> new ArrayList<>());
          for (List<Step> p : e.paths) {
            paths.add(append(p, step));
          }
        }
        for (Map.Entry<Object, Node> end : ends.entrySet()) {
          out.add(new Match(e.origin, byEnd.get(end.getKey()), end.getValue()));
        }
      } else if (goal.holds(n.state, n.last, n.before)) {
        out.add(new Match(e.origin, e.paths, n));
      }
    }
    return out;
  }

  private static List<Step> append(List<Step> path, Step step) {
    List<Step> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(step);
    return out;
  }
}
