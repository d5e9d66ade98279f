package dev.callroute.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One run of {@link Main#execute} with standard input, output and error replaced, as a shell would
 * give them.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record Captured(int status, String out, String err) {
  /** Runs the command line with {@code stdin} as standard input. */
  static Captured withInput(String stdin, String... args) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    InputStream savedIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      int status = Main.execute(args);
      System.out.flush();
      return new Captured(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
      System.setIn(savedIn);
    }
  }

  /** Runs the command line with empty standard input. */
  static Captured run(String... args) {
    return withInput("", args);
  }

  /** The lines of standard output. */
  List<String> lines() {
    return out.lines().toList();
  }

  /** The last line of standard output. */
  String lastLine() {
    List<String> lines = lines();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
