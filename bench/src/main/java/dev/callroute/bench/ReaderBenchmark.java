package dev.callroute.bench;

import dev.callroute.scenario.Limits;
import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/**
 * Reading (and playing) the largest file callroute accepts: 3 MiB, the size limit. {@code steps}
 * holds 10,000 steps and expects (the step limit) and a comment up to the size; {@code scalar}
 * holds one plain scalar of almost 3 MiB, the shape that made the YAML scanner quadratic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {
  @Param({"steps", "scalar"})
  public String shape;

  private Path file;

  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("callroute-largest", ".yaml");
    Files.writeString(file, largest(shape), StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The largest allowed file of this shape: exactly {@link Limits#MAX_FILE_BYTES} bytes. */
  static String largest(String shape) {
    StringBuilder b = new StringBuilder();
    if (shape.equals("steps")) {
      b.append("name: Largest allowed file\naccessories:\n")
          .append("  - {id: airpods, kind: bluetoothHeadset}\nsteps:\n");
      for (int i = 0; i < Limits.MAX_STEPS / 2; i++) {
        b.append(i % 2 == 0 ? "  - connect: airpods\n" : "  - disconnect: airpods\n");
        b.append(
            i % 2 == 0
                ? "  - expect: {output: airpods}\n"
                : "  - expect: {output: builtInSpeaker}\n");
      }
    } else {
      b.append("steps: [{dial: c1}]\nname: ").append("n".repeat(Limits.MAX_FILE_BYTES - 64));
      b.append('\n');
    }
    b.append('#').append("x".repeat(Limits.MAX_FILE_BYTES - b.length() - 2)).append('\n');
    return b.toString();
  }

  /** Reads and validates the file. */
  @Benchmark
  public ReadResult read() {
    return ScenarioReader.read(file);
  }

  /** Reads the file and, when it is valid, plays every step. */
  @Benchmark
  public Object readAndPlay() {
    ReadResult r = ScenarioReader.read(file);
    return r.scenario().map(ScenarioPlayer::play).map(p -> (Object) p).orElse(r);
  }
}
