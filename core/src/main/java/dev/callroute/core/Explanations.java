package dev.callroute.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders decisions as text, on demand: the engine itself builds no strings. Routes are described
 * with accessory ids and display names; rules with their ID and sentence.
 */
public final class Explanations {
  private Explanations() {}

  /**
   * A route in words, such as {@code output bluetoothHFP (airpods "Dana's AirPods"), input
   * bluetoothHFP (airpods "Dana's AirPods")}.
   */
  public static String describe(World world, Route route) {
    return "output "
        + port(world, route.output(), route.outputAccessory())
        + ", input "
        + port(world, route.input(), route.inputAccessory());
  }

  /** One port in words: its name, and the accessory's id and display name when it has one. */
  public static String port(World world, Port port, int accessory) {
    if (accessory == Route.BUILT_IN) {
      return port.specName();
    }
    Accessory a = world.accessory(accessory);
    return a.name().equals(a.id())
        ? port.specName() + " (" + a.id() + ")"
        : port.specName() + " (" + a.id() + " \"" + a.name() + "\")";
  }

  /** A rule as one line: its ID, a colon and its sentence. */
  public static String line(Rule rule) {
    return rule.id() + ": " + rule.sentence();
  }

  /**
   * The explanation of one outcome: the route line, a rejection line if the step was rejected, and
   * one line per rule that decided, in the order the rules applied.
   */
  public static List<String> lines(World world, Outcome outcome) {
    List<String> out = new ArrayList<>();
    out.add("route: " + describe(world, outcome.decision().route()));
    if (outcome instanceof Outcome.Rejected) {
      Rejection r = ((Outcome.Rejected) outcome).rejection();
      out.add("rejected: " + r.message() + " (" + r.rule().id() + ")");
    }
    for (Rule rule : outcome.decision().rules()) {
      out.add(line(rule));
    }
    return List.copyOf(out);
  }
}
