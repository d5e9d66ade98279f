package dev.callroute.explore;

import dev.callroute.core.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Breadth-first search over every state a world can reach from a start state. Every transition is
 * checked against the spec's invariants 1-7 and every new state against the {@code --never} and
 * {@code --reach} conditions. Because the search goes level by level, the first violation of each
 * property is one of the shortest.
 *
 * <p>A transition is one step tried from one state. A rejected step is a transition back to the
 * same state: it is counted, and checked, but reaches nothing new.
 */
public final class Explorer {
  /** Receives progress now and then during a long search. */
  @FunctionalInterface
  public interface Progress {
    /** Called with the states found so far, the transitions tried and the current depth. */
    void update(long states, long transitions, int depth);

    /** A listener that ignores progress. */
    Progress NONE = (s, t, d) -> {};
  }

  private static final int CHUNK = 1024;
  private static final int CHUNKS_PER_THREAD = 4;
  private static final ThreadFactory DAEMONS =
      r -> {
        Thread t = new Thread(r, "callroute-explore");
        t.setDaemon(true);
        return t;
      };

  private final State start;
  private final Set<String> usedCallIds;
  private final ExploreOptions options;
  private final StateCodec codec;
  private final StepMenu menu;
  private final List<TransitionCheck> checks;
  private final Symmetry symmetry;

  /**
   * A search from {@code start}, whose calls may have any ids; new calls in the paths it prints get
   * ids not in {@code usedCallIds}.
   */
  public Explorer(State start, Set<String> usedCallIds, ExploreOptions options) {
    this(start, usedCallIds, options, TransitionCheck.invariants());
  }

  /**
   * A search that checks these properties on every transition instead of the invariants. With
   * symmetry reduction on, the properties must treat interchangeable accessories alike (read their
   * kind and HFP support, not their index or id), as the invariants do.
   */
  public Explorer(
      State start, Set<String> usedCallIds, ExploreOptions options, List<TransitionCheck> checks) {
    this.checks = List.copyOf(checks);
    this.start = start;
    this.usedCallIds = Set.copyOf(usedCallIds);
    this.options = options;
    this.codec = new StateCodec(start.world(), options.maxCalls());
    this.menu = new StepMenu(start.world(), options.maxCalls());
    if (start.calls().size() > options.maxCalls()) {
      throw new IllegalArgumentException(
          "the steps start with "
              + start.calls().size()
              + " calls, more than --max-calls "
              + options.maxCalls());
    }
    long fixed = 0;
    for (Query q : options.never()) {
      fixed |= q.namedAccessories();
    }
    fixed |= options.reach().map(Query::namedAccessories).orElse(0L);
    long[] packed = new long[2];
    codec.pack(start, packed);
    this.symmetry =
        options.symmetry() ? Symmetry.of(codec, fixed, packed[0], packed[1]) : Symmetry.none(codec);
  }

  /** Turns a stored state (and a last step) into a concrete path; see {@link Replay}. */
  @FunctionalInterface
  interface Paths {
    /** The path to state {@code id}, then the step {@code lastCode} if it is not -1. */
    Finding path(VisitedSet store, int id, int lastCode, String property);
  }

  /**
   * Runs the search to completion, or to the depth bound. Each level is expanded in rounds of
   * chunks; with several threads the chunks of a round are expanded at once, and merged in the
   * order of their states while the others are still expanded (see {@link Merge}). States are
   * numbered in the order a one-thread search finds them, and each check keeps its first violation
   * in that order, so the states, the paths found and every count are the same for any number of
   * threads.
   */
  public ExploreResult run(Progress progress) {
    long t0 = System.nanoTime();
    VisitedSet store =
        options.bitstate().isPresent()
            ? new BitStateStore(options.bitstate().get())
            : new StateStore();
    long[] packed = new long[2];
    codec.pack(start, packed);
    symmetry.canonical(packed[0], packed[1], packed);
    store.add(packed[0], packed[1], -1, 0);
    List<Query> never = options.never();
    Merge merge =
        new Merge(
            store,
            this::path,
            checks,
            never,
            options.reach().map(q -> "--reach " + q).orElse(null),
            symmetry,
            options.maxStates());
    merge.represented = 1;
    int threads = options.threads();
    Expander[] expanders = new Expander[threads];
    for (int t = 0; t < threads; t++) {
      expanders[t] =
          new Expander(codec, menu, checks, never, options.reach().orElse(null), store, symmetry);
    }
    int roundChunks = CHUNKS_PER_THREAD * threads;
    Batch[] batches = new Batch[roundChunks];
    for (int c = 0; c < roundChunks; c++) {
      batches[c] = new Batch(checks.size());
    }
    merge.found(0, expanders[0].matches(codec.unpack(packed[0], packed[1])));
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, DAEMONS) : null;
    int depth = 0;
    int levelStart = 0;
    int levelEnd = 1;
    Optional<String> stopped = Optional.empty();
    try {
      search:
      while (levelStart < levelEnd && depth < options.maxDepth()) {
        for (int round = levelStart; round < levelEnd; round += CHUNK * roundChunks) {
          int roundEnd = (int) Math.min(levelEnd, (long) round + CHUNK * roundChunks);
          int chunks = (roundEnd - round + CHUNK - 1) / CHUNK;
          merge.startRound(batches, chunks);
          expandRound(pool, expanders, merge, round, roundEnd, chunks, batches);
          merge.finishRound();
          progress.update(store.size(), merge.transitions, depth);
          if (merge.stoppedByMaxStates()) {
            stopped = Optional.of("--max-states " + options.maxStates());
            break search;
          }
          if (memory(store, batches, expanders) > options.maxBytes()) {
            stopped =
                Optional.of(
                    String.format(
                        java.util.Locale.ROOT, "--max-memory (%,d bytes)", options.maxBytes()));
            break search;
          }
        }
        levelStart = levelEnd;
        levelEnd = store.size();
        store.forget(levelStart);
        depth++;
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    long bytes = store.bytes();
    for (Batch b : batches) {
      bytes += b.bytes();
    }
    for (Expander e : expanders) {
      bytes += e.bytes();
    }
    boolean complete = stopped.isEmpty() && levelStart >= levelEnd;
    if (stopped.isPresent()) {
      levelEnd = levelStart + 1; // the depth reached so far is the depth being expanded
    }
    return new ExploreResult(
        store.size(),
        merge.transitions,
        levelStart < levelEnd ? depth : depth - 1,
        System.nanoTime() - t0,
        bytes,
        merge.violations(),
        Optional.ofNullable(merge.reached()),
        stopped,
        complete,
        merge.represented,
        symmetry.classes(),
        options
            .bitstate()
            .map(
                b ->
                    new ExploreResult.BitstateSummary(
                        b,
                        ((BitStateStore) store).fill(),
                        ((BitStateStore) store).expectedMisses())));
  }

  /** The memory the search needs at its peak if the visited states grew now. */
  private static long memory(VisitedSet store, Batch[] batches, Expander[] expanders) {
    long bytes = store.bytesWhileGrowing();
    for (Batch b : batches) {
      bytes += b.bytes();
    }
    for (Expander e : expanders) {
      bytes += e.bytes();
    }
    return bytes;
  }

  private static void expandRound(
      ExecutorService pool,
      Expander[] expanders,
      Merge merge,
      int from,
      int to,
      int chunks,
      Batch[] batches) {
    if (pool == null) {
      for (int c = 0; c < chunks; c++) {
        int lo = from + c * CHUNK;
        expanders[0].expand(lo, Math.min(to, lo + CHUNK), merge.broken, batches[c]);
        merge.ready(c);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (Expander e : expanders) {
      tasks.add(
          () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
              int lo = from + c * CHUNK;
              e.expand(lo, Math.min(to, lo + CHUNK), merge.broken, batches[c]);
              merge.ready(c);
            }
            return null;
          });
    }
    try {
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the search was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new IllegalStateException("a search thread failed", e.getCause());
    }
  }

  /** The path to state {@code id}, then the step {@code lastCode} if it is not -1. */
  private Finding path(VisitedSet store, int id, int lastCode, String property) {
    List<Integer> codes = new ArrayList<>();
    if (lastCode >= 0) {
      codes.add(lastCode);
    }
    for (int at = id; store.parent(at) >= 0; at = store.parent(at)) {
      codes.add(store.step(at));
    }
    java.util.Collections.reverse(codes);
    return Replay.concrete(start, usedCallIds, menu, symmetry, codec, codes, property);
  }
}
