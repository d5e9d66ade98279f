package dev.callroute.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.callroute.core.Notification;
import dev.callroute.core.Rule;
import dev.callroute.trace.Explained;
import dev.callroute.trace.Summary;
import dev.callroute.trace.read.Observation;
import dev.callroute.trace.read.ReadStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code callroute trace --format json}: one JSON document with the content of the text,
 * streamed observation by observation so that a long trace needs no more memory than a short one.
 */
final class TraceJson {
  private final JsonGenerator g;

  TraceJson(Writer out) {
    try {
      g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void header(List<String> names, String app) {
    io(
        () -> {
          g.writeStartObject();
          g.writeArrayFieldStart("files");
          for (String n : names) {
            g.writeString(n);
          }
          g.writeEndArray();
          g.writeStringField("app", app);
          g.writeArrayFieldStart("observations");
        });
  }

  void observation(Explained e) {
    io(
        () -> {
          Observation o = e.observation();
          g.writeStartObject();
          g.writeStringField("source", o.at().toString());
          g.writeStringField("file", o.at().file());
          g.writeNumberField("line", o.at().line());
          g.writeStringField("time", o.time());
          g.writeStringField("format", o.format());
          g.writeStringField("process", o.process());
          g.writeStringField("kind", o.kind().name().toLowerCase(java.util.Locale.ROOT));
          g.writeStringField("observed", o.describe());
          if (o.reason().isPresent()) {
            g.writeStringField("reason", o.reason().get().camelName());
          }
          g.writeStringField("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
          if (!e.modelRoute().isEmpty()) {
            g.writeStringField("route", e.modelRoute());
          }
          g.writeArrayFieldStart("explanations");
          for (Explained.Alternative a : e.alternatives()) {
            g.writeStartArray();
            for (Explained.ExplainedStep s : a.steps()) {
              g.writeStartObject();
              g.writeStringField("step", s.step());
              g.writeBooleanField("logged", s.logged());
              g.writeArrayFieldStart("rules");
              for (Rule r : s.rules()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("sentence", r.sentence());
                g.writeEndObject();
              }
              g.writeEndArray();
              g.writeArrayFieldStart("notified");
              for (Notification n : s.notifications()) {
                g.writeString(n.specName());
              }
              g.writeEndArray();
              g.writeStringField("route", s.route());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          g.writeEndArray();
          g.writeBooleanField("indistinguishable", e.alternatives().size() > 1 || e.tooMany());
          if (e.status() == Explained.Status.DEVIATION) {
            g.writeArrayFieldStart("allowed");
            for (Explained.Allowed a : e.allowed()) {
              g.writeStartObject();
              g.writeStringField("route", a.route());
              g.writeStringField("via", a.via());
              g.writeArrayFieldStart("rules");
              for (Rule r : a.rules()) {
                g.writeString(r.id());
              }
              g.writeEndArray();
              g.writeEndObject();
            }
            g.writeEndArray();
          }
          if (!e.remark().isEmpty()) {
            g.writeStringField("remark", e.remark());
          }
          g.writeEndObject();
        });
  }

  void finish(Summary s, ReadStats stats, List<String> messages) {
    io(
        () -> {
          g.writeEndArray();
          g.writeObjectFieldStart("facts");
          for (Map.Entry<String, List<String>> f : s.facts().entrySet()) {
            g.writeObjectFieldStart(f.getKey());
            g.writeArrayFieldStart("possible");
            for (String v : f.getValue()) {
              g.writeString(v);
            }
            g.writeEndArray();
            g.writeBooleanField("pinned", f.getValue().size() == 1);
            g.writeEndObject();
          }
          g.writeEndObject();
          g.writeObjectFieldStart("lines");
          g.writeNumberField("read", stats.lines());
          g.writeNumberField("skipped", stats.skipped());
          g.writeNumberField("otherProcesses", stats.otherProcesses());
          g.writeEndObject();
          g.writeArrayFieldStart("messages");
          for (String m : messages) {
            g.writeString(m);
          }
          g.writeEndArray();
          g.writeObjectFieldStart("counts");
          g.writeNumberField("observations", s.observations());
          g.writeNumberField("explained", s.explained());
          g.writeNumberField("deviations", s.deviations());
          g.writeNumberField("outside", s.outside());
          g.writeEndObject();
          g.writeStringField("summary", s.line());
          g.writeEndObject();
          g.writeRaw('\n');
          g.flush();
        });
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void io(Io action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
