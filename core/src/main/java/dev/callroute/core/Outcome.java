package dev.callroute.core;

import java.util.List;
import java.util.Objects;

/** What a step did: applied, with its notifications, or rejected with a reason. */
public sealed interface Outcome extends Transition {
  /** The state after the step; the unchanged state when the step was rejected. */
  State state();

  /** The state after the step, as {@link #state()}. */
  @Override
  default StateView after() {
    return state();
  }

  /** This outcome. */
  @Override
  default Outcome outcome() {
    return this;
  }

  /** What the step reported, in order; empty when rejected. */
  List<Notification> notifications();

  /** The current route after the step, and the rules that decided it. */
  Decision decision();

  /** Whether the step was rejected. */
  @Override
  boolean rejected();

  /** A step that happened. */
  record Applied(State state, List<Notification> notifications, Decision decision)
      implements Outcome {
    public Applied {
      Objects.requireNonNull(state, "state");
      notifications = List.copyOf(notifications);
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public boolean rejected() {
      return false;
    }
  }

  /** A step that could not happen: the state is unchanged. */
  record Rejected(State state, Rejection rejection, Decision decision) implements Outcome {
    public Rejected {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(rejection, "rejection");
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public List<Notification> notifications() {
      return List.of();
    }

    @Override
    public boolean rejected() {
      return true;
    }
  }
}
