package dev.callroute.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Engine#next} without building anything: one reusable working copy, stepped again and
 * again. For callers that try millions of steps and keep few of the results, such as the state
 * explorer.
 *
 * <p>It is the same step function, not a second rule book: {@link #step} resets its {@link Draft}
 * to the state and runs {@link Engine#dispatch} and {@link Engine#settle}, exactly what {@code
 * Engine.next} runs on a new draft; only the last part, building the {@link Outcome}, is left to
 * {@link #outcome()}, on demand. {@code StepperEquivalenceProperties} checks on random states and
 * steps, with one stepper reused throughout, that the successor, notifications, route and rules
 * equal {@code Engine.next}'s, and {@code StepperAllocationTest} that stepping allocates nothing.
 *
 * <p>The result of a step reads through this object ({@link #after()} is a view of the working
 * copy) and is valid until the next {@link #step}. Not thread-safe: one stepper per thread.
 */
public final class Stepper implements Transition {
  private final Draft draft = new Draft();
  private Rejection rejection;
  private boolean routeChanged;

  /** A stepper with nothing stepped yet. */
  public Stepper() {}

  /**
   * Applies the step to the state, as {@link Engine#next} would; returns whether it applied (false:
   * rejected). Allocates nothing once the values it keeps ({@link Interned}) are warm.
   */
  public boolean step(State from, Step step) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(step, "step");
    draft.reset(from); // the state stepped from is the draft's before
    rejection = Engine.dispatch(draft, step);
    if (rejection != null) {
      routeChanged = false;
      return false;
    }
    routeChanged = Engine.settle(draft);
    return true;
  }

  private void requireStepped() {
    if (draft.before == null) {
      throw new IllegalStateException("nothing stepped yet");
    }
  }

  @Override
  public boolean rejected() {
    requireStepped();
    return rejection != null;
  }

  /** The rejection of the last step, when it was rejected. */
  public Optional<Rejection> rejection() {
    requireStepped();
    return Optional.ofNullable(rejection);
  }

  /**
   * The state after the last step: the state it was taken from when rejected, else a view of the
   * working copy, valid until the next step ({@link StateView#toState()} keeps it).
   */
  @Override
  public StateView after() {
    requireStepped();
    return rejection != null ? draft.before : draft;
  }

  /** Whether the last step applied and left every component of the state as it was. */
  public boolean unchanged() {
    requireStepped();
    return rejection == null && draft.unchanged();
  }

  /** The current route after the last step, as {@link Decision#route()} of its outcome. */
  public Route route() {
    requireStepped();
    return rejection != null ? draft.beforeRoute() : draft.now;
  }

  /** The rules that decided, packed as {@link Decision#packedRules()} of its outcome. */
  public long packedRules() {
    requireStepped();
    return rejection != null ? Decision.append(0L, rejection.rule()) : draft.rules;
  }

  /** What the last step reported, in order, as {@link Outcome#notifications()}. */
  public List<Notification> notifications() {
    requireStepped();
    return rejection != null ? List.of() : Engine.notifications(draft, routeChanged);
  }

  /** The last step's outcome, built: equal to {@code Engine.next(from, step)}. */
  @Override
  public Outcome outcome() {
    requireStepped();
    return rejection != null
        ? Engine.rejected(draft.before, rejection)
        : Engine.applied(draft, routeChanged);
  }
}
