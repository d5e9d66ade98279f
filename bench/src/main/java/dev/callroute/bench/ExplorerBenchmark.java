package dev.callroute.bench;

import dev.callroute.core.Invariant;
import dev.callroute.core.Outcome;
import dev.callroute.core.Step;
import dev.callroute.explore.Bitstate;
import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.StartingPoint;
import dev.callroute.explore.TransitionCheck;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Explorer states per second on a large world (a file under {@code bench/worlds}, such as {@code
 * large.yaml}, 1.2 M states, or {@code huge.yaml}, 10.2 M states): each operation is one complete
 * search. The {@code states} counter is reported per second; memory per state is printed after each
 * search.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
    value = 1,
    // As the launcher runs explore: the throughput collector, and huge pages where the kernel
    // offers them on request (see bench/README.md).
    jvmArgsAppend = {"-Xmx16g", "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages"})
public class ExplorerBenchmark {
  /** The world file, relative to the directory the benchmarks run in. */
  @Param({"bench/worlds/large.yaml"})
  public String world;

  /** The most calls at once. */
  @Param({"2"})
  public int maxCalls;

  /** Threads used by the search. */
  @Param({"1"})
  public int threads;

  /** Whether symmetry reduction is on ({@code --symmetry}); the targets are measured without. */
  @Param({"false"})
  public boolean symmetry;

  /**
   * How invariant 5 (determinism) is checked: {@code sampled}, as the explorer does, on one
   * transition per state; {@code every}, the old way, running each step twice.
   */
  @Param({"sampled"})
  public String determinism;

  /** A bitstate search with a bit array of this many bytes (such as 512M), or {@code none}. */
  @Param({"none"})
  public String bitstate;

  private StartingPoint point;

  /** Visited states, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** States visited by the searches of this iteration. */
    public long states;

    /** Transitions tried by the searches of this iteration. */
    public long transitions;

    /** Resets the counters at each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      states = 0;
      transitions = 0;
    }
  }

  /** Reads the world file. */
  @Setup
  public void setUp() {
    ReadResult read = ScenarioReader.read(Path.of(world), true);
    if (!read.valid()) {
      throw new IllegalArgumentException(read.problems().toString());
    }
    point =
        StartingPoint.of(read.scenario().orElseThrow())
            .point()
            .orElseThrow(() -> new IllegalArgumentException("the world's steps are rejected"));
  }

  /** The invariants, with determinism checked as {@link #determinism} says. */
  private List<TransitionCheck> checks() {
    List<TransitionCheck> all = new ArrayList<>();
    for (Invariant i : Invariant.values()) {
      TransitionCheck c = TransitionCheck.of(i);
      if (i == Invariant.DETERMINISM && determinism.equals("every")) {
        // Not the explorer's own check of invariant 5, so it runs on every transition.
        all.add(
            new TransitionCheck() {
              @Override
              public String property() {
                return c.property();
              }

              @Override
              public boolean holds(dev.callroute.core.State before, Step step, Outcome outcome) {
                return c.holds(before, step, outcome);
              }
            });
      } else if (determinism.equals("every") || determinism.equals("sampled")) {
        all.add(c);
      } else {
        throw new IllegalArgumentException("determinism is sampled or every, not " + determinism);
      }
    }
    return all;
  }

  /** One complete search. */
  @Benchmark
  public long explore(Counters counters) {
    ExploreOptions options =
        new ExploreOptions(maxCalls, Integer.MAX_VALUE, List.of(), Optional.empty(), threads)
            .withSymmetry(symmetry)
            .withBitstate(
                bitstate.equals("none")
                    ? Optional.empty()
                    : Optional.of(new Bitstate(Bitstate.parseBits(bitstate), 3)));
    ExploreResult r =
        new Explorer(point.state(), point.usedCallIds(), options, checks())
            .run(Explorer.Progress.NONE);
    counters.states += r.states();
    counters.transitions += r.transitions();
    System.out.printf(
        Locale.ROOT,
        "%n  %d states (standing for %d), %d transitions, %.0f states/s, %.1f bytes/state%n",
        r.states(),
        r.representedStates(),
        r.transitions(),
        r.statesPerSecond(),
        r.bytesPerState());
    return r.states();
  }
}
