package dev.callroute.trace.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reassembles a route description (§2) from the tokens {@code inputs = (}, {@code outputs = (},
 * port descriptions, {@code );} and {@code )>}, over one line or many; indentation is ignored.
 */
final class RouteCollector {
  /** The most lines one route description may span; a longer one is abandoned. */
  static final int MAX_LINES = 64;

  /** Which route of a change this is. */
  enum Role {
    /** "Previous route:". */
    PREVIOUS,
    /** "Current route:", or a route description on its own. */
    CURRENT
  }

  final Role role;
  final Source at;
  final String time;
  final String process;
  private final List<LoggedPort> inputs = new ArrayList<>();
  private final List<LoggedPort> outputs = new ArrayList<>();
  private List<LoggedPort> into;
  int lines;
  boolean complete;

  RouteCollector(Role role, Source at, String time, String process) {
    this.role = role;
    this.at = at;
    this.time = time;
    this.process = process;
  }

  private static final String[] TOKENS = {
    "inputs = (", "outputs = (", PortText.START, ");", ")>", "Current route:"
  };

  /**
   * Feeds text from {@code from}; returns the index where it stopped: at the end, just after the
   * closing {@code )>}, or at a {@code Current route:} that starts the next route.
   *
   * @return the index reached, and whether any token was found is {@link #sawToken}
   */
  int feed(String s, int from) {
    int i = from;
    while (!complete) {
      int best = -1;
      int which = -1;
      for (int t = 0; t < TOKENS.length; t++) {
        int k = s.indexOf(TOKENS[t], i);
        if (k >= 0 && (best < 0 || k < best)) {
          best = k;
          which = t;
        }
      }
      if (best < 0) {
        return s.length();
      }
      sawToken = true;
      switch (which) {
        case 0:
          into = inputs;
          i = best + TOKENS[0].length();
          break;
        case 1:
          into = outputs;
          i = best + TOKENS[1].length();
          break;
        case 2:
          PortText.Parsed p = PortText.parse(s, best);
          if (p == null) {
            broken = true;
            return s.length();
          }
          if (into != null) {
            into.add(p.port());
          }
          i = p.end();
          break;
        case 3:
          into = null;
          i = best + 2;
          break;
        case 4:
          complete = true;
          return best + 2;
        default:
          return best;
      }
    }
    return i;
  }

  boolean sawToken;
  boolean broken;

  LoggedRoute route() {
    return new LoggedRoute(inputs, outputs, true);
  }
}
