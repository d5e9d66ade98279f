package dev.callroute.scenario;

import dev.callroute.core.Step;
import java.util.Objects;

/** One entry of a scenario's {@code steps}: an action for the engine, or an expectation. */
public sealed interface ScenarioStep {
  /** Where the entry is in the file. */
  SourcePosition at();

  /**
   * A step the engine plays.
   *
   * @param step the step
   * @param at where it is written
   */
  record Action(Step step, SourcePosition at) implements ScenarioStep {
    public Action {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * An {@code expect}: checks the state after the most recent action.
   *
   * @param expectation what must hold
   * @param at where it is written
   */
  record Expect(Expectation expectation, SourcePosition at) implements ScenarioStep {
    public Expect {
      Objects.requireNonNull(expectation, "expectation");
      Objects.requireNonNull(at, "at");
    }
  }
}
