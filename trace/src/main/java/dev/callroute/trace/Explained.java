package dev.callroute.trace;

import dev.callroute.core.Notification;
import dev.callroute.core.Rule;
import dev.callroute.trace.read.Observation;
import java.util.List;
import java.util.Objects;

/**
 * What the explanation says about one observation.
 *
 * @param observation the observation
 * @param status explained, a deviation, outside the model, or a note (not checked)
 * @param modelRoute for a route, the observed route in the model's words; otherwise empty
 * @param alternatives the shortest explanations, up to {@link Explainer#MAX_ALTERNATIVES}, in a
 *     fixed order; empty for a deviation, outside the model and a note
 * @param tooMany whether more explanations of the same length exist than are shown
 * @param allowed for a deviation, what the model allows at that point
 * @param remark a sentence about a restart, the ports outside the model, or a pinned fact; empty
 */
public record Explained(
    Observation observation,
    Status status,
    String modelRoute,
    List<Alternative> alternatives,
    boolean tooMany,
    List<Allowed> allowed,
    String remark) {
  public Explained {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(modelRoute, "modelRoute");
    alternatives = List.copyOf(alternatives);
    allowed = List.copyOf(allowed);
    Objects.requireNonNull(remark, "remark");
  }

  /** The verdicts. */
  public enum Status {
    /** The model produces what was observed, after the hidden steps shown. */
    EXPLAINED,
    /**
     * No explanation within the hidden-step bound: the device left the model, or the model has a
     * gap.
     */
    DEVIATION,
    /** The observation involves ports outside the model, or falls in a stretch that does. */
    OUTSIDE,
    /** Shown for context, not checked. */
    NOTE
  }

  /**
   * One explanation: the steps between the previous observation and this one.
   *
   * @param steps hidden steps first, then the logged step when the observation is one
   */
  public record Alternative(List<ExplainedStep> steps) {
    public Alternative {
      steps = List.copyOf(steps);
    }
  }

  /**
   * A step of an explanation, in words.
   *
   * @param step the step as a scenario writes it, such as {@code answer: c1}
   * @param logged whether the log shows this step (a CallKit action, an app request) rather than
   *     the search supposing it
   * @param rules the rules that decided the route after it
   * @param notifications what it reported
   * @param route the route after it, in the model's words
   */
  public record ExplainedStep(
      String step,
      boolean logged,
      List<Rule> rules,
      List<Notification> notifications,
      String route) {
    public ExplainedStep {
      Objects.requireNonNull(step, "step");
      rules = List.copyOf(rules);
      notifications = List.copyOf(notifications);
      Objects.requireNonNull(route, "route");
    }
  }

  /**
   * A route the model allows at a deviation.
   *
   * @param route the route in words
   * @param via the steps that reach it, such as {@code dial: {id: c1, type: app}}
   * @param rules the rules that decided it
   */
  public record Allowed(String route, String via, List<Rule> rules) {
    public Allowed {
      Objects.requireNonNull(route, "route");
      Objects.requireNonNull(via, "via");
      rules = List.copyOf(rules);
    }
  }
}
