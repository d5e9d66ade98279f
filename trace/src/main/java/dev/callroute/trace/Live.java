package dev.callroute.trace;

import java.util.List;

/** A hypothesis still open, and the nodes its explanation has reached so far. */
final class Live {
  final Hypothesis h;
  List<Node> frontier;

  Live(Hypothesis h) {
    this.h = h;
  }
}
