package dev.callroute.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count a folder run starts with is the number of files it plays. */
class RunFolderCountTest {
  @TempDir Path dir;

  @Test
  void aFileReachedThroughLinksIsCountedOnceAsItIsPlayedOnce() throws IOException {
    Path examples = Path.of("..", "examples");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.copy(examples.resolve("01-phone-call-answered-on-iphone.yaml"), dir.resolve("a.yaml"));
    Files.copy(examples.resolve("02-phone-call-answered-on-airpods.yaml"), sub.resolve("b.yaml"));
    Files.createSymbolicLink(dir.resolve("z.yaml"), dir.resolve("a.yaml"));
    Files.createSymbolicLink(dir.resolve("sub2"), sub);
    Captured r = Captured.run("run", dir.toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    List<String> lines = r.lines();
    assertThat(lines.get(0)).isEqualTo(dir + ": 2 scenario files");
    assertThat(r.lastLine()).isEqualTo("2 passed, 0 failed");
  }
}
