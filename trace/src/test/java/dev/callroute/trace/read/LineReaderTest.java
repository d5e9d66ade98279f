package dev.callroute.trace.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<String> lines(String text) throws IOException {
    LineReader r = new LineReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    while (r.next()) {
      out.add(r.number() + (r.truncated() ? "!" : ":") + r.line());
    }
    return out;
  }

  @Test
  void everyLineBreakEndsALine() throws IOException {
    assertThat(lines("a\r\nb\nc\rd")).containsExactly("1:a", "2:b", "3:c", "4:d");
    assertThat(lines("a\r\n\r\nb\n")).containsExactly("1:a", "2:", "3:b");
    assertThat(lines("")).isEmpty();
  }

  @Test
  void aLineAtTheLimitIsKeptAndOnePastItIsCut() throws IOException {
    String at = "x".repeat(LineReader.MAX_LINE);
    List<String> kept = lines(at + "\nnext");
    assertThat(kept.get(0)).isEqualTo("1:" + at);
    assertThat(kept.get(1)).isEqualTo("2:next");
    List<String> cut = lines(at + "yz\nnext");
    assertThat(cut.get(0)).isEqualTo("1!" + at);
    assertThat(cut.get(1)).isEqualTo("2:next");
  }

  @Test
  void aCrlfSplitAcrossBuffersIsOneBreak() throws IOException {
    String first = "y".repeat((1 << 16) - 1);
    assertThat(lines(first + "\r\nz")).containsExactly("1:" + first, "2:z");
  }
}
