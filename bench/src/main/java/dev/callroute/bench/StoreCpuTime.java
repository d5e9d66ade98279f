package dev.callroute.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * {@link StoreBenchmark} for a busy machine: the same look-up streams timed in CPU time of the
 * measuring thread, which time slices lost to other processes do not inflate, one by one and
 * batched in turns, round after round. Prints the median, lowest and highest CPU ns per look-up
 * over the rounds, the work between batches ({@code spacer}) subtracted. Run it with {@code java
 * -Xmx8g -cp bench/target/benchmarks.jar dev.callroute.bench.StoreCpuTime [rounds]} from the
 * repository root.
 */
public final class StoreCpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StoreCpuTime() {}

  /** Measures {@code rounds} (default 15) rounds after 3 of warm-up. */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    StoreBenchmark b = new StoreBenchmark();
    b.world = "bench/worlds/large.yaml";
    b.work = 64;
    b.setUp();
    String[] names = {"spacer", "contains", "containsAll"};
    IntSupplier[] runs = {b::spacer, b::contains, b::containsAll};
    double[][] ns = new double[runs.length][rounds];
    long sink = 0;
    for (int round = -3; round < rounds; round++) {
      for (int r = 0; r < runs.length; r++) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        sink += runs[r].getAsInt();
        double perLookup =
            (THREADS.getCurrentThreadCpuTime() - cpu) / (double) StoreBenchmark.LOOKUPS;
        if (round >= 0) {
          ns[r][round] = perLookup;
        }
      }
    }
    for (int r = 0; r < runs.length; r++) {
      double spacer = r == 0 ? 0 : median(ns[0]);
      double[] sorted = ns[r].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%-16s median %6.1f CPU ns/look-up (lowest %6.1f, highest %6.1f)%s%n",
          names[r],
          median(ns[r]) - spacer,
          sorted[0] - spacer,
          sorted[rounds - 1] - spacer,
          r == 0 ? "" : ", spacer subtracted");
    }
    System.out.println("(" + (sink & 1) + ")");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
