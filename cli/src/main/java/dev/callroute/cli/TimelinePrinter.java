package dev.callroute.cli;

import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.Rule;
import dev.callroute.core.World;
import dev.callroute.scenario.ExpectationFailure;
import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.Problem;
import dev.callroute.scenario.Quote;
import dev.callroute.scenario.ScenarioStep;
import dev.callroute.scenario.ScenarioText;
import dev.callroute.scenario.StepReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints {@code callroute run} results as text timelines laid out for the terminal's width, file by
 * file. Long values (accessory names, steps) are shortened with a marker so that every row stays
 * short; names, descriptions and steps from the files are shown with control characters escaped.
 * Quiet, it prints only what failed, and the counts.
 */
final class TimelinePrinter implements RunOutput {
  /** The longest route label shown whole in a row. */
  static final int MAX_LABEL_WIDTH = 40;

  /** The longest step text shown whole. */
  static final int MAX_STEP_TEXT = 100;

  private static final int MAX_STEP_WIDTH = 36;
  private static final int LABEL_INDENT = 7;
  private static final int LABEL_WIDTH = 10;

  private final PrintWriter out;
  private final Terminal t;
  private final boolean quiet;
  private final List<String> failures = new ArrayList<>();
  private long played;
  private long passed;
  private long invalid;
  private final int textWidth;
  private int stepWidth;
  private int outputWidth;

  /** A printer; {@code quiet} prints only invalid files, failed scenarios and the counts. */
  TimelinePrinter(PrintWriter out, Terminal terminal, boolean quiet) {
    this.out = out;
    this.t = terminal;
    this.quiet = quiet;
    this.textWidth = terminal.width() - LABEL_INDENT - LABEL_WIDTH;
  }

  @Override
  public void start(List<String> found) {
    if (!quiet && !found.isEmpty()) {
      found.forEach(f -> out.println(t.dim(f)));
      out.println();
    }
  }

  @Override
  public void file(RunResult r) {
    played++;
    if (r.invalid()) {
      invalid++;
      invalid(r);
      out.println();
    } else if (r.passed()) {
      passed++;
      if (!quiet) {
        scenario(r.report().orElseThrow(), failures);
        out.println();
      }
    } else if (quiet) {
      failed(r.report().orElseThrow());
      out.println();
    } else {
      scenario(r.report().orElseThrow(), failures);
      out.println();
    }
    out.flush();
  }

  @Override
  public void finish(List<String> errors, List<String> found) {
    if (!failures.isEmpty()) {
      out.println(t.bold("Failed expectations:"));
      failures.forEach(f -> out.println("  " + f));
      out.println();
    }
    if (invalid > 0) {
      out.println(
          invalid + (invalid == 1 ? " file is" : " files are") + " invalid, not played: failed");
    }
    out.println(passed + " passed, " + (played - passed) + " failed");
    out.flush();
  }

  /** A failed scenario in one heading and its failed expectations, for quiet output. */
  private void failed(PlayReport report) {
    out.println(
        t.red(t.bold("FAIL"))
            + "  "
            + t.bold(Quote.shortened(report.scenario().name()))
            + t.dim("  " + report.scenario().source()));
    for (StepReport row : report.rows()) {
      for (ExpectationFailure f : row.failures()) {
        out.println("  " + report.scenario().source() + ":" + f.at() + ": " + f);
      }
    }
  }

  private void invalid(RunResult r) {
    int n = r.read().problems().size();
    out.println(
        t.red(t.bold("INVALID"))
            + "  "
            + Terminal.escape(r.file().toString())
            + t.dim(": " + n + (n == 1 ? " problem" : " problems") + ", not played"));
    for (Problem p : r.read().problems()) {
      out.println(Terminal.escape(p.toString()));
    }
  }

  private void scenario(PlayReport report, List<String> failures) {
    String verdict = report.passed() ? t.green(t.bold("PASS")) : t.red(t.bold("FAIL"));
    List<String> name = wrap(report.scenario().name(), t.width() - 6);
    out.println(verdict + "  " + t.bold(name.get(0)));
    name.subList(1, name.size()).forEach(line -> out.println("      " + t.bold(line)));
    out.println("      " + t.dim(Terminal.escape(report.scenario().source().toString())));
    if (!report.scenario().description().isEmpty()) {
      for (String line : wrap(report.scenario().description(), t.width() - 6)) {
        out.println("      " + t.dim(line));
      }
    }
    out.println();
    World world = report.scenario().world();
    stepWidth = 4;
    outputWidth = 6;
    int inputWidth = 5;
    for (StepReport row : report.rows()) {
      Route route = row.outcome().decision().route();
      outputWidth =
          Math.max(outputWidth, label(world, route.output(), route.outputAccessory()).length());
      inputWidth =
          Math.max(inputWidth, label(world, route.input(), route.inputAccessory()).length());
    }
    int maxStep = Math.min(MAX_STEP_WIDTH, t.width() - 5 - 2 - outputWidth - 2 - inputWidth);
    for (StepReport row : report.rows()) {
      int step = Terminal.escape(Quote.shortened(row.text(), MAX_STEP_TEXT)).length();
      stepWidth = Math.max(stepWidth, step <= maxStep ? step : 0);
    }
    out.println(
        t.dim(
            "  #  "
                + padRight("step", stepWidth)
                + "  "
                + padRight("output", outputWidth)
                + "  input"));
    for (int i = 0; i < report.rows().size(); i++) {
      row(i, report.rows().get(i), world);
      for (ExpectationFailure f : report.rows().get(i).failures()) {
        failures.add(Terminal.escape(report.scenario().source() + ":" + f.at() + ": " + f));
      }
    }
  }

  private void row(int index, StepReport row, World world) {
    String step = Terminal.escape(Quote.shortened(row.text(), MAX_STEP_TEXT));
    Route route = row.outcome().decision().route();
    String output = label(world, route.output(), route.outputAccessory());
    String input = label(world, route.input(), route.inputAccessory());
    String number = String.format("%3d  ", index);
    String columns = padRight(output, outputWidth) + "  " + input;
    if (step.length() <= stepWidth) {
      out.println(number + t.bold(padRight(step, stepWidth)) + "  " + columns);
    } else {
      out.println(number + t.bold(step));
      out.println(Terminal.pad(5 + stepWidth + 2) + columns);
    }
    Outcome outcome = row.outcome();
    if (outcome instanceof Outcome.Rejected) {
      detail("rejected", ((Outcome.Rejected) outcome).rejection().message(), t::yellow);
    }
    if (!outcome.notifications().isEmpty()) {
      detail(
          "notified",
          outcome.notifications().stream()
              .map(Notification::specName)
              .collect(Collectors.joining(", ")),
          s -> s);
    }
    String label = "why";
    if (outcome.decision().rules().isEmpty()) {
      detail(label, "no rule applied: the route stays as it was", t::dim);
    }
    for (Rule rule : outcome.decision().rules()) {
      List<String> lines = Terminal.wrap(rule.id() + ": " + rule.sentence(), textWidth);
      String first = lines.get(0);
      lines.set(0, t.cyan(rule.id()) + first.substring(rule.id().length()));
      labelled(label, lines);
      label = "";
    }
    for (ExpectationFailure f : row.failures()) {
      if (row.expects().stream().noneMatch(e -> e.at().equals(f.at()))) {
        detail("FAILED", f.toString(), t::red);
      }
    }
    for (ScenarioStep.Expect e : row.expects()) {
      expect(e, row.failuresOf(e));
    }
  }

  private void expect(ScenarioStep.Expect e, List<ExpectationFailure> failures) {
    String text = ScenarioText.expectValue(e.expectation());
    String plain = failures.isEmpty() ? "ok" : "FAILED (line " + e.at().line() + ")";
    String verdict =
        failures.isEmpty() ? t.green(plain) : t.red("FAILED") + plain.substring("FAILED".length());
    List<String> lines = wrap(text, textWidth - plain.length() - 2);
    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "  " + verdict);
    labelled("expect", lines);
    for (ExpectationFailure f : failures) {
      for (String line : wrap("x " + f, textWidth)) {
        out.println(Terminal.pad(LABEL_INDENT + LABEL_WIDTH) + t.red(line));
      }
    }
  }

  private void detail(String label, String text, java.util.function.UnaryOperator<String> style) {
    List<String> lines = wrap(text, textWidth);
    lines.replaceAll(style);
    labelled(label, lines);
  }

  private void labelled(String label, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String l = i == 0 ? padRight(label, LABEL_WIDTH) : Terminal.pad(LABEL_WIDTH);
      out.println(Terminal.pad(LABEL_INDENT) + t.dim(l) + lines.get(i));
    }
  }

  /** The label of a route direction, shortened when an accessory's name is long. */
  private static String label(World world, Port port, int accessory) {
    return Quote.shortened(world.label(port, accessory), MAX_LABEL_WIDTH);
  }

  /** Wrapped lines with control characters escaped: text from files never styles the terminal. */
  private static List<String> wrap(String text, int width) {
    return Terminal.wrap(Terminal.escape(text, true), width);
  }

  private static String padRight(String s, int width) {
    return s.length() >= width ? s : s + Terminal.pad(width - s.length());
  }
}
