package dev.callroute.doctor;

import dev.callroute.core.Decision;
import dev.callroute.core.Rejection;
import dev.callroute.core.Route;
import dev.callroute.core.State;
import java.util.Objects;
import java.util.Optional;

/**
 * What playing a {@link Repro} gave: the state and decision after its last step, or the first
 * rejected step.
 *
 * @param state the state after the last step played
 * @param decision the decision of the last step played
 * @param rejection the first rejected step's rejection, if a step was rejected
 * @param rejectedStep the 0-based index of the rejected step, or -1
 */
public record Playback(
    State state, Decision decision, Optional<Rejection> rejection, int rejectedStep) {
  public Playback {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(rejection, "rejection");
  }

  /** The current route after the last step. */
  public Route route() {
    return state.currentRoute();
  }

  /** Whether every step happened. */
  public boolean completed() {
    return rejection.isEmpty();
  }
}
