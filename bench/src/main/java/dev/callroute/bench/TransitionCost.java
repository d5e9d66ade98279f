package dev.callroute.bench;

import com.sun.management.ThreadMXBean;
import dev.callroute.core.Engine;
import dev.callroute.core.Invariant;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.Stepper;
import dev.callroute.explore.StartingPoint;
import dev.callroute.explore.StateCodec;
import dev.callroute.explore.StepMenu;
import dev.callroute.scenario.ScenarioReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Where a transition's time goes, in CPU time of the measuring thread (steady on a busy machine):
 * the explorer's mix of transitions (every menu step from each state of a random walk over {@code
 * bench/worlds/large.yaml}, rejected ones included), timed as {@code Engine.next}, as {@link
 * Stepper#step}, with the invariants read through views, and with the successor packed. Also the
 * bytes allocated per transition. Not a JMH benchmark: {@code java -cp bench/target/benchmarks.jar
 * dev.callroute.bench.TransitionCost}.
 */
public final class TransitionCost {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final Invariant[] CHECKED =
      Arrays.stream(Invariant.values())
          .filter(i -> i != Invariant.DETERMINISM)
          .toArray(Invariant[]::new);

  private TransitionCost() {}

  /** Prints CPU ns and bytes per transition for each way of stepping. */
  public static void main(String[] args) {
    String file = args.length > 0 ? args[0] : "bench/worlds/large.yaml";
    State start =
        StartingPoint.of(ScenarioReader.read(Path.of(file), true).scenario().orElseThrow())
            .point()
            .orElseThrow()
            .state();
    StateCodec codec = new StateCodec(start.world(), 2);
    StepMenu menu = new StepMenu(start.world(), 2);
    List<State> from = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(42);
    long[] packed = new long[2];
    codec.pack(start, packed);
    State s = codec.unpack(packed[0], packed[1]);
    int[] codes = new int[menu.size()];
    for (int walked = 0; walked < 4096; walked++) {
      int n = menu.codes(s.calls(), codes);
      List<State> applied = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Step step = menu.step(codes[i], s.calls().size());
        from.add(s);
        steps.add(step);
        Outcome o = Engine.next(s, step);
        if (!o.rejected()) {
          applied.add(o.state());
        }
      }
      State next = applied.get(random.nextInt(applied.size()));
      codec.pack(next, packed);
      s = codec.unpack(packed[0], packed[1]);
    }
    State[] f = from.toArray(new State[0]);
    Step[] st = steps.toArray(new Step[0]);
    System.out.printf(Locale.ROOT, "%,d transitions from 4,096 states%n", f.length);
    Stepper stepper = new Stepper();
    for (int round = 0; round < 5; round++) {
      long[] sink = new long[1];
      report(
          "Engine.next",
          f.length,
          () -> {
            for (int i = 0; i < f.length; i++) {
              sink[0] += Engine.next(f[i], st[i]).rejected() ? 1 : 0;
            }
          });
      report(
          "Stepper.step",
          f.length,
          () -> {
            for (int i = 0; i < f.length; i++) {
              sink[0] += stepper.step(f[i], st[i]) ? 1 : 0;
            }
          });
      report(
          "Stepper.step, one per state",
          f.length,
          () -> {
            Stepper fresh = new Stepper();
            for (int i = 0; i < f.length; i++) {
              if (i > 0 && f[i] != f[i - 1]) {
                fresh = new Stepper();
              }
              sink[0] += fresh.step(f[i], st[i]) ? 1 : 0;
            }
          });
      report(
          "  + invariants 1-4, 6, 7",
          f.length,
          () -> {
            for (int i = 0; i < f.length; i++) {
              stepper.step(f[i], st[i]);
              for (Invariant inv : CHECKED) {
                sink[0] += inv.holds(f[i], st[i], stepper) ? 1 : 0;
              }
            }
          });
      report(
          "  + pack",
          f.length,
          () -> {
            for (int i = 0; i < f.length; i++) {
              boolean applied = stepper.step(f[i], st[i]);
              for (Invariant inv : CHECKED) {
                sink[0] += inv.holds(f[i], st[i], stepper) ? 1 : 0;
              }
              if (applied && !stepper.unchanged()) {
                codec.pack(stepper.after(), packed);
                sink[0] += packed[0];
              }
            }
          });
      System.out.println("(" + (sink[0] & 1) + ")");
    }
  }

  private static void report(String what, int n, Runnable work) {
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int r = 0; r < 10; r++) {
      work.run();
    }
    double ns = (THREADS.getCurrentThreadCpuTime() - cpu) / (10.0 * n);
    double b = (THREADS.getCurrentThreadAllocatedBytes() - bytes) / (10.0 * n);
    System.out.printf(Locale.ROOT, "%-28s %7.1f CPU ns  %7.1f B per transition%n", what, ns, b);
  }
}
