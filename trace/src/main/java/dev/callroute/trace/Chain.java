package dev.callroute.trace;

import dev.callroute.core.Step;
import dev.callroute.scenario.Expectation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The explanation so far as a persistent list, newest first, sharing its older part with every
 * other explanation that grew from it: the start (connected accessories), then steps and the
 * expectations that pin what was observed.
 */
final class Chain {
  final Chain parent;
  final Step step;
  final Expectation expect;
  final List<String> connectedFirst;
  final int size;

  private Chain(Chain parent, Step step, Expectation expect, List<String> connectedFirst) {
    this.parent = parent;
    this.step = step;
    this.expect = expect;
    this.connectedFirst = connectedFirst;
    this.size = parent == null ? 0 : parent.size + 1;
  }

  /** A start with these accessories connected, in order. */
  static Chain start(List<String> connectedFirst) {
    return new Chain(null, null, null, List.copyOf(connectedFirst));
  }

  Chain then(Step s) {
    return new Chain(this, s, null, connectedFirst);
  }

  Chain expect(Expectation e) {
    return new Chain(this, null, e, connectedFirst);
  }

  /** The entries oldest first: each a {@link Step} or an {@link Expectation}. */
  List<Object> entries() {
    List<Object> out = new ArrayList<>(size);
    for (Chain c = this; c.parent != null; c = c.parent) {
      out.add(c.step != null ? c.step : c.expect);
    }
    Collections.reverse(out);
    return out;
  }
}
