package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files callroute writes: whole or not at all, never through a link, never over a device. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesARegularFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.yaml"), "old");

    AtomicFiles.write(target, "new ✓\n");

    assertThat(Files.readString(target)).isEqualTo("new ✓\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void refusesALinkAndLeavesWhatItPointsTo() throws IOException {
    Path outside = Files.writeString(dir.resolve("outside.txt"), "precious");
    Path link = Files.createSymbolicLink(dir.resolve("out.yaml"), outside);

    assertThatThrownBy(() -> AtomicFiles.write(link, "x"))
        .isInstanceOf(FileSystemException.class)
        .satisfies(
            e ->
                assertThat(AtomicFiles.reason((IOException) e))
                    .isEqualTo(
                        link + ": is a symbolic link; callroute does not write through links"));
    assertThat(Files.readString(outside)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void refusesADeviceInsteadOfReplacingIt() {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full));

    assertThatThrownBy(() -> AtomicFiles.write(full, "x"))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("not a regular file");
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void aMissingFolderIsAnErrorWithTheReason() {
    Path target = dir.resolve("no/such/folder/out.yaml");

    assertThatThrownBy(() -> AtomicFiles.write(target, "x"))
        .isInstanceOf(IOException.class)
        .satisfies(
            e ->
                assertThat(AtomicFiles.reason((IOException) e)).endsWith("no such file or folder"));
  }

  @Test
  void aNewFileGetsThePermissionsOfAnyNewFileThereNotOwnerOnly() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.yaml"), "x");
    Path written = dir.resolve("written.yaml");

    AtomicFiles.write(written, "x");

    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
