package dev.callroute.trace;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Explains a test log and keeps every result, for assertions. */
record TraceRun(Trace.Result result, List<Explained> explained) {
  static TraceRun of(String resource) throws IOException {
    return of(resource, Map.of());
  }

  static TraceRun of(String resource, Map<String, String> assumed) throws IOException {
    return of(file(resource), assumed);
  }

  static TraceRun of(Path file, Map<String, String> assumed) throws IOException {
    List<Explained> out = new ArrayList<>();
    Trace.Result r =
        Trace.explain(
            List.of(file),
            List.of(file.getFileName().toString()),
            new Trace.Options(Explainer.DEFAULT_MAX_HIDDEN, "", true, assumed),
            out::add);
    return new TraceRun(r, out);
  }

  static Path file(String resource) {
    try {
      return Path.of(TraceRun.class.getResource("/logs/" + resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The checked observations' verdicts, in order, as {@code line:status}. */
  List<String> verdicts() {
    return explained.stream()
        .filter(e -> e.status() != Explained.Status.NOTE)
        .map(e -> e.observation().at().line() + ":" + e.status().name().toLowerCase())
        .collect(Collectors.toList());
  }

  /** The first explanation's steps of each explained observation, joined by {@code ; }. */
  List<String> firstSteps() {
    return explained.stream()
        .filter(e -> e.status() == Explained.Status.EXPLAINED)
        .map(
            e ->
                e.alternatives().get(0).steps().stream()
                    .map(Explained.ExplainedStep::step)
                    .collect(Collectors.joining("; ")))
        .collect(Collectors.toList());
  }

  String summary() {
    return result.summary().line();
  }
}
