package dev.callroute.trace;

import dev.callroute.core.Outcome;
import dev.callroute.core.Route;
import dev.callroute.core.State;
import java.util.Objects;

/**
 * A point of the search: a state, the outcome of the step that reached it and the route before that
 * step (both null at a start), and the explanation so far for {@code --write} (null when not kept).
 * Nullable fields: a node is internal to the search.
 */
final class Node {
  final State state;
  final Outcome last;
  final Route before;
  final Chain chain;

  Node(State state, Outcome last, Route before, Chain chain) {
    this.state = Objects.requireNonNull(state, "state");
    this.last = last;
    this.before = before;
    this.chain = chain;
  }

  /** What identifies a node for the search: the state and the last step's notifications. */
  Object key() {
    return java.util.List.of(
        state,
        last == null ? java.util.List.of() : last.notifications(),
        before == null ? Route.NONE : before);
  }
}
