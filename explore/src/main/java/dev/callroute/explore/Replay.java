package dev.callroute.explore;

import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a path of step codes found on canonical states back into real steps, played from the real
 * start state: each code's call slot is mapped to the real call in that slot, and each new call
 * gets an id ({@code c1}, {@code c2}, ...) that no earlier step used.
 *
 * <p>With symmetry reduction, the search stored the canonical member of each class, and each code
 * is a step from that member. The real state is in the same class: the canonical member of its
 * packed form is the stored state, and the permutation that takes the stored state to the real one
 * takes the code to the step that does the same to the real state.
 */
final class Replay {
  private Replay() {}

  static Finding concrete(
      State start,
      Set<String> usedIds,
      StepMenu menu,
      Symmetry symmetry,
      StateCodec codec,
      List<Integer> codes,
      String property) {
    long[] real = new long[2];
    long[] stored = new long[2];
    State cur = start;
    List<Step> steps = new ArrayList<>();
    Outcome last = null;
    int fresh = 1;
    for (int storedCode : codes) {
      int code = storedCode;
      if (symmetry.order() > 1) {
        codec.pack(cur, real);
        symmetry.canonical(real[0], real[1], stored);
        code = menu.permute(code, symmetry.mapping(stored[0], stored[1], real[0], real[1]));
      }
      while (usedIds.contains(StateCodec.canonicalCallId(fresh - 1))) {
        fresh++;
      }
      String freshId = StateCodec.canonicalCallId(fresh - 1);
      State from = cur;
      int[] order = StateCodec.canonicalOrder(from);
      Step step = menu.step(code, k -> from.calls().get(order[k]).id(), freshId, start.world());
      if (step instanceof Step.IncomingCall || step instanceof Step.Dial) {
        fresh++;
      }
      last = Engine.next(cur, step);
      steps.add(step);
      cur = last.state();
    }
    if (steps.isEmpty()) {
      // The start itself matches: no step, and the start as the outcome to pin.
      last =
          new Outcome.Applied(
              start, List.of(), new dev.callroute.core.Decision(start.currentRoute(), 0L));
    }
    return new Finding(property, steps, last);
  }
}
