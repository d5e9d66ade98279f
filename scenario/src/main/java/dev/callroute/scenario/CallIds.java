package dev.callroute.scenario;

import dev.callroute.core.Step;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a program's call ids unique for a file: a call id declared again (after its call ended) is
 * renamed {@code id-2}, {@code id-3}, and later steps naming it follow the newest call.
 */
final class CallIds {
  private final Map<String, String> current = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The step with its call id made unique and references renamed. */
  Step rename(Step step) {
    if (step instanceof Step.IncomingCall) {
      Step.IncomingCall s = (Step.IncomingCall) step;
      return new Step.IncomingCall(declare(s.call()), s.type());
    } else if (step instanceof Step.Dial) {
      Step.Dial s = (Step.Dial) step;
      return new Step.Dial(declare(s.call()), s.type());
    } else if (step instanceof Step.Answer) {
      Step.Answer s = (Step.Answer) step;
      return new Step.Answer(reference(s.call()), s.via());
    } else if (step instanceof Step.Decline) {
      return new Step.Decline(reference(((Step.Decline) step).call()));
    } else if (step instanceof Step.End) {
      return new Step.End(reference(((Step.End) step).call()));
    }
    return step;
  }

  /** The call id a step declares, if it is an incomingCall or a dial. */
  static Optional<String> declared(Step step) {
    if (step instanceof Step.IncomingCall) {
      return Optional.of(((Step.IncomingCall) step).call());
    } else if (step instanceof Step.Dial) {
      return Optional.of(((Step.Dial) step).call());
    }
    return Optional.empty();
  }

  /** The id the file uses for the newest call the program called {@code id}. */
  String current(String id) {
    return reference(id);
  }

  private String declare(String id) {
    String unique = id;
    for (int n = 2; used.contains(unique); n++) {
      unique = id + "-" + n;
    }
    used.add(unique);
    current.put(id, unique);
    return unique;
  }

  private String reference(String id) {
    String renamed = current.get(id);
    if (renamed == null) {
      throw new IllegalArgumentException(
          "call '" + id + "' is named before any incomingCall or dial step declares it");
    }
    return renamed;
  }
}
