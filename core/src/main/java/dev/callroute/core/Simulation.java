package dev.callroute.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java API for app teams: build a world, apply steps, read the route and why it was chosen.
 *
 * <pre>{@code
 * Simulation sim =
 *     Simulation.builder()
 *         .accessory("airpods", AccessoryKind.BLUETOOTH_HEADSET).named("Dana's AirPods").connected()
 *         .app(App.DEFAULT)
 *         .build();
 * sim.apply(Steps.incomingCall("c1"), Steps.answer("c1"));
 * sim.route();   // builtInReceiver + builtInMic
 * sim.explain(); // the route in words, then "call.answer-on-iphone: ..."
 * }</pre>
 *
 * <p>A simulation is a thin, mutable holder around the pure {@link Engine#next}: it keeps the
 * current {@link State} and the outcome of every step applied. Rejected steps are outcomes, not
 * exceptions: they leave the state unchanged. Not thread-safe.
 */
public final class Simulation {
  private final World world;
  private State state;
  private final List<Outcome> history = new ArrayList<>();

  private Simulation(State initial) {
    this.world = initial.world();
    this.state = initial;
  }

  /** A simulation starting from this state. */
  public static Simulation of(State initial) {
    return new Simulation(Objects.requireNonNull(initial, "initial"));
  }

  /**
   * A simulation of a setup: its world, Call Audio Routing and accessories connected first.
   *
   * @throws IllegalArgumentException if an id is unknown or listed twice
   */
  public static Simulation of(Setup setup) {
    return new Simulation(setup.initialState());
  }

  /**
   * A simulation of this world, with this Call Audio Routing and these accessories connected before
   * the first step, in this order: {@code of(new Setup(world, callAudioRouting, connectedFirst))}.
   *
   * @throws IllegalArgumentException if an id is unknown or listed twice
   * @deprecated kept for app teams' existing code; use {@link #of(Setup)}
   */
  @Deprecated
  public static Simulation of(
      World world, CallAudioRouting callAudioRouting, List<String> connectedFirst) {
    return of(new Setup(world, callAudioRouting, connectedFirst));
  }

  /** A builder for a world, its settings and what is connected at the start. */
  public static SimulationBuilder builder() {
    return new SimulationBuilder();
  }

  /** Applies one step and returns what it did; a rejected step leaves the state unchanged. */
  public Outcome apply(Step step) {
    Objects.requireNonNull(step, "step");
    Outcome outcome = Engine.next(state, step);
    history.add(outcome);
    state = outcome.state();
    return outcome;
  }

  /**
   * Applies the steps in order, going on after a rejected one, and returns the outcome of the last.
   *
   * @throws IllegalArgumentException if no step is given
   */
  public Outcome apply(Step... steps) {
    if (steps.length == 0) {
      throw new IllegalArgumentException("apply needs at least one step");
    }
    Outcome last = null;
    for (Step step : steps) {
      last = apply(step);
    }
    return last;
  }

  /** The world: its accessories and app. */
  public World world() {
    return world;
  }

  /** The current state. */
  public State state() {
    return state;
  }

  /** The current route. */
  public Route route() {
    return state.currentRoute();
  }

  /** The current route in words, with accessory ids and names. */
  public String describeRoute() {
    return Explanations.describe(world, route());
  }

  /** The outcome of the most recent step, if any step was applied. */
  public Optional<Outcome> lastOutcome() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** The outcomes of every step applied so far, oldest first. */
  public List<Outcome> history() {
    return List.copyOf(history);
  }

  /** The rules that decided the most recent step, in the order they applied; empty before one. */
  public List<Rule> rules() {
    return lastOutcome().map(o -> o.decision().rules()).orElse(List.of());
  }

  /** The notifications of the most recent step, in order; empty before one. */
  public List<Notification> notifications() {
    return lastOutcome().map(Outcome::notifications).orElse(List.of());
  }

  /**
   * Why the route is what it is, rendered now: a line describing the route, a rejection line if the
   * most recent step was rejected, then one line per rule ({@code rule.id: sentence}).
   */
  public List<String> explain() {
    return lastOutcome()
        .map(o -> Explanations.lines(world, o))
        .orElse(List.of("route: " + describeRoute()));
  }
}
