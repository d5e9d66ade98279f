package dev.callroute.scenario;

import dev.callroute.core.CallState;
import dev.callroute.core.Notification;
import dev.callroute.core.Rule;
import dev.callroute.core.VoipState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@code expect} checks. Absent or empty parts are not checked; at least one part is given.
 *
 * @param output a port name, an accessory id or {@code none} that the route's output must match
 * @param input likewise for the input
 * @param calls call id to the state it must be in, in file order
 * @param voip the state the app's VoIP call must be in
 * @param notified notifications the step must have reported, in this order
 * @param notNotified notifications the step must not have reported
 * @param rejected whether the step must have been rejected, or must not
 * @param rules rule IDs that the step's explanation must name
 */
public record Expectation(
    Optional<String> output,
    Optional<String> input,
    Map<String, CallState> calls,
    Optional<VoipState> voip,
    List<Notification> notified,
    List<Notification> notNotified,
    Optional<Boolean> rejected,
    List<Rule> rules) {
  public Expectation {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(input, "input");
    calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    Objects.requireNonNull(voip, "voip");
    notified = List.copyOf(notified);
    notNotified = List.copyOf(notNotified);
    Objects.requireNonNull(rejected, "rejected");
    rules = List.copyOf(rules);
  }

  /** Whether this expectation checks nothing. */
  public boolean isEmpty() {
    return output.isEmpty()
        && input.isEmpty()
        && calls.isEmpty()
        && voip.isEmpty()
        && notified.isEmpty()
        && notNotified.isEmpty()
        && rejected.isEmpty()
        && rules.isEmpty();
  }

  /** Whether this expectation says {@code rejected: true}. */
  public boolean expectsRejection() {
    return rejected.orElse(false);
  }
}
