package dev.callroute.explore;

import dev.callroute.core.Invariant;
import dev.callroute.core.State;
import dev.callroute.core.StateView;
import dev.callroute.core.Step;
import dev.callroute.core.Stepper;
import java.util.List;

/**
 * Expands stored states: tries every step of the menu from each, checks each transition, and
 * collects the successors that are not stored yet into a {@link Batch}, each as the canonical
 * member of its class when symmetry reduction is on. Reads the store only, so several expanders may
 * run at once while nothing is added.
 *
 * <p><b>Steps without building anything.</b> Each step runs on the expander's own {@link Stepper}:
 * the engine's step function over one reused working copy, read through {@link StateView}s by the
 * invariants, by {@link StateCodec#pack} and by the queries, so a transition allocates nothing.
 * {@code StepperEquivalenceProperties} (in core) proves it gives what {@code Engine.next} gives.
 *
 * <p><b>Invariant 5, determinism, without running every step twice.</b> The spec's check runs
 * {@code Engine.next} a second time and compares. Here each state is {@code codec.unpack}ed afresh
 * from its two packed words and each step is taken from the menu's fixed table by its code, so the
 * explorer only ever steps inputs that are a function of (packed state, step code). A second run
 * can only disagree with the first if the outcome depends on something else: the identity of the
 * state, step, world or string objects, what was computed before on this thread (the stepper's
 * reused working copy among it), another thread, the garbage collector, the clock. {@code
 * DeterminismTest} perturbs each of those on many random (state, step) pairs and asserts the same
 * outcome, so it catches what the second run caught, once, in the build, instead of on every
 * transition. The explorer still runs the spec's check on one transition per state (a different
 * step code from state to state, so every code is checked over the search), at 1/37 of the cost of
 * checking all of them; that check runs {@code Engine.next} on a new working copy and compares it
 * with the stepper's result, so it also checks the fast path against the reference as it goes.
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
  private final VisitedSet store;
  // The successors of the last few states that still need a look-up in the store, with the state
  // each was reached from: looked up together once the successors of LOOK_UP_STATES states may
  // not fit.
  private static final int LOOK_UP_STATES = 8;
  private final int[] candidateParent;
  private final long[] candidateLo;
  private final long[] candidateHi;
  private final int[] candidateCode;
  // Which conditions each candidate matches (see matches): known only while the stepper holds it.
  private final long[] candidateMatches;
  private final Stepper stepper = new Stepper();
  // Which checks read only the state after the step, and their answers for the state expanded.
  private final boolean[] stateOnly;
  private long stateOnlyKnown;
  private long stateOnlyHolds;
  private final int[] scratch;
  private final boolean[] stored;
  private final Symmetry symmetry;
  private final int determinism;
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
      Query reach,
      VisitedSet store,
      Symmetry symmetry) {
    this.store = store;
    this.symmetry = symmetry.order() > 1 ? symmetry.copy() : null;
    this.determinism = checks.indexOf(TransitionCheck.of(Invariant.DETERMINISM));
    this.codec = codec;
    this.menu = menu;
    this.checks = checks.toArray(new TransitionCheck[0]);
    this.stateOnly = new boolean[this.checks.length];
    for (int k = 0; k < this.checks.length; k++) {
      stateOnly[k] = k < 64 && this.checks[k].stateOnly(); // answers kept as bits of a long
    }
    this.never = never.toArray(new Query[0]);
    this.reach = reach;
    this.codes = new int[menu.size()];
    int room = LOOK_UP_STATES * menu.size();
    this.candidateLo = new long[room];
    this.candidateHi = new long[room];
    this.candidateParent = new int[room];
    this.candidateCode = new int[room];
    this.candidateMatches = new long[room];
    this.scratch = new int[room];
    this.stored = new boolean[room];
    java.util.Arrays.fill(seen, -1);
  }

  /**
   * Check {@code k} of the stepper's last transition from {@code s}. A state-only check of a
   * transition that leaves the state as it was has the answer it has for {@code s} itself, so it is
   * computed once per state and reused (about 23 of the 37 transitions of a state stay).
   */
  private boolean holds(int k, State s, Step step, boolean stays) {
    if (!stays || !stateOnly[k]) {
      return checks[k].holds(s, step, stepper);
    }
    long bit = 1L << k;
    if ((stateOnlyKnown & bit) == 0) {
      stateOnlyKnown |= bit;
      stateOnlyHolds =
          checks[k].holds(s, step, stepper) ? stateOnlyHolds | bit : stateOnlyHolds & ~bit;
    }
    return (stateOnlyHolds & bit) != 0;
  }

  /** The bytes of this expander's cache of seen states. */
  long bytes() {
    return 16L * SEEN;
  }

  /** Which conditions the state matches: bit q for {@code never[q]}, {@link #REACH_BIT}. */
  long matches(StateView s) {
    if (never.length == 0 && reach == null) {
      return 0;
    }
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
  void expand(int from, int to, boolean[] broken, Batch out) {
    out.clear();
    long transitions = 0;
    int candidates = 0;
    for (int id = from; id < to; id++) {
      long fromLow = store.low(id);
      long fromHigh = store.high(id);
      State s = codec.unpack(fromLow, fromHigh);
      int n = menu.codes(s.calls(), codes);
      int callCount = s.calls().size();
      int replayed = id % n;
      if (candidates + n > candidateLo.length) {
        lookUpAndAdd(candidates, out);
        candidates = 0;
      }
      stateOnlyKnown = 0;
      for (int i = 0; i < n; i++) {
        int code = codes[i];
        Step step = menu.step(code, callCount);
        boolean applied = stepper.step(s, step);
        boolean stays = !applied || stepper.unchanged(); // the state after is the state before
        transitions++;
        for (int k = 0; k < checks.length; k++) {
          if (k == determinism && i != replayed) {
            continue;
          }
          if (!broken[k] && out.violationState[k] < 0 && !holds(k, s, step, stays)) {
            out.violationState[k] = id;
            out.violationStep[k] = code;
          }
        }
        if (stays) {
          continue;
        }
        StateView next = stepper.after();
        codec.packSuccessor(next, s, fromLow, fromHigh, packed);
        if (symmetry != null) {
          symmetry.canonical(packed[0], packed[1], packed);
        }
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
        candidateLo[candidates] = lo;
        candidateHi[candidates] = hi;
        candidateParent[candidates] = id;
        candidateCode[candidates] = code;
        candidateMatches[candidates++] = matches(next);
      }
    }
    lookUpAndAdd(candidates, out);
    out.transitions = transitions;
  }

  /**
   * Looks the new-looking successors of the last few states up together (see {@link
   * VisitedSet#containsAll}: their cache misses overlap), then adds those not stored in the order
   * they were found, as one by one. The store only answers for states stored before the round, so
   * looking up later changes no answer.
   */
  private void lookUpAndAdd(int candidates, Batch out) {
    store.containsAll(candidateLo, candidateHi, candidates, scratch, stored);
    for (int j = 0; j < candidates; j++) {
      if (!stored[j]) {
        out.add(
            candidateLo[j],
            candidateHi[j],
            candidateParent[j],
            candidateCode[j],
            candidateMatches[j]);
      }
    }
  }
}
