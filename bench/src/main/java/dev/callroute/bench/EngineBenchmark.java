package dev.callroute.bench;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Engine;
import dev.callroute.core.Explanations;
import dev.callroute.core.Outcome;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds per {@link Engine#next} over a pre-generated stream of {@value #STEPS} valid steps,
 * played from the start again and again: once without rendering anything, once with the explanation
 * text of every step rendered.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {
  static final int STEPS = 1 << 16;

  private dev.callroute.core.State start;
  private Step[] steps;

  /** Generates the step stream: two headsets, a speaker, wired headphones, a VoIP sender. */
  @Setup
  public void setUp() {
    start = dev.callroute.core.State.initial(world(), CallAudioRouting.AUTOMATIC);
    steps = StepStream.generate(start, 2, STEPS, 42);
  }

  /** The world of the step stream. */
  static World world() {
    return new World(
        List.of(
            Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
            Accessory.of("jabra", AccessoryKind.BLUETOOTH_HEADSET),
            Accessory.of("boombox", AccessoryKind.BLUETOOTH_SPEAKER),
            Accessory.of("cans", AccessoryKind.WIRED_HEADPHONES)),
        App.DEFAULT);
  }

  /** One {@code next} per step; the result feeds the next step. */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public dev.callroute.core.State next() {
    dev.callroute.core.State s = start;
    for (Step step : steps) {
      s = Engine.next(s, step).state();
    }
    return s;
  }

  /** One {@code next} per step, and the explanation text of its outcome rendered. */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public void nextWithExplanation(Blackhole bh) {
    dev.callroute.core.State s = start;
    for (Step step : steps) {
      Outcome o = Engine.next(s, step);
      bh.consume(Explanations.lines(s.world(), o));
      s = o.state();
    }
  }
}
