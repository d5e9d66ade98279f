package dev.callroute.trace;

import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hidden steps the engine applies from a state, with their outcomes, remembered for the states
 * met most recently: the searches of consecutive observations start from much the same states. At
 * most {@link #MAX_STATES} states are remembered; past it, the memory starts again empty.
 */
final class Children {
  /** The most states whose steps are remembered at once. */
  static final int MAX_STATES = 4_096;

  /**
   * A step the engine applies, and what it gives.
   *
   * @param step the step, from {@link StepMenu}
   * @param outcome its outcome, not rejected
   */
  record Child(Step step, Outcome outcome) {}

  private final Map<State, List<Child>> known = new HashMap<>();

  /** The steps of {@link StepMenu#from} that the engine applies from this state, in that order. */
  List<Child> of(State s) {
    List<Child> out = known.get(s);
    if (out != null) {
      return out;
    }
    List<Child> made = new ArrayList<>();
    for (Step step : StepMenu.from(s)) {
      Outcome o = Engine.next(s, step);
      if (!o.rejected()) {
        made.add(new Child(step, o));
      }
    }
    if (known.size() >= MAX_STATES) {
      known.clear();
    }
    out = List.copyOf(made);
    known.put(s, out);
    return out;
  }
}
