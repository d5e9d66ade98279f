package dev.callroute.scenario;

import dev.callroute.core.CallState;
import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.Rule;
import dev.callroute.core.VoipState;
import dev.callroute.core.Words;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks one {@code expect} against the outcome of the step before it. */
final class ExpectationCheck {
  private ExpectationCheck() {}

  /** What did not hold, in the order of the format's keys; empty when everything held. */
  static List<ExpectationFailure> check(ScenarioStep.Expect expect, Outcome outcome, World world) {
    Expectation e = expect.expectation();
    List<ExpectationFailure> out = new ArrayList<>();
    Route route = outcome.decision().route();
    e.output()
        .filter(w -> !matches(w, route.output(), route.outputAccessory(), world))
        .ifPresent(
            w ->
                out.add(
                    failure(
                        expect,
                        "output",
                        w,
                        world.label(route.output(), route.outputAccessory()))));
    e.input()
        .filter(w -> !matches(w, route.input(), route.inputAccessory(), world))
        .ifPresent(
            w ->
                out.add(
                    failure(
                        expect, "input", w, world.label(route.input(), route.inputAccessory()))));
    for (Map.Entry<String, CallState> c : e.calls().entrySet()) {
      CallState actual = outcome.state().callState(c.getKey());
      if (actual != c.getValue()) {
        out.add(failure(expect, "calls." + c.getKey(), c.getValue().specName(), actual.specName()));
      }
    }
    VoipState voip = outcome.state().voipState();
    e.voip()
        .filter(v -> v != voip)
        .ifPresent(v -> out.add(failure(expect, "voip", v.specName(), voip.specName())));
    List<Notification> reported = outcome.notifications();
    if (!inOrder(e.notified(), reported)) {
      out.add(
          failure(
              expect,
              "notified",
              names(e.notified()) + " in this order",
              reported.isEmpty() ? "no notifications" : names(reported)));
    }
    List<Notification> unwanted =
        e.notNotified().stream()
            .filter(n -> reported.stream().anyMatch(n::matches))
            .collect(Collectors.toList());
    if (!unwanted.isEmpty()) {
      out.add(failure(expect, "notNotified", "none of " + names(e.notNotified()), names(reported)));
    }
    e.rejected()
        .filter(r -> r != outcome.rejected())
        .ifPresent(r -> out.add(failure(expect, "rejected", r.toString(), rejection(outcome))));
    List<Rule> decided = outcome.decision().rules();
    List<Rule> missing =
        e.rules().stream().filter(r -> !decided.contains(r)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      out.add(
          failure(
              expect,
              "rules",
              "the explanation to name " + ids(missing),
              decided.isEmpty() ? "it names no rule" : "it names " + ids(decided)));
    }
    return out;
  }

  /** Whether a port name, accessory id or {@code none} matches a port of a route. */
  static boolean matches(String word, Port port, int accessory, World world) {
    Optional<Port> named = Words.port(word);
    if (named.isPresent()) {
      return named.get() == port;
    }
    int index = world.indexOf(word);
    return index >= 0 && index == accessory && port != Port.NONE;
  }

  private static boolean inOrder(List<Notification> expected, List<Notification> reported) {
    int i = 0;
    for (Notification r : reported) {
      if (i < expected.size() && expected.get(i).matches(r)) {
        i++;
      }
    }
    return i == expected.size();
  }

  private static String rejection(Outcome outcome) {
    return outcome instanceof Outcome.Rejected
        ? "true: " + ((Outcome.Rejected) outcome).rejection().message()
        : "false: the step happened";
  }

  private static ExpectationFailure failure(
      ScenarioStep.Expect expect, String key, String expected, String actual) {
    return new ExpectationFailure(expect.at(), key, expected, actual);
  }

  private static String names(List<Notification> list) {
    return list.stream().map(Notification::specName).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String ids(List<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.joining(", ", "[", "]"));
  }
}
