package dev.callroute.bench;

import dev.callroute.core.Call;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.explore.StateCodec;
import dev.callroute.explore.StepMenu;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A pre-generated stream of valid steps: a seeded random walk over the explorer's step menu that
 * keeps only the steps the engine applies. Played from {@code start}, every step is applied.
 */
final class StepStream {
  private StepStream() {}

  /** {@code length} valid steps from {@code start}, with at most {@code maxCalls} calls at once. */
  static Step[] generate(State start, int maxCalls, int length, long seed) {
    StepMenu menu = new StepMenu(start.world(), maxCalls);
    SplittableRandom random = new SplittableRandom(seed);
    int[] codes = new int[menu.size()];
    List<Step> steps = new ArrayList<>(length);
    State s = start;
    int fresh = 0;
    while (steps.size() < length) {
      int[] order = StateCodec.canonicalOrder(s);
      List<Call> ordered = new ArrayList<>();
      for (int i : order) {
        ordered.add(s.calls().get(i));
      }
      int n = menu.codes(ordered, codes);
      int code = codes[random.nextInt(n)];
      Step step = menu.step(code, k -> ordered.get(k).id(), "c" + (fresh + 1), start.world());
      Outcome o = Engine.next(s, step);
      if (o.rejected()) {
        continue;
      }
      if (step instanceof Step.IncomingCall || step instanceof Step.Dial) {
        fresh++;
      }
      steps.add(step);
      s = o.state();
    }
    return steps.toArray(new Step[0]);
  }
}
