package dev.callroute.scenario;

import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML event stream that stops at {@link Limits#MAX_DEPTH} nested lists and maps and at {@link
 * Limits#MAX_ALIASES} aliases, at the event that passes the limit. The composer builds nodes
 * recursively; stopping here keeps a hostile file from overflowing the stack or multiplying itself
 * through aliases.
 */
final class LimitedParser implements Parser {
  /** A limit passed at this position. */
  static final class LimitPassed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final SourcePosition at;

    LimitPassed(SourcePosition at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  private final Parser inner;
  private int depth;
  private int aliases;

  LimitedParser(Parser inner) {
    this.inner = inner;
  }

  @Override
  public boolean checkEvent(Event.ID choice) {
    return inner.checkEvent(choice);
  }

  @Override
  public Event peekEvent() {
    return inner.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return inner.hasNext();
  }

  @Override
  public Event next() {
    Event e = inner.next();
    switch (e.getEventId()) {
      case SequenceStart:
      case MappingStart:
        if (++depth > Limits.MAX_DEPTH) {
          throw new LimitPassed(
              at(e),
              "lists and maps nested more than "
                  + Limits.MAX_DEPTH
                  + " deep, the most callroute reads; a scenario needs about 5");
        }
        break;
      case SequenceEnd:
      case MappingEnd:
        depth--;
        break;
      case Alias:
        if (++aliases > Limits.MAX_ALIASES) {
          throw new LimitPassed(
              at(e),
              "more than "
                  + Limits.MAX_ALIASES
                  + " aliases (*name), the most callroute reads in one file");
        }
        break;
      default:
        break;
    }
    return e;
  }

  private static SourcePosition at(Event e) {
    return e.getStartMark().map(Problems::at).orElse(SourcePosition.START);
  }
}
