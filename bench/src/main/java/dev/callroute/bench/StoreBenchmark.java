package dev.callroute.bench;

import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.StartingPoint;
import dev.callroute.explore.StateCodec;
import dev.callroute.explore.StateStore;
import dev.callroute.explore.TransitionCheck;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds per look-up in the explorer's visited set, on the states of a real search: the setup
 * runs the explorer on {@code bench/worlds/large.yaml} (1,226,718 states) and stores every state it
 * expands, in the order it expands them, so the stores number them as the search does. The look-ups
 * then replay a stream shaped like the successors the explorer sends to the store: batches of 5 and
 * 6 states (5.4 per state in the real search), each state stored at a random position with
 * probability 0.8, else absent (a stored state with one bit flipped, checked absent). The setup
 * checks that batched and one-by-one look-ups give the same answers. To compare with an earlier
 * store, run this benchmark in a build of that commit (bench/README.md, "before" builds).
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g"})
public class StoreBenchmark {
  /** Look-ups per benchmark invocation. */
  static final int LOOKUPS = 1 << 18;

  /** States added per invocation of {@link #add}. */
  static final int ADDS = 1 << 20;

  /** The world file, relative to the directory the benchmarks run in. */
  @Param({"bench/worlds/large.yaml"})
  public String world;

  /**
   * Work between two batches, in {@link Blackhole#consumeCPU} tokens: in the explorer, a state's
   * successors are computed (about 37 steps, microseconds) between two batches of look-ups, so the
   * look-ups of one batch cannot overlap those of the next. 0 lets them overlap.
   */
  @Param({"64"})
  public int work;

  private StateStore current;
  private long[] statesLo;
  private long[] statesHi;
  private long[] lo;
  private long[] hi;
  private int[] batches;
  private final int[] scratch = new int[64];
  private final boolean[] out = new boolean[64];

  /** Runs the search, fills the store and makes the look-up stream. */
  @Setup
  public void setUp() {
    collect();
    int n = statesLo.length;
    current = new StateStore();
    for (int id = 0; id < n; id++) {
      int a = current.add(statesLo[id], statesHi[id], id - 1, 0);
      if (a != id) {
        throw new IllegalStateException("state " + id + " numbered " + a);
      }
    }
    current.startRound();
    SplittableRandom random = new SplittableRandom(42);
    lo = new long[LOOKUPS];
    hi = new long[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      int id = random.nextInt(n);
      lo[i] = statesLo[id];
      hi[i] = statesHi[id];
      if (random.nextInt(5) == 0) {
        do {
          int bit = random.nextInt(128);
          if (bit < 64) {
            lo[i] ^= 1L << bit;
          } else {
            hi[i] ^= 1L << (bit - 64);
          }
        } while (current.contains(lo[i], hi[i]));
      }
    }
    int[] sizes = new int[LOOKUPS / 5 + 1];
    int count = 0;
    for (int done = 0; done < LOOKUPS; count++) {
      sizes[count] = Math.min(5 + (count & 1), LOOKUPS - done);
      done += sizes[count];
    }
    batches = Arrays.copyOf(sizes, count);
    check();
  }

  /** Runs the explorer and keeps each state it expands, once, in the order expanded. */
  private void collect() {
    ReadResult read = ScenarioReader.read(Path.of(world), true);
    StartingPoint point =
        StartingPoint.of(read.scenario().orElseThrow())
            .point()
            .orElseThrow(() -> new IllegalArgumentException("the world's steps are rejected"));
    StateCodec codec = new StateCodec(point.state().world(), 2);
    long[][] found = {new long[1 << 20], new long[1 << 20]};
    int[] count = {0};
    long[] packed = new long[2];
    State[] last = {null};
    TransitionCheck recorder =
        new TransitionCheck() {
          @Override
          public String property() {
            return "records the states";
          }

          @Override
          public boolean holds(State before, Step step, Outcome outcome) {
            if (before != last[0]) {
              last[0] = before;
              codec.pack(before, packed);
              if (count[0] == found[0].length) {
                found[0] = Arrays.copyOf(found[0], 2 * count[0]);
                found[1] = Arrays.copyOf(found[1], 2 * count[0]);
              }
              found[0][count[0]] = packed[0];
              found[1][count[0]++] = packed[1];
            }
            return true;
          }
        };
    new Explorer(
            point.state(),
            point.usedCallIds(),
            new ExploreOptions(2, Integer.MAX_VALUE, List.of(), Optional.empty(), 1)
                .withSymmetry(false),
            List.of(recorder))
        .run(Explorer.Progress.NONE);
    statesLo = Arrays.copyOf(found[0], count[0]);
    statesHi = Arrays.copyOf(found[1], count[0]);
  }

  /** The store answers every look-up alike one by one and in batches. */
  private void check() {
    boolean[] b = new boolean[64];
    int at = 0;
    for (int size : batches) {
      long[] l = Arrays.copyOfRange(lo, at, at + size);
      long[] h = Arrays.copyOfRange(hi, at, at + size);
      current.containsAll(l, h, size, scratch, b);
      for (int j = 0; j < size; j++) {
        if (b[j] != current.contains(l[j], h[j])) {
          throw new IllegalStateException("batched and single look-ups disagree: " + (at + j));
        }
      }
      at += size;
    }
  }

  /**
   * The work between batches alone, per look-up: subtract it from {@link #contains} and {@link
   * #containsAll} for the cost of a look-up.
   */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS)
  public int spacer() {
    for (int size : batches) {
      Blackhole.consumeCPU(work);
    }
    return batches.length;
  }

  /**
   * One look-up with {@code contains}, one after the other in batches of 5 and 6; the result counts
   * the states found.
   */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS)
  public int contains() {
    int found = 0;
    int at = 0;
    for (int size : batches) {
      for (int i = at; i < at + size; i++) {
        found += current.contains(lo[i], hi[i]) ? 1 : 0;
      }
      at += size;
      Blackhole.consumeCPU(work);
    }
    return found;
  }

  /** One look-up with {@code containsAll}, in batches of 5 and 6 as the explorer sends them. */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS)
  public int containsAll() {
    int found = 0;
    int at = 0;
    long[] l = new long[8];
    long[] h = new long[8];
    for (int size : batches) {
      System.arraycopy(lo, at, l, 0, size);
      System.arraycopy(hi, at, h, 0, size);
      current.containsAll(l, h, size, scratch, out);
      for (int j = 0; j < size; j++) {
        found += out[j] ? 1 : 0;
      }
      at += size;
      Blackhole.consumeCPU(work);
    }
    return found;
  }

  /** One {@code add} of a new state into a store that starts empty and grows. */
  @Benchmark
  @OperationsPerInvocation(ADDS)
  public int add() {
    int last = 0;
    StateStore s = new StateStore();
    for (int id = 0; id < ADDS; id++) {
      last = s.add(statesLo[id], statesHi[id], id - 1, 0);
    }
    return last;
  }
}
