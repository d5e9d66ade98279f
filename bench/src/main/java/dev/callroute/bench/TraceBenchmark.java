package dev.callroute.bench;

import dev.callroute.trace.Explainer;
import dev.callroute.trace.SampleLogs;
import dev.callroute.trace.Trace;
import dev.callroute.trace.read.AppFilter;
import dev.callroute.trace.read.LogReader;
import dev.callroute.trace.read.ReadStats;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code callroute trace}: reading a log (bytes of log text per second, one thread), and explaining
 * a trace of 1,000 observations of a typical world (both passes: learning and explaining).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TraceBenchmark {
  /** The log format read by {@link #parse}. */
  @Param({"W1", "C1", "J1"})
  public String format;

  private String log;
  private long bytes;
  private Path trace;

  /** The log text read, reported per second as {@code parse:megabytes}. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    private long bytes;

    /** Counts each iteration on its own. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }

    /** Megabytes (10^6 bytes) of log text read: with the throughput mode, MB/s. */
    public double megabytes() {
      return bytes / 1e6;
    }
  }

  /** About 8 MB of log text in memory, with four lines of other chatter per log line. */
  @Setup
  public void setUp() throws IOException {
    StringBuilder b = new StringBuilder();
    long seed = 1;
    while (b.length() < 8_000_000) {
      b.append(TraceLogs.log(SampleLogs.Format.valueOf(format), 500, 4, seed++));
    }
    log = b.toString();
    System.out.printf("%n%s log: %d bytes%n", format, log.getBytes(StandardCharsets.UTF_8).length);
    bytes = log.getBytes(StandardCharsets.UTF_8).length;
    trace = Files.createTempFile("trace-bench-", ".log");
    Files.writeString(trace, TraceLogs.log(SampleLogs.Format.valueOf(format), 1000, 0, 7));
  }

  /** Deletes the trace file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(trace);
  }

  /** Reads the whole log: line splitting, prefixes, every shape, route descriptions. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public ReadStats parse(Volume volume, Blackhole bh) throws IOException {
    ReadStats s =
        new LogReader("bench.log", bh::consume, AppFilter.ANY).read(new StringReader(log));
    volume.bytes += bytes;
    return s;
  }

  /** Explains the 1,000-observation trace from its file, both passes. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Trace.Result explain1000(Blackhole bh) throws IOException {
    return Trace.explain(
        List.of(trace),
        List.of("bench.log"),
        new Trace.Options(Explainer.DEFAULT_MAX_HIDDEN, "", false),
        bh::consume);
  }
}
