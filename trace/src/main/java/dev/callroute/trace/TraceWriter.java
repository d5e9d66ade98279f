package dev.callroute.trace;

import dev.callroute.core.Step;
import dev.callroute.core.VoipState;
import dev.callroute.scenario.Expectation;
import dev.callroute.scenario.FinalExpect;
import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioDraft;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import dev.callroute.scenario.ScenarioText;
import dev.callroute.scenario.ScenarioWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an explanation as a scenario file (format 1): the hypothesis as the world, the steps, and
 * after each observation an {@code expect} pinning the route reached and the notification logged.
 * The text is played before it is returned: it passes {@code callroute run}.
 */
final class TraceWriter {
  private static final String NO_STEPS = "steps: []\n";

  private TraceWriter() {}

  /**
   * The scenario text.
   *
   * @param w the explanation
   * @param sources the logs, as named in the description
   * @param fileName the name the file will have, for messages while checking it
   * @throws IllegalStateException if the text does not pass when played (a bug)
   */
  static String write(Explainer.Written w, List<String> sources, Path fileName) {
    List<Object> entries = w.chain().entries();
    String facts =
        w.hypothesis().facts().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    String description =
        "Written by callroute trace from "
            + String.join(", ", sources)
            + ". Each expect pins a route or a notification the log shows. Facts the log may leave"
            + " open are taken as: "
            + facts
            + "."
            + (w.stoppedAt().isEmpty()
                ? ""
                : " The explanation stops early: " + w.stoppedAt() + ".");
    ScenarioDraft header =
        new ScenarioDraft(
            "Trace of " + String.join(", ", sources),
            description,
            w.hypothesis().world(),
            w.hypothesis().setting(),
            w.chain().connectedFirst,
            List.of(),
            new FinalExpect("", "", Map.of(), VoipState.IDLE, false, false, List.of()));
    String head = ScenarioWriter.write(header);
    if (!head.endsWith(NO_STEPS)) {
      throw new IllegalStateException("unexpected scenario header: " + head);
    }
    StringBuilder b = new StringBuilder(head.substring(0, head.length() - NO_STEPS.length()));
    b.append("steps:\n");
    if (entries.isEmpty()) {
      b.setLength(b.length() - 1);
      b.append(" []\n");
    }
    CallNames names = new CallNames();
    for (Object e : entries) {
      b.append("  - ");
      if (e instanceof Step) {
        b.append(ScenarioText.step(names.rename((Step) e)));
      } else {
        b.append(ScenarioText.expect((Expectation) e));
      }
      b.append('\n');
    }
    String text = b.toString();
    ReadResult read = ScenarioReader.read(text, fileName);
    if (!read.valid()) {
      throw new IllegalStateException("the written scenario is invalid: " + read.problems());
    }
    PlayReport report = ScenarioPlayer.play(read.scenario().orElseThrow());
    if (!report.passed()) {
      throw new IllegalStateException("the written scenario fails: " + report.failures());
    }
    return text;
  }

  /** Renames a call id declared again after its call ended: ids are unique in a file. */
  private static final class CallNames {
    private final Map<String, String> current = new HashMap<>();
    private final Map<String, Integer> declared = new HashMap<>();

    Step rename(Step s) {
      if (s instanceof Step.IncomingCall || s instanceof Step.Dial) {
        String id =
            s instanceof Step.IncomingCall
                ? ((Step.IncomingCall) s).call()
                : ((Step.Dial) s).call();
        int n = declared.merge(id, 1, Integer::sum);
        String name = n == 1 ? id : id + "-" + n;
        current.put(id, name);
        return s instanceof Step.IncomingCall
            ? new Step.IncomingCall(name, ((Step.IncomingCall) s).type())
            : new Step.Dial(name, ((Step.Dial) s).type());
      }
      if (s instanceof Step.Answer) {
        Step.Answer a = (Step.Answer) s;
        return new Step.Answer(current.getOrDefault(a.call(), a.call()), a.via());
      }
      if (s instanceof Step.Decline) {
        String c = ((Step.Decline) s).call();
        return new Step.Decline(current.getOrDefault(c, c));
      }
      if (s instanceof Step.End) {
        String c = ((Step.End) s).call();
        return new Step.End(current.getOrDefault(c, c));
      }
      return s;
    }
  }
}
