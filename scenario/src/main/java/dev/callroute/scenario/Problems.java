package dev.callroute.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the problems of one file, each at the node it is about. */
final class Problems {
  private final Path file;
  private final List<Problem> list = new ArrayList<>();

  Problems(Path file) {
    this.file = file;
  }

  /** Reports a problem at this node. */
  void add(Node node, String message) {
    add(at(node), message);
  }

  /** Reports a problem at this position. */
  void add(SourcePosition at, String message) {
    list.add(Problem.at(file, at, message));
  }

  /** Whether any problem was reported. */
  boolean any() {
    return !list.isEmpty();
  }

  /** How many problems were reported so far. */
  int count() {
    return list.size();
  }

  /**
   * The problems in file order: the first {@link Limits#MAX_PROBLEMS}, then one that says how many
   * more there are.
   */
  List<Problem> sorted() {
    List<Problem> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    if (out.size() <= Limits.MAX_PROBLEMS) {
      return out;
    }
    int more = out.size() - Limits.MAX_PROBLEMS;
    Problem next = out.get(Limits.MAX_PROBLEMS);
    List<Problem> shown = new ArrayList<>(out.subList(0, Limits.MAX_PROBLEMS));
    shown.add(
        Problem.at(
            file,
            next.position(),
            "and "
                + Limits.count(more)
                + (more == 1 ? " more problem" : " more problems")
                + " from here on, not shown (at most "
                + Limits.MAX_PROBLEMS
                + " are listed per file)"));
    return shown;
  }

  /** Where a node starts, 1-based. */
  static SourcePosition at(Node node) {
    return node.getStartMark().map(Problems::at).orElse(SourcePosition.START);
  }

  /** A 0-based mark as a 1-based position. */
  static SourcePosition at(Mark mark) {
    return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
  }
}
