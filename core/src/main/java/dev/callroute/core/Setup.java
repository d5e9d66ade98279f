package dev.callroute.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where every replay starts: a world, its Call Audio Routing, and the accessories connected before
 * the first step, in order. {@link #play} is the one loop that replays steps through {@link
 * Engine#next}; scenario files, the explorer and the doctor replay through it.
 *
 * @param world the accessories and the app
 * @param callAudioRouting the setting at the start
 * @param connectedFirst ids of accessories connected before the first step, in this order
 */
public record Setup(World world, CallAudioRouting callAudioRouting, List<String> connectedFirst) {
  /** Checks the values; the ids must name distinct accessories of the world. */
  public Setup {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    connectedFirst = List.copyOf(connectedFirst);
  }

  /**
   * The state before the first step.
   *
   * @throws IllegalArgumentException if an id is unknown or listed twice
   */
  public State initialState() {
    return State.initial(world, callAudioRouting, connectedFirst);
  }

  /** Plays the steps in order from {@link #initialState()}, going on after a rejected one. */
  public Played play(List<Step> steps) {
    State start = initialState();
    State s = start;
    List<Outcome> outcomes = new ArrayList<>(steps.size());
    int firstRejected = -1;
    for (Step step : steps) {
      Outcome o = Engine.next(s, step);
      if (firstRejected < 0 && o.rejected()) {
        firstRejected = outcomes.size();
      }
      outcomes.add(o);
      s = o.state();
    }
    return new Played(start, outcomes, firstRejected);
  }

  /**
   * What {@link #play} gave.
   *
   * @param start the state before the first step
   * @param outcomes the outcome of every step, in order
   * @param firstRejected the index of the first rejected step, or -1 when none was rejected
   */
  public record Played(State start, List<Outcome> outcomes, int firstRejected) {
    /** Checks the values. */
    public Played {
      Objects.requireNonNull(start, "start");
      outcomes = List.copyOf(outcomes);
      if (firstRejected < -1 || firstRejected >= Math.max(outcomes.size(), 1)) {
        throw new IllegalArgumentException("firstRejected out of range: " + firstRejected);
      }
    }

    /** The state after the last step, or the start when there was none. */
    public State last() {
      return outcomes.isEmpty() ? start : outcomes.get(outcomes.size() - 1).state();
    }

    /** The first rejected step's outcome, if a step was rejected. */
    public Optional<Outcome.Rejected> firstRejection() {
      return firstRejected < 0
          ? Optional.empty()
          : Optional.of((Outcome.Rejected) outcomes.get(firstRejected));
    }
  }
}
