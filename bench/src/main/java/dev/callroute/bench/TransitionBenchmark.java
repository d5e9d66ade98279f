package dev.callroute.bench;

import dev.callroute.core.Engine;
import dev.callroute.core.Invariant;
import dev.callroute.core.Stepper;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds (and, with {@code -prof gc}, bytes) per transition of the explorer's mix ({@link
 * Transitions}: every menu step from each state of a random walk over {@code large.yaml}, 57%
 * rejected): as {@code Engine.next}, as {@link Stepper#step}, and as the explorer takes it (the
 * stepper, the invariants but 5 read through views, the successor packed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransitionBenchmark {
  /** The world file, relative to the directory JMH runs in. */
  @Param({"bench/worlds/large.yaml"})
  public String world;

  private static final Invariant[] CHECKED =
      Arrays.stream(Invariant.values())
          .filter(i -> i != Invariant.DETERMINISM)
          .toArray(Invariant[]::new);

  private Transitions t;
  private final Stepper stepper = new Stepper();
  private final long[] packed = new long[2];

  /** Generates the transitions. */
  @Setup
  public void setUp() {
    t = new Transitions(world);
  }

  /** Each transition as {@code Engine.next}, building its outcome. */
  @Benchmark
  @OperationsPerInvocation(Transitions.COUNT)
  public long next() {
    long sum = 0;
    for (int i = 0; i < Transitions.COUNT; i++) {
      sum += Engine.next(t.from[i], t.steps[i]).rejected() ? 1 : 0;
    }
    return sum;
  }

  /** Each transition as {@link Stepper#step}: the same step function, nothing built. */
  @Benchmark
  @OperationsPerInvocation(Transitions.COUNT)
  public long step() {
    long sum = 0;
    for (int i = 0; i < Transitions.COUNT; i++) {
      sum += stepper.step(t.from[i], t.steps[i]) ? 1 : 0;
    }
    return sum;
  }

  /** Each transition as the explorer takes it: stepped, checked and, when it moved, packed. */
  @Benchmark
  @OperationsPerInvocation(Transitions.COUNT)
  public long stepCheckAndPack() {
    long sum = 0;
    for (int i = 0; i < Transitions.COUNT; i++) {
      boolean applied = stepper.step(t.from[i], t.steps[i]);
      for (Invariant inv : CHECKED) {
        sum += inv.holds(t.from[i], t.steps[i], stepper) ? 1 : 0;
      }
      if (applied && !stepper.unchanged()) {
        t.codec.pack(stepper.after(), packed);
        sum += packed[0];
      }
    }
    return sum;
  }
}
