package dev.callroute.trace;

import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.Route;
import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first search, for one hypothesis, of the fewest hidden steps from the current nodes that
 * explain one observation. Nodes are merged by state and last notifications; each keeps up to
 * {@link Explainer#MAX_ALTERNATIVES} different paths of the same length.
 */
final class Search {
  /** The most distinct states kept on one level, so that a search is bounded whatever the world. */
  static final int MAX_LEVEL = 20_000;

  /** A path of steps as a persistent list, newest last, sharing its start with its siblings. */
  private static final class Path {
    final Path parent;
    final Step step;
    final int size;

    Path(Path parent, Step step) {
      this.parent = parent;
      this.step = step;
      this.size = parent == null ? 0 : parent.size + 1;
    }

    List<Step> toList() {
      Step[] steps = new Step[size];
      for (Path p = this; p.parent != null; p = p.parent) {
        steps[p.size - 1] = p.step;
      }
      return List.of(steps);
    }
  }

  private static final Path EMPTY = new Path(null, null);

  /** A node on a level, with where its paths started. */
  private static final class Entry {
    final Node origin;
    final Node node;
    final int depth;
    final List<Path> paths = new ArrayList<>(1);

    Entry(Node origin, Node node, int depth, Path path) {
      this.origin = origin;
      this.node = node;
      this.depth = depth;
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
    return run(from, goal, maxHidden, reached, false, new Children());
  }

  /**
   * Searches; with {@code every}, goes on to {@code maxHidden} and returns the matches at every
   * depth, the shallowest first, so that no state consistent with the observation is left out;
   * otherwise as {@link #run(List, Goal, int, Map)}. The steps from each state come from {@code
   * children}.
   */
  static List<Match> run(
      List<Node> from,
      Goal goal,
      int maxHidden,
      Map<Route, Reached> reached,
      boolean every,
      Children children) {
    List<Match> all = new ArrayList<>();
    Map<Object, Entry> seen = new HashMap<>();
    List<Entry> level = new ArrayList<>();
    for (Node n : from) {
      Entry e = new Entry(n, n, 0, EMPTY);
      if (seen.putIfAbsent(n.key(), e) == null) {
        level.add(e);
      }
    }
    for (int depth = 0; ; depth++) {
      all.addAll(matches(level, goal));
      if ((!every && !all.isEmpty()) || depth >= maxHidden) {
        return all;
      }
      List<Entry> next = new ArrayList<>();
      for (Entry e : level) {
        if (goal.exact && e.node != e.origin && !e.node.last.notifications().isEmpty()) {
          continue; // an exact log would show what this step reported: it must be the last
        }
        Route before = e.node.state.currentRoute();
        for (Children.Child c : children.of(e.node.state)) {
          Step step = c.step();
          Outcome o = c.outcome();
          Node child = new Node(o.state(), o, before, null);
          Object key = child.key();
          Entry known = seen.get(key);
          if (known != null) {
            if (known.depth == depth + 1 && known.origin == e.origin) {
              for (Path p : e.paths) {
                if (known.paths.size() > Explainer.MAX_ALTERNATIVES) {
                  break;
                }
                known.paths.add(new Path(p, step));
              }
            }
            continue;
          }
          if (next.size() >= MAX_LEVEL) {
            continue;
          }
          Entry made = new Entry(e.origin, child, depth + 1, new Path(e.paths.get(0), step));
          for (int i = 1; i < e.paths.size(); i++) {
            made.paths.add(new Path(e.paths.get(i), step));
          }
          seen.put(key, made);
          next.add(made);
          if (reached.size() < 64) {
            reached.putIfAbsent(
                o.decision().route(),
                new Reached(o.decision().route(), made.paths.get(0).toList(), o));
          }
        }
      }
      if (next.isEmpty()) {
        return all;
      }
      level = next;
    }
  }

  /**
   * The paths (found under another hypothesis) that explain the goal from these nodes, replayed:
   * each step must happen, and the goal hold at the end; empty when none does.
   */
  static List<Match> replay(List<Node> from, Goal goal, List<List<Step>> paths) {
    List<Match> out = new ArrayList<>();
    for (Node origin : from) {
      for (List<Step> path : paths) {
        Node n = origin;
        boolean ok = true;
        for (int i = 0; i < path.size() && ok; i++) {
          Step step = path.get(i);
          boolean last = i == path.size() - 1;
          if (goal.exact && n != origin && !n.last.notifications().isEmpty()) {
            ok = false;
            break;
          }
          if (last && goal.logged() && !goal.steps(n.state).contains(step)) {
            ok = false;
            break;
          }
          Outcome o = Engine.next(n.state, step);
          ok = !o.rejected();
          n = new Node(o.state(), o, n.state.currentRoute(), null);
        }
        if (ok
            && (goal.logged()
                || (goal.holds(n.state, n.last, n.before)
                    && (n == origin || goal.opensWith(n.last))))) {
          out.add(new Match(origin, List.of(path), n));
        }
      }
    }
    return out;
  }

  private static List<Match> matches(List<Entry> level, Goal goal) {
    List<Match> out = new ArrayList<>();
    for (Entry e : level) {
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
          for (Path p : e.paths) {
            paths.add(new Path(p, step).toList());
          }
        }
        for (Map.Entry<Object, Node> end : ends.entrySet()) {
          out.add(new Match(e.origin, byEnd.get(end.getKey()), end.getValue()));
        }
      } else if (goal.holds(n.state, n.last, n.before)
          && (n == e.origin || goal.opensWith(n.last))) {
        List<List<Step>> paths = new ArrayList<>(e.paths.size());
        for (Path p : e.paths) {
          paths.add(p.toList());
        }
        out.add(new Match(e.origin, paths, n));
      }
    }
    return out;
  }
}
