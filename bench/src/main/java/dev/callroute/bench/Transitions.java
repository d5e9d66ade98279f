package dev.callroute.bench;

import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.explore.StartingPoint;
import dev.callroute.explore.StateCodec;
import dev.callroute.explore.StepMenu;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The explorer's mix of transitions: every step of the explorer's menu (rejected ones included,
 * about 57%) from each state of a seeded random walk over a world file, states packed and unpacked
 * as the explorer sees them. {@link #COUNT} transitions, grouped by the state they start from.
 */
final class Transitions {
  static final int COUNT = 1 << 17;

  final State[] from = new State[COUNT];
  final Step[] steps = new Step[COUNT];
  final StateCodec codec;

  /** The transitions of the world of this scenario file, with at most two calls at once. */
  Transitions(String file) {
    State start =
        StartingPoint.of(ScenarioReader.read(Path.of(file), true).scenario().orElseThrow())
            .point()
            .orElseThrow()
            .state();
    codec = new StateCodec(start.world(), 2);
    StepMenu menu = new StepMenu(start.world(), 2);
    SplittableRandom random = new SplittableRandom(42);
    long[] packed = new long[2];
    codec.pack(start, packed);
    State s = codec.unpack(packed[0], packed[1]);
    int[] codes = new int[menu.size()];
    int at = 0;
    while (at < COUNT) {
      int n = menu.codes(s.calls(), codes);
      List<State> applied = new ArrayList<>();
      for (int i = 0; i < n && at < COUNT; i++) {
        Step step = menu.step(codes[i], s.calls().size());
        from[at] = s;
        steps[at++] = step;
        Outcome o = Engine.next(s, step);
        if (!o.rejected() && !o.state().equals(s)) {
          applied.add(o.state());
        }
      }
      codec.pack(applied.get(random.nextInt(applied.size())), packed);
      s = codec.unpack(packed[0], packed[1]);
    }
  }
}
