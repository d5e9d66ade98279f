package dev.callroute.trace.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line in bounded memory: a line longer than {@link #MAX_LINE} characters is cut
 * there and the rest of it dropped ({@link #truncated()} says so). {@code \n}, {@code \r\n} and a
 * lone {@code \r} end a line. The same buffer is reused: {@link #line()} is valid until the next
 * {@link #next()}.
 */
public final class LineReader {
  /** The longest line kept, in characters; the documented limit. */
  public static final int MAX_LINE = 65_536;

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int end;
  private final StringBuilder line = new StringBuilder(256);
  private boolean truncated;
  private long number;
  private boolean eof;
  private boolean pendingCr;

  /** A reader of these characters. */
  public LineReader(Reader in) {
    this.in = in;
  }

  /** Advances to the next line; false at the end of the input. */
  public boolean next() throws IOException {
    line.setLength(0);
    truncated = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof) {
          break;
        }
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          eof = true;
          break;
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      append(start, pos);
      any = true;
      if (pos < end) {
        pendingCr = buf[pos] == '\r';
        pos++;
        number++;
        return true;
      }
    }
    if (any && (line.length() > 0 || truncated)) {
      number++;
      return true;
    }
    return false;
  }

  private void append(int from, int to) {
    int room = MAX_LINE - line.length();
    int n = to - from;
    if (n > room) {
      truncated = true;
      n = room;
    }
    if (n > 0) {
      line.append(buf, from, n);
    }
  }

  /** The current line, without its line break. */
  public CharSequence line() {
    return line;
  }

  /** Whether the current line was longer than {@link #MAX_LINE} and was cut. */
  public boolean truncated() {
    return truncated;
  }

  /** The number of the current line, from 1. */
  public long number() {
    return number;
  }
}
