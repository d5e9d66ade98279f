package dev.callroute.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Standard output that remembers the first write that failed (a full disk, a closed pipe, a closed
 * descriptor), where {@link PrintStream} would hide it. After a failure, further writes are
 * dropped, so a long report does not keep failing; {@link #finish} turns the failure into a message
 * and a non-zero exit status.
 */
final class CheckedOutput extends OutputStream {
  private final OutputStream out;
  private IOException failure;

  CheckedOutput(OutputStream out) {
    this.out = out;
  }

  /** Replaces {@code System.out} with a buffered stream over this one, in the same encoding. */
  static CheckedOutput installOnStandardOutput() {
    CheckedOutput checked = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
    String encoding = System.getProperty("sun.stdout.encoding");
    Charset charset =
        encoding != null && Charset.isSupported(encoding)
            ? Charset.forName(encoding)
            : Charset.defaultCharset();
    System.setOut(new PrintStream(new BufferedOutputStream(checked, 1 << 16), false, charset));
    return checked;
  }

  @Override
  public void write(int b) {
    if (failure == null) {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (failure == null) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void flush() {
    if (failure == null) {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  /** Why a write failed, if one did. */
  Optional<String> failure() {
    return Optional.ofNullable(failure)
        .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /**
   * Flushes {@code System.out}; when a write failed, says why on {@code err} and returns {@link
   * Main#FAILED}, otherwise {@code status}.
   */
  int finish(int status, PrintStream err) {
    System.out.flush();
    flush();
    if (failure().isEmpty()) {
      return status;
    }
    err.println("callroute: cannot write the output: " + failure().get());
    err.flush();
    return status == 0 || status == 1 ? Main.FAILED : status;
  }
}
