package dev.callroute.explore;

import dev.callroute.core.Invariant;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.Stepper;
import dev.callroute.core.Transition;
import java.util.ArrayList;
import java.util.List;

/** A property every transition must have; the explorer checks the spec's invariants 1-7. */
public interface TransitionCheck {
  /** The property in words, as counterexamples name it. */
  String property();

  /** Whether the property holds after {@code step} took {@code before} to {@code outcome}. */
  boolean holds(State before, Step step, Outcome outcome);

  /**
   * The same check on a transition read through views, such as a {@link Stepper}'s result, which
   * the explorer checks without building an {@link Outcome}. By default it builds one and asks
   * {@link #holds(State, Step, Outcome)}; the spec's invariants read the views directly.
   */
  default boolean holds(State before, Step step, Transition transition) {
    return holds(before, step, transition.outcome());
  }

  /**
   * Whether the check reads only the state after the step: then the explorer computes it once for
   * the transitions that leave a state as it was (rejected steps, steps that change nothing).
   */
  default boolean stateOnly() {
    return false;
  }

  /** A check of one of the spec's invariants. */
  static TransitionCheck of(Invariant invariant) {
    return new OfInvariant(invariant);
  }

  /**
   * The check of one of the spec's invariants.
   *
   * @param invariant the invariant checked
   */
  record OfInvariant(Invariant invariant) implements TransitionCheck {
    public OfInvariant {
      java.util.Objects.requireNonNull(invariant, "invariant");
    }

    @Override
    public String property() {
      return "invariant " + invariant.number() + " (" + invariant.description() + ")";
    }

    @Override
    public boolean holds(State before, Step step, Outcome outcome) {
      return invariant.holds(before, step, outcome);
    }

    @Override
    public boolean holds(State before, Step step, Transition transition) {
      return invariant.holds(before, step, transition);
    }

    @Override
    public boolean stateOnly() {
      return invariant.stateOnly();
    }
  }

  /** The spec's invariants 1-7, in order. */
  static List<TransitionCheck> invariants() {
    List<TransitionCheck> all = new ArrayList<>();
    for (Invariant i : Invariant.values()) {
      all.add(of(i));
    }
    return List.copyOf(all);
  }
}
