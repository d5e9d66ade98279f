package dev.callroute.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files that callroute produces so that nothing is lost or half-written: into a temporary
 * file beside the target, forced to disk, then renamed over the target in one step. A target that
 * is a symbolic link is refused: callroute never writes through a link to somewhere else. Every
 * failure is an {@link IOException} with the reason.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target}, replacing a regular file there. */
  public static void write(Path target, String text) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new FileSystemException(
          target.toString(), null, "is a symbolic link; callroute does not write through links");
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(target.toString(), null, "is a folder");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      // Renaming over a device or a FIFO would replace it; writing to it would not be atomic.
      throw new FileSystemException(
          target.toString(), null, "not a regular file (a FIFO, a device or a socket)");
    }
    Path folder = target.toAbsolutePath().getParent();
    Path temp = createTemporary(folder, target.getFileName().toString());
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new empty file beside the target, created exclusively (never through a link) with the
   * permissions any new file gets there (the umask's), not the owner-only ones of {@link
   * Files#createTempFile}: the file callroute writes is meant to be read and shared.
   */
  private static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** An I/O failure in words: the file and the reason, without the exception's class name. */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String why = f.getReason() != null ? f.getReason() : SourceText.reason(e);
      if (e instanceof java.nio.file.AccessDeniedException) {
        why = "permission denied";
      } else if (e instanceof java.nio.file.NoSuchFileException) {
        why = "no such file or folder";
      }
      return (f.getFile() == null ? "" : f.getFile() + ": ") + why;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
