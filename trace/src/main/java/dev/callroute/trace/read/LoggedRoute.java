package dev.callroute.trace.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A route as a log shows it: its input and output ports, in the log's order.
 *
 * @param inputs the input ports; empty for no input (or when {@code inputsKnown} is false)
 * @param outputs the output ports
 * @param inputsKnown whether the log says what the inputs are; a JavaScript payload such as {@code
 *     { output: 'Speaker' }} gives the output alone
 */
public record LoggedRoute(List<LoggedPort> inputs, List<LoggedPort> outputs, boolean inputsKnown) {
  public LoggedRoute {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }

  /** The route in the log's words: {@code in: … / out: …}. */
  public String display() {
    return "in: " + (inputsKnown ? list(inputs) : "(not logged)") + " / out: " + list(outputs);
  }

  private static String list(List<LoggedPort> ports) {
    return ports.isEmpty()
        ? "(none)"
        : ports.stream().map(LoggedPort::display).collect(Collectors.joining(", "));
  }
}
