package dev.callroute.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.Finding;
import dev.callroute.explore.Query;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The explorer over JSON, from a session's current state: {@code {"reach": EXPR}} finds the
 * shortest steps to a matching state and adds them to the session; {@code {"never": EXPR}} shows a
 * shortest counterexample or says that the condition holds. The work of one request is capped, and
 * one search runs at a time.
 */
final class ExploreJson {
  private final ServeLimits limits;
  private final Semaphore oneAtATime;

  /** Explores within these limits, one search (or diagnosis) at a time under {@code heavyWork}. */
  ExploreJson(ServeLimits limits, Semaphore heavyWork) {
    this.limits = limits;
    this.oneAtATime = heavyWork;
  }

  /** Runs heavy work (a search, a diagnosis) when no other runs; a 503 after 10 s of waiting. */
  static <T> T exclusively(Semaphore heavyWork, java.util.function.Supplier<T> work) {
    boolean acquired;
    try {
      acquired = heavyWork.tryAcquire(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new ApiError(503, "another search or diagnosis is running; try again in a moment");
    }
    try {
      return work.get();
    } finally {
      heavyWork.release();
    }
  }

  /** Thrown from the progress callback to stop a search past the cap. */
  private static final class Capped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Capped() {
      super(null, null, false, false);
    }
  }

  /** Runs one query on the session; reach paths are added to it. */
  ObjectNode run(Session session, JsonNode body) {
    boolean reach = body.has("reach");
    if (reach == body.has("never")) {
      throw ApiError.badRequest("give exactly one of 'reach' or 'never', such as output=airpods");
    }
    String text = StepJson.text(body, reach ? "reach" : "never");
    if (text.length() > 500) {
      throw ApiError.badRequest("a query has at most 500 characters");
    }
    Session.Snapshot before = session.snapshot();
    State now = before.replay().last();
    Query query;
    try {
      query = Query.parse(text, before.world());
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    ExploreOptions options =
        new ExploreOptions(
            ExploreOptions.DEFAULT_MAX_CALLS,
            limits.maxExploreDepth(),
            reach ? List.of() : List.of(query),
            reach ? Optional.of(query) : Optional.empty());
    ExploreResult result = search(now, before, options);
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("query", text);
    // The fields of `callroute explore --format json`, with the same names and meanings.
    out.put("complete", result.complete());
    out.putNull("stoppedBy");
    if (result.complete()) {
      out.putNull("cutOffAtDepth");
    } else {
      out.put("cutOffAtDepth", limits.maxExploreDepth());
    }
    out.put("states", result.states());
    out.put("transitions", result.transitions());
    out.put("maxDepth", result.maxDepth());
    ArrayNode violations = out.putArray("violations");
    result
        .violations()
        .forEach(f -> finding(violations.addObject().put("property", f.property()), f));
    if (reach) {
      Optional<Finding> found = result.reached();
      out.put("result", found.isPresent() ? "reached" : "unreachable");
      ObjectNode node = out.putObject("reach");
      node.put("found", found.isPresent());
      if (found.isPresent()) {
        finding(node, found.get());
        out.set(
            "session", SessionJson.render(session.addAll(found.get().steps(), limits.maxSteps())));
      }
    } else {
      out.put(
          "result",
          result.violations().stream().anyMatch(f -> f.property().startsWith("--never"))
              ? "violated"
              : "holds");
      out.putNull("reach");
    }
    return out;
  }

  private ExploreResult search(State now, Session.Snapshot s, ExploreOptions options) {
    return exclusively(
        oneAtATime,
        () -> {
          try {
            Explorer explorer = new Explorer(now, Choices.declared(s.steps()), options);
            long cap = limits.maxExploreStates();
            return explorer.run(
                (states, transitions, depth) -> {
                  if (states > cap) {
                    throw new Capped();
                  }
                });
          } catch (Capped e) {
            throw new ApiError(
                422,
                "the search stopped after "
                    + limits.maxExploreStates()
                    + " states, the cap of one request; remove an accessory or use callroute"
                    + " explore");
          } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
          }
        });
  }

  /** A finding as the command line has it ({@code steps}, counted) plus the {@code path}. */
  private static void finding(ObjectNode out, Finding f) {
    out.put("steps", f.steps().size());
    ArrayNode path = out.putArray("path");
    for (Step st : f.steps()) {
      path.add(StepJson.render(st));
    }
  }
}
