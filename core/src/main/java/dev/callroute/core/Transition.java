package dev.callroute.core;

/**
 * What one step did, as the invariants read it: an {@link Outcome}, or the reusable result of a
 * {@link Stepper}, which answers without building one.
 */
public interface Transition {
  /** Whether the step was rejected. */
  boolean rejected();

  /** The state after the step: the state before it when the step was rejected. */
  StateView after();

  /** The same transition as the {@link Outcome} {@link Engine#next} returns. */
  Outcome outcome();
}
