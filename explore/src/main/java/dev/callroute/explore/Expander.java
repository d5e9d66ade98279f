package dev.callroute.explore;

import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import java.util.List;

/**
 * Expands stored states: tries every step of the menu from each, checks each transition, and
 * collects the successors that are not stored yet into a {@link Batch}. Reads the store only, so
 * several expanders may run at once while nothing is added.
 */
final class Expander {
  /** The bit of {@link Batch#matches} that marks the {@code --reach} condition. */
  static final int REACH_BIT = 63;

  private final StateCodec codec;
  private final StepMenu menu;
  private final TransitionCheck[] checks;
  private final Query[] never;
  private final Query reach;
  private final int[] codes;
  private final long[] packed = new long[2];
  // A direct-mapped cache of states known to be stored, or already in a batch that is merged
  // before the current one: most successors were seen a moment ago, and the cache (small enough
  // for the CPU's cache) answers for them without touching the big hash table. No packed state
  // is all ones, so -1 marks an empty entry.
  private final long[] seen = new long[2 * SEEN];
  private static final int SEEN = 1 << 13;

  Expander(
      StateCodec codec,
      StepMenu menu,
      List<TransitionCheck> checks,
      List<Query> never,
      Query reach) {
    this.codec = codec;
    this.menu = menu;
    this.checks = checks.toArray(new TransitionCheck[0]);
    this.never = never.toArray(new Query[0]);
    this.reach = reach;
    this.codes = new int[menu.size()];
    java.util.Arrays.fill(seen, -1);
  }

  /** The bytes of this expander's cache of seen states. */
  long bytes() {
    return 16L * SEEN;
  }

  /** Which conditions the state matches: bit q for {@code never[q]}, {@link #REACH_BIT}. */
  long matches(State s) {
    long m = 0;
    for (int q = 0; q < never.length; q++) {
      if (never[q].matches(s)) {
        m |= 1L << q;
      }
    }
    if (reach != null && reach.matches(s)) {
      m |= 1L << REACH_BIT;
    }
    return m;
  }

  /**
   * Expands states {@code from} (inclusive) to {@code to} (exclusive) into {@code out}; checks
   * whose {@code broken} flag is set are skipped.
   */
  void expand(StateStore store, int from, int to, boolean[] broken, Batch out) {
    out.clear();
    long transitions = 0;
    for (int id = from; id < to; id++) {
      long fromLow = store.low(id);
      long fromHigh = store.high(id);
      State s = codec.unpack(fromLow, fromHigh);
      int n = menu.codes(s.calls(), codes);
      int callCount = s.calls().size();
      for (int i = 0; i < n; i++) {
        int code = codes[i];
        Step step = menu.step(code, callCount);
        Outcome o = Engine.next(s, step);
        transitions++;
        for (int k = 0; k < checks.length; k++) {
          if (!broken[k] && out.violationState[k] < 0 && !checks[k].holds(s, step, o)) {
            out.violationState[k] = id;
            out.violationStep[k] = code;
          }
        }
        if (o.rejected()) {
          continue;
        }
        State next = o.state();
        codec.pack(next, packed);
        long lo = packed[0];
        long hi = packed[1];
        if (lo == fromLow && hi == fromHigh) {
          continue;
        }
        int slot = 2 * ((int) StateStore.mix(lo, hi) & (SEEN - 1));
        if (seen[slot] == lo && seen[slot + 1] == hi) {
          continue;
        }
        seen[slot] = lo;
        seen[slot + 1] = hi;
        if (!store.contains(lo, hi)) {
          out.add(lo, hi, id, code, matches(next));
        }
      }
    }
    out.transitions = transitions;
  }
}
