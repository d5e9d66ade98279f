package dev.callroute.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.Rule;
import dev.callroute.core.World;
import dev.callroute.scenario.ExpectationFailure;
import dev.callroute.scenario.PlayReport;
import dev.callroute.scenario.Problem;
import dev.callroute.scenario.ScenarioStep;
import dev.callroute.scenario.ScenarioText;
import dev.callroute.scenario.SourcePosition;
import dev.callroute.scenario.StepReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@code callroute run} results as one JSON document with the content of the text. The
 * document is streamed file by file, so its size is bounded by the output, not by memory.
 */
final class RunJson implements RunOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PrintWriter out;
  private final JsonGenerator json;
  private long passed;
  private long played;
  private long invalid;

  /** Starts the document on {@code out}. */
  RunJson(PrintWriter out) {
    this.out = out;
    try {
      json =
          MAPPER
              .getFactory()
              .createGenerator(out)
              .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
              .useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void file(RunResult r) {
    ObjectNode f = MAPPER.createObjectNode();
    f.put("file", r.file().toString());
    f.put("status", r.status());
    if (r.invalid()) {
      ArrayNode problems = f.putArray("problems");
      for (Problem p : r.read().problems()) {
        ObjectNode node = problems.addObject();
        if (!p.wholeFile()) {
          node.put("line", p.line()).put("column", p.column());
        }
        node.put("message", p.message()).put("text", p.toString());
      }
      invalid++;
    } else {
      scenario(f, r.report().orElseThrow());
    }
    played++;
    passed += r.passed() ? 1 : 0;
    try {
      json.writeTree(f);
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish(List<String> errors, List<String> found) {
    try {
      json.writeEndArray();
      json.writeArrayFieldStart("errors");
      for (String e : errors) {
        json.writeString(e);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("found");
      for (String f : found) {
        json.writeString(f);
      }
      json.writeEndArray();
      json.writeNumberField("passed", passed);
      json.writeNumberField("failed", played - passed);
      json.writeNumberField("invalid", invalid);
      json.writeEndObject();
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private static void scenario(ObjectNode f, PlayReport report) {
    f.put("name", report.scenario().name());
    f.put("description", report.scenario().description());
    World world = report.scenario().world();
    ArrayNode steps = f.putArray("steps");
    for (int i = 0; i < report.rows().size(); i++) {
      StepReport row = report.rows().get(i);
      ObjectNode s = steps.addObject();
      s.put("index", i);
      s.put("step", row.text());
      row.action().ifPresent(a -> position(s, a.at()));
      Outcome outcome = row.outcome();
      s.put("rejected", outcome.rejected());
      if (outcome instanceof Outcome.Rejected) {
        s.put("rejection", ((Outcome.Rejected) outcome).rejection().message());
      }
      Route route = outcome.decision().route();
      port(s.putObject("output"), world, route.output(), route.outputAccessory());
      port(s.putObject("input"), world, route.input(), route.inputAccessory());
      ArrayNode notes = s.putArray("notifications");
      outcome.notifications().stream().map(Notification::specName).forEach(notes::add);
      ArrayNode rules = s.putArray("rules");
      for (Rule rule : outcome.decision().rules()) {
        rules.addObject().put("id", rule.id()).put("sentence", rule.sentence());
      }
      ArrayNode expects = s.putArray("expects");
      for (ScenarioStep.Expect e : row.expects()) {
        ObjectNode x = expects.addObject();
        position(x, e.at());
        x.put("expect", ScenarioText.expectValue(e.expectation()));
        x.put("passed", row.failuresOf(e).isEmpty());
      }
      ArrayNode failures = s.putArray("failures");
      for (ExpectationFailure failure : row.failures()) {
        ObjectNode x = failures.addObject();
        position(x, failure.at());
        x.put("key", failure.key())
            .put("expected", failure.expected())
            .put("actual", failure.actual())
            .put("text", failure.toString());
      }
    }
  }

  private static void position(ObjectNode node, SourcePosition at) {
    node.put("line", at.line()).put("column", at.column());
  }

  private static void port(ObjectNode node, World world, Port port, int accessory) {
    node.put("port", port.specName());
    if (accessory != Route.BUILT_IN) {
      node.put("accessory", world.accessory(accessory).id());
    }
    node.put("label", world.label(port, accessory));
  }
}
