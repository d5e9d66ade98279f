package dev.callroute.cli;

import dev.callroute.core.Rule;
import dev.callroute.trace.Explained;
import dev.callroute.trace.Summary;
import dev.callroute.trace.read.Observation;
import dev.callroute.trace.read.ReadStats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Prints {@code callroute trace} as a text timeline laid out for the terminal, like {@code run}.
 */
final class TracePrinter {
  private static final int LABEL_INDENT = 7;
  private static final int LABEL_WIDTH = 11;

  private final PrintWriter out;
  private final Terminal t;
  private final int textWidth;
  private int number;

  TracePrinter(PrintWriter out, Terminal terminal) {
    this.out = out;
    this.t = terminal;
    this.textWidth = terminal.width() - LABEL_INDENT - LABEL_WIDTH;
  }

  /** The heading: the logs and the app's process. */
  void header(List<String> names, String app) {
    out.println(t.bold("TRACE") + "  " + t.bold(String.join(", ", names)));
    String process =
        app.isEmpty()
            ? "app process: not named in the log (every process's lines are kept)"
            : "app process: " + app;
    for (String line : Terminal.wrap(process, t.width() - LABEL_INDENT)) {
      out.println(Terminal.pad(LABEL_INDENT) + t.dim(line));
    }
    out.println();
    out.flush();
  }

  /** One observation and its explanation. */
  void observation(Explained e) {
    Observation o = e.observation();
    boolean note = e.status() == Explained.Status.NOTE;
    String num = note ? "     " : String.format("%3d  ", ++number);
    String rest =
        (o.time().isEmpty() ? "" : o.time() + "  ")
            + t.dim("[" + o.format() + "]")
            + "  "
            + verdict(e);
    int restWidth =
        (o.time().isEmpty() ? 0 : o.time().length() + 2)
            + o.format().length()
            + 4
            + plain(e).length();
    String at = o.at().toString();
    if (num.length() + at.length() + 2 + restWidth <= t.width()) {
      out.println(num + at + "  " + rest);
    } else {
      out.println(num + at);
      out.println(Terminal.pad(LABEL_INDENT) + rest);
    }
    labelled("observed", Terminal.wrap(o.describe(), textWidth), note ? t::dim : s -> s);
    if (!e.modelRoute().isEmpty()) {
      detail("route", e.modelRoute(), s -> s);
    }
    o.reason()
        .filter(r -> o.kind() == dev.callroute.trace.read.ObservationKind.ROUTE)
        .ifPresent(r -> detail("reason", r.display(), s -> s));
    List<Explained.Alternative> alts = e.alternatives();
    for (int i = 0; i < alts.size(); i++) {
      String label = alts.size() == 1 ? "steps" : "steps " + (i + 1) + "/" + alts.size();
      alternative(label, alts.get(i));
    }
    if (alts.size() > 1 || e.tooMany()) {
      detail(
          "",
          (e.tooMany() ? "more explanations of the same length exist; " : "")
              + "the log cannot tell these apart",
          t::yellow);
    }
    for (Explained.Allowed a : e.allowed()) {
      detail(
          "allowed",
          a.route()
              + (a.via().isEmpty() ? "" : " after " + a.via())
              + (a.rules().isEmpty() ? "" : " (" + ids(a.rules()) + ")"),
          s -> s);
    }
    if (e.status() == Explained.Status.DEVIATION && e.allowed().isEmpty()) {
      detail("allowed", "nothing the model reaches within the hidden-step bound", t::dim);
    }
    if (!e.remark().isEmpty()) {
      detail("", e.remark(), t::dim);
    }
    out.flush();
  }

  private static String plain(Explained e) {
    switch (e.status()) {
      case EXPLAINED:
        return "explained";
      case DEVIATION:
        return "DEVIATION";
      case OUTSIDE:
        return "outside the model";
      default:
        return "note";
    }
  }

  private String verdict(Explained e) {
    switch (e.status()) {
      case EXPLAINED:
        return t.green("explained");
      case DEVIATION:
        return t.red(t.bold("DEVIATION"));
      case OUTSIDE:
        return t.yellow("outside the model");
      default:
        return t.dim("note");
    }
  }

  private void alternative(String label, Explained.Alternative a) {
    if (a.steps().isEmpty()) {
      detail(label, "none: the model is already there", t::dim);
      return;
    }
    for (Explained.ExplainedStep s : a.steps()) {
      String text =
          s.step()
              + (s.logged() ? "  (logged)" : "  (hidden)")
              + (s.notifications().isEmpty()
                  ? ""
                  : "  → "
                      + String.join(
                          ", ",
                          s.notifications().stream()
                              .map(dev.callroute.core.Notification::specName)
                              .toArray(String[]::new)));
      detail(label, text, t::bold);
      label = "";
      for (Rule r : s.rules()) {
        List<String> lines = Terminal.wrap(r.id() + ": " + r.sentence(), textWidth - 2);
        lines.replaceAll(l -> "  " + l);
        labelled("", lines, t::dim);
      }
    }
  }

  /** The facts, the reading counts, and the summary as the last line. */
  void finish(Summary s, ReadStats stats, List<String> messages) {
    out.println();
    if (!s.facts().isEmpty()) {
      out.println(t.bold("What the log leaves open:"));
      for (Map.Entry<String, List<String>> f : s.facts().entrySet()) {
        List<String> v = f.getValue();
        String fact = f.getKey() + " " + String.join(" or ", v);
        String note = v.size() == 1 ? "(pinned down by the trace)" : "(the log cannot tell)";
        if (2 + fact.length() + 2 + note.length() <= t.width()) {
          out.println("  " + fact + "  " + t.dim(note));
        } else {
          List<String> lines = Terminal.wrap(fact + " " + note, t.width() - 4);
          for (int i = 0; i < lines.size(); i++) {
            out.println(Terminal.pad(i == 0 ? 2 : 4) + lines.get(i));
          }
        }
      }
      out.println();
    }
    String read =
        stats.lines()
            + " lines read, "
            + stats.skipped()
            + " skipped (no known shape), "
            + stats.otherProcesses()
            + " from other processes";
    Terminal.wrap(read, t.width()).forEach(l -> out.println(t.dim(l)));
    messages.forEach(out::println);
    out.println(s.line());
    out.flush();
  }

  private static String ids(List<Rule> rules) {
    return String.join(", ", rules.stream().map(Rule::id).toArray(String[]::new));
  }

  private void detail(String label, String text, UnaryOperator<String> style) {
    labelled(label, Terminal.wrap(text, textWidth), style);
  }

  private void labelled(String label, List<String> lines, UnaryOperator<String> style) {
    for (int i = 0; i < lines.size(); i++) {
      String l = i == 0 ? pad(label) : Terminal.pad(LABEL_WIDTH);
      out.println(Terminal.pad(LABEL_INDENT) + t.dim(l) + style.apply(lines.get(i)));
    }
  }

  private static String pad(String s) {
    return s.length() >= LABEL_WIDTH ? s + " " : s + Terminal.pad(LABEL_WIDTH - s.length());
  }
}
