package dev.callroute.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * The UTF-8 text of an input file (a scenario, a free-text report), or the one problem that stops
 * it from being read: no such file, permission denied, a folder or another file that is not a
 * regular file (a FIFO or a device would block or never end), more than {@link
 * Limits#MAX_FILE_BYTES} bytes (checked before reading, and again while reading), or bytes that are
 * not UTF-8. Never reads more than the limit, so standard input and growing files are safe too.
 *
 * @param name the input as messages name it
 * @param text the text, when it could be read
 * @param problem why it could not be read, when it could not
 */
public record SourceText(Path name, Optional<String> text, Optional<Problem> problem) {
  /** How messages name standard input. */
  public static final Path STANDARD_INPUT = Path.of("<stdin>");

  public SourceText {
    Objects.requireNonNull(name, "name");
    if (text.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a source has text or a problem, not both");
    }
  }

  /** The text of a file. */
  public static SourceText of(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return failed(file, reason(e));
    }
    if (attributes.isDirectory()) {
      return failed(file, "is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      return failed(file, "not a regular file (a FIFO, a device or a socket is not read)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return of(in, file);
    } catch (IOException e) {
      return failed(file, reason(e));
    }
  }

  /** The text of a stream, such as standard input, read up to the limit and one byte more. */
  public static SourceText of(InputStream in, Path name) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return failed(name, reason(e));
    }
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      SourcePosition at = positionOfByte(bytes, Limits.MAX_FILE_BYTES);
      return new SourceText(
          name,
          Optional.empty(),
          Optional.of(
              Problem.at(
                  name,
                  at,
                  "the file is larger than "
                      + Limits.MAX_FILE_BYTES / (1024 * 1024)
                      + " MiB ("
                      + Limits.count(Limits.MAX_FILE_BYTES)
                      + " bytes), the most callroute reads; the limit is passed here")));
    }
    return decode(bytes, name);
  }

  /** The text of these bytes, or where they stop being UTF-8. */
  static SourceText decode(byte[] bytes, Path name) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      out.flip();
      return new SourceText(
          name,
          Optional.empty(),
          Optional.of(
              Problem.at(
                  name,
                  position(out, out.length()),
                  String.format(
                      java.util.Locale.ROOT,
                      "not UTF-8 at byte %s (0x%02X); save the file as UTF-8 text",
                      Limits.count(at + 1L),
                      bytes[at] & 0xFF))));
    }
    out.flip();
    return new SourceText(name, Optional.of(out.toString()), Optional.empty());
  }

  /** The 1-based line and column (in code points) of the character at {@code index}. */
  public static SourcePosition position(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = Character.codePointCount(text, lineStart, index) + 1;
    return new SourcePosition(line, column);
  }

  /** The position of byte {@code index}, counting characters leniently where UTF-8 is broken. */
  private static SourcePosition positionOfByte(byte[] bytes, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }

  private static SourceText failed(Path name, String message) {
    return new SourceText(name, Optional.empty(), Optional.of(Problem.ofFile(name, message)));
  }

  /** The cause of an I/O error in words: "no such file", "permission denied", ... */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return "cannot read: " + ((FileSystemException) e).getReason();
    }
    return "cannot read: "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
