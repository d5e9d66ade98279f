package dev.callroute.bench;

import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Engine;
import dev.callroute.core.Explanations;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.explore.ExploreOptions;
import dev.callroute.explore.ExploreResult;
import dev.callroute.explore.Explorer;
import dev.callroute.explore.StartingPoint;
import dev.callroute.scenario.ScenarioReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A companion to the JMH benchmarks for a busy machine: the same workloads timed in CPU time of the
 * measuring thread, which time slices lost to other processes do not inflate. Not a JMH benchmark;
 * run it with {@code java -cp bench/target/benchmarks.jar dev.callroute.bench.CpuTime}.
 */
public final class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTime() {}

  /** Prints CPU nanoseconds per step and explorer states per CPU second. */
  public static void main(String[] args) {
    State start = State.initial(EngineBenchmark.world(), CallAudioRouting.AUTOMATIC);
    Step[] steps = StepStream.generate(start, 2, EngineBenchmark.STEPS, 42);
    for (int round = 0; round < 3; round++) {
      long[] sink = new long[1];
      double plain = perStep(steps.length, 200, () -> sink[0] += play(start, steps, false));
      double explained = perStep(steps.length, 100, () -> sink[0] += play(start, steps, true));
      System.out.printf(
          Locale.ROOT,
          "next: %.1f CPU ns/step; with explanation: %.1f CPU ns/step (%d)%n",
          plain,
          explained,
          sink[0] & 1);
    }
    String world = args.length > 0 ? args[0] : "bench/worlds/large.yaml";
    StartingPoint point =
        StartingPoint.of(ScenarioReader.read(Path.of(world), true).scenario().orElseThrow())
            .point()
            .orElseThrow();
    for (int round = 0; round < 2; round++) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      ExploreResult r =
          new Explorer(
                  point.state(),
                  point.usedCallIds(),
                  new ExploreOptions(2, Integer.MAX_VALUE, List.of(), Optional.empty()))
              .run(Explorer.Progress.NONE);
      double seconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "explore %s: %d states in %.1f CPU s: %.0f states per CPU second (wall: %.0f/s)%n",
          world,
          r.states(),
          seconds,
          r.states() / seconds,
          r.statesPerSecond());
    }
  }

  private static long play(State start, Step[] steps, boolean explain) {
    State s = start;
    long lines = 0;
    for (Step step : steps) {
      Outcome o = Engine.next(s, step);
      if (explain) {
        lines += Explanations.lines(s.world(), o).size();
      }
      s = o.state();
    }
    return lines + s.calls().size();
  }

  private static double perStep(int stepsPerRun, int runs, Runnable run) {
    for (int i = 0; i < runs; i++) {
      run.run();
    }
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < runs; i++) {
      run.run();
    }
    return (double) (THREADS.getCurrentThreadCpuTime() - cpu) / ((long) runs * stepsPerRun);
  }
}
