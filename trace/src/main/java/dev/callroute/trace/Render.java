package dev.callroute.trace;

import dev.callroute.core.Engine;
import dev.callroute.core.Explanations;
import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import dev.callroute.scenario.Expectation;
import dev.callroute.scenario.ScenarioText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Explanations in words, and the expectations that pin an observation in a written scenario. */
final class Render {
  /** The most allowed routes listed at a deviation. */
  static final int MAX_ALLOWED = 6;

  private Render() {}

  /** The steps as scenario text, for comparing explanations. */
  static List<String> texts(List<Step> path) {
    return path.stream().map(ScenarioText::step).collect(Collectors.toList());
  }

  /** One explanation, replayed from its start to name the rules of each step. */
  static Explained.Alternative alternative(State from, List<Step> path, boolean lastLogged) {
    List<Explained.ExplainedStep> steps = new ArrayList<>();
    State s = from;
    for (int i = 0; i < path.size(); i++) {
      Outcome o = Engine.next(s, path.get(i));
      s = o.state();
      steps.add(
          new Explained.ExplainedStep(
              ScenarioText.step(path.get(i)),
              lastLogged && i == path.size() - 1,
              o.decision().rules(),
              o.notifications(),
              Explanations.describe(s.world(), o.decision().route())));
    }
    return new Explained.Alternative(steps);
  }

  /** The routes the model reaches at a deviation, first found first. */
  static List<Explained.Allowed> allowed(Map<Route, Search.Reached> reached, World world) {
    List<Explained.Allowed> out = new ArrayList<>();
    for (Search.Reached r : reached.values()) {
      if (out.size() >= MAX_ALLOWED) {
        break;
      }
      out.add(
          new Explained.Allowed(
              Explanations.describe(world, r.route()),
              String.join(", ", texts(r.path())),
              r.outcome().decision().rules()));
    }
    return out;
  }

  /**
   * The {@code expect} that pins an explained observation in a written scenario: the route reached
   * for a route, and the notification the log gave; empty when nothing is checkable.
   */
  static Optional<Expectation> pin(Goal goal, State state, Outcome last) {
    Optional<String> output = Optional.empty();
    Optional<String> input = Optional.empty();
    List<Notification> notified = new ArrayList<>();
    if (goal.route != null) {
      Route r = state.currentRoute();
      output = Optional.of(word(state.world(), r.output(), r.outputAccessory()));
      input = Optional.of(word(state.world(), r.input(), r.inputAccessory()));
    }
    if (goal.notification != null) {
      notified.add(goal.notification);
    }
    if (last != null) {
      if (goal.kind == dev.callroute.trace.read.ObservationKind.INTERRUPTION_BEGAN) {
        notified.add(Notification.INTERRUPTION_BEGAN);
      }
      if (goal.kind == dev.callroute.trace.read.ObservationKind.INTERRUPTION_ENDED) {
        notified.add(Notification.INTERRUPTION_ENDED);
      }
    }
    if (output.isEmpty() && notified.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Expectation(
            output,
            input,
            Map.of(),
            Optional.empty(),
            notified,
            List.of(),
            Optional.empty(),
            List.of()));
  }

  private static String word(World world, Port port, int accessory) {
    return accessory == Route.BUILT_IN ? port.specName() : world.accessory(accessory).id();
  }
}
