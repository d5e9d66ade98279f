package dev.callroute.trace;

import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.World;
import dev.callroute.trace.read.LoggedPort;
import dev.callroute.trace.read.LoggedRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A logged route in the model's terms: an output and an input port, each tied to an accessory
 * index. What the log does not say matches anything: {@code null} port, {@link #ANY} accessory.
 *
 * @param output the output port, or null for any
 * @param outputAccessory its accessory index, {@link Route#BUILT_IN}, or {@link #ANY}
 * @param input the input port, or null for any
 * @param inputAccessory its accessory index, {@link Route#BUILT_IN}, or {@link #ANY}
 */
record RoutePattern(Port output, int outputAccessory, Port input, int inputAccessory) {
  /** Any accessory. */
  static final int ANY = -2;

  /**
   * A logged route resolved against the catalog.
   *
   * @param pattern the route in the model's terms; empty when outside the model
   * @param outside the ports outside the model, as the log names them
   */
  record Resolved(Optional<RoutePattern> pattern, List<String> outside) {}

  /** Resolves a logged route: the first output and first input in the model count. */
  static Resolved resolve(LoggedRoute r, Catalog catalog) {
    List<String> outside = new ArrayList<>();
    Port out = null;
    int outAcc = ANY;
    LoggedPort outPort = null;
    for (LoggedPort p : r.outputs()) {
      Optional<Port> port = catalog.portOf(p);
      if (port.isEmpty() || (port.get().isAccessoryPort() && !known(p, port.get(), catalog))) {
        outside.add(p.display());
      } else if (out == null) {
        out = port.get();
        outPort = p;
      }
    }
    Port in = null;
    int inAcc = ANY;
    LoggedPort inPort = null;
    for (LoggedPort p : r.inputs()) {
      Optional<Port> port = catalog.portOf(p);
      if (port.isEmpty() || (port.get().isAccessoryPort() && !known(p, port.get(), catalog))) {
        outside.add(p.display());
      } else if (in == null) {
        in = port.get() == Port.HEADPHONES ? Port.HEADSET_MIC : port.get();
        inPort = p;
      }
    }
    outside = new ArrayList<>(new java.util.LinkedHashSet<>(outside));
    if (!outside.isEmpty() || out == null) {
      if (outside.isEmpty()) {
        outside.add("(no output)");
      }
      return new Resolved(Optional.empty(), outside);
    }
    if (out.isAccessoryPort()) {
      outAcc =
          outPort.name().isEmpty() && outPort.uid().isEmpty() ? ANY : catalog.indexOf(outPort, out);
    } else {
      outAcc = Route.BUILT_IN;
    }
    if (r.inputsKnown()) {
      if (in == null) {
        in = Port.NONE;
        inAcc = Route.BUILT_IN;
      } else {
        inAcc = in.isAccessoryPort() ? catalog.indexOf(inPort, in) : Route.BUILT_IN;
      }
    }
    // Where only names are logged, HFP or A2DP follows from the input (§1: one accessory).
    if (outPort.type().isEmpty()
        && out == Port.BLUETOOTH_HFP
        && r.inputsKnown()
        && (in != Port.BLUETOOTH_HFP || inAcc != outAcc)) {
      out = Port.BLUETOOTH_A2DP;
    }
    if (out.isOutput() && in != null && !in.isInput()) {
      in = null;
    }
    return new Resolved(Optional.of(new RoutePattern(out, outAcc, in, inAcc)), List.of());
  }

  private static boolean known(LoggedPort p, Port port, Catalog catalog) {
    return (p.name().isEmpty() && p.uid().isEmpty()) || catalog.indexOf(p, port) >= 0;
  }

  /** Whether the model's route is this one. */
  boolean matches(Route r) {
    return (output == null || output == r.output())
        && (outputAccessory == ANY || outputAccessory == r.outputAccessory())
        && (input == null || input == r.input())
        && (inputAccessory == ANY || inputAccessory == r.inputAccessory());
  }

  /** The route in the model's words, such as {@code output bluetoothHFP (airpods), input …}. */
  String describe(World world) {
    return "output "
        + port(world, output, outputAccessory)
        + ", input "
        + port(world, input, inputAccessory);
  }

  private static String port(World world, Port p, int accessory) {
    if (p == null) {
      return "(not logged)";
    }
    if (accessory == ANY) {
      return p.specName() + " (an accessory)";
    }
    return dev.callroute.core.Explanations.port(world, p, accessory);
  }
}
