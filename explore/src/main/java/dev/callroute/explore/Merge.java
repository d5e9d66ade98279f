package dev.callroute.explore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Merges expanded batches into the visited set, strictly in the order of their chunks, whichever
 * thread does it: adds their new states, keeps the first violation of each property in that order
 * and turns it into a concrete path. Because the order is fixed, states are numbered as a
 * one-thread search numbers them and the findings are the same for any number of threads.
 *
 * <p>During a round, a thread that has expanded a chunk merges every batch that is next in order
 * and ready, while the other threads go on expanding (their reads of the visited set only trust
 * what was stored before the round, see {@link VisitedSet#contains}). A batch that would make an
 * array of the visited set grow waits for the end of the round, when no thread reads it.
 */
final class Merge {
  private final VisitedSet store;
  private final Explorer.Paths paths;
  private final List<TransitionCheck> checks;
  private final List<Query> never;
  private final Symmetry symmetry;
  private final Finding[] checkFound;
  private final Finding[] neverFound;
  private Finding reached;
  private final long[] scratch = new long[2];
  private final String reachProperty;
  private final long maxStates;
  private volatile boolean stopped;
  private final ReentrantLock lock = new ReentrantLock();
  private Batch[] batches;
  private AtomicIntegerArray ready = new AtomicIntegerArray(0);
  private volatile int next;
  private volatile boolean deferred;
  private int chunks;

  /** Flags of the properties already violated; expanders read them to skip checks (racy, safe). */
  final boolean[] broken;

  long transitions;
  long represented;

  Merge(
      VisitedSet store,
      Explorer.Paths paths,
      List<TransitionCheck> checks,
      List<Query> never,
      String reachProperty,
      Symmetry symmetry,
      long maxStates) {
    this.maxStates = maxStates;
    this.reachProperty = reachProperty;
    this.store = store;
    this.paths = paths;
    this.checks = checks;
    this.never = never;
    this.symmetry = symmetry;
    this.checkFound = new Finding[checks.size()];
    this.neverFound = new Finding[never.size()];
    this.broken = new boolean[checks.size()];
  }

  /** Starts a round of {@code chunks} batches, none ready; called with no expander running. */
  void startRound(Batch[] roundBatches, int roundChunks) {
    batches = roundBatches;
    chunks = roundChunks;
    ready = new AtomicIntegerArray(roundChunks);
    next = 0;
    deferred = false;
    store.startRound();
  }

  /**
   * Marks batch {@code c} ready and, unless another thread is merging, merges every batch that is
   * next in order and ready, until one would make the visited set grow. A thread that finds the
   * lock taken leaves its batch to the merging thread, which looks again after it lets go.
   */
  void ready(int c) {
    ready.set(c, 1);
    while (!deferred && next < chunks && ready.get(next) == 1 && lock.tryLock()) {
      try {
        while (next < chunks && ready.get(next) == 1) {
          if (!store.hasRoomFor(batches[next].size)) {
            deferred = true;
            break;
          }
          merge(batches[next]);
          next = next + 1;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** At the end of a round, with no expander running: merges what is left, growing as needed. */
  void finishRound() {
    lock.lock();
    try {
      while (next < chunks) {
        merge(batches[next]);
        next = next + 1;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Whether {@code --max-states} stopped the merging: nothing more is added. */
  boolean stoppedByMaxStates() {
    return stopped;
  }

  /** Adds one batch, unless the bound on states is reached, at the first state past it. */
  void merge(Batch b) {
    if (stopped) {
      return;
    }
    transitions += b.transitions;
    for (int k = 0; k < checks.size(); k++) {
      if (!broken[k] && b.violationState[k] >= 0) {
        broken[k] = true;
        checkFound[k] =
            paths.path(store, b.violationState[k], b.violationStep[k], checks.get(k).property());
      }
    }
    for (int i = 0; i < b.size; i++) {
      if (store.size() >= maxStates) {
        stopped = true;
        return;
      }
      long lo = b.words[2 * i];
      long hi = b.words[2 * i + 1];
      int id = store.add(lo, hi, b.parents[i], b.steps[i]);
      if (id < 0) {
        continue;
      }
      represented += symmetry.order() == 1 ? 1 : symmetry.classSize(lo, hi, scratch);
      if (b.matches[i] != 0) {
        found(id, b.matches[i]);
      }
    }
  }

  /** Records the conditions state {@code id} matches: bit q for never[q], the reach bit. */
  void found(int id, long matches) {
    for (int q = 0; q < neverFound.length; q++) {
      if (neverFound[q] == null && (matches & (1L << q)) != 0) {
        neverFound[q] = paths.path(store, id, -1, "--never " + never.get(q));
      }
    }
    if (reached == null && (matches & (1L << Expander.REACH_BIT)) != 0) {
      reached = paths.path(store, id, -1, reachProperty);
    }
  }

  /** The violations found: of the checks in order, then of the never conditions in order. */
  List<Finding> violations() {
    List<Finding> all = new ArrayList<>();
    for (Finding f : checkFound) {
      if (f != null) {
        all.add(f);
      }
    }
    for (Finding f : neverFound) {
      if (f != null) {
        all.add(f);
      }
    }
    return Collections.unmodifiableList(all);
  }

  /** The path to the first state that matched the reach condition, if any. */
  Finding reached() {
    return reached;
  }
}
