package dev.callroute.bench;

import dev.callroute.trace.Explainer;
import dev.callroute.trace.SampleLogs;
import dev.callroute.trace.Trace;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A 100 MB log through {@code callroute trace}'s reading and explaining, to show that memory stays
 * bounded: run it with a small heap, for example {@code java -Xmx64m -cp
 * bench/target/benchmarks.jar dev.callroute.bench.TraceMemory [MEGABYTES] [FORMAT]}. It writes the
 * log to a temporary file (a random walk of the benchmark world, with chatter between the entries),
 * explains it, and prints the counts, the time and the peak heap in use.
 */
public final class TraceMemory {
  private TraceMemory() {}

  /** Writes, explains and deletes the log. */
  public static void main(String[] args) throws IOException {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 100;
    SampleLogs.Format format = SampleLogs.Format.valueOf(args.length > 1 ? args[1] : "C1");
    Path file = Files.createTempFile("trace-memory-", ".log");
    try {
      long written = 0;
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (long seed = 1; written < megabytes * 1_000_000; seed++) {
          String chunk = TraceLogs.log(format, 200, 8, seed);
          w.write(chunk);
          written += chunk.length();
        }
      }
      long bytes = Files.size(file);
      long[] counted = new long[1];
      long t0 = System.nanoTime();
      Trace.Result r =
          Trace.explain(
              List.of(file),
              List.of(file.getFileName().toString()),
              new Trace.Options(Explainer.DEFAULT_MAX_HIDDEN, "", false),
              e -> counted[0]++);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf(
          "%s: %.1f MB, %d lines, %s; %.1f s; max heap %d MB, peak heap used %.1f MB%n",
          format,
          bytes / 1e6,
          r.stats().lines(),
          r.summary().line(),
          seconds,
          Runtime.getRuntime().maxMemory() / (1 << 20),
          peak / 1048576.0);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
