package dev.callroute.core;

/**
 * Shared instances of the small values a step builds (calls, rejections, connection orders), so
 * that stepping allocates nothing once they are warm: each is looked up in a direct-mapped table by
 * its contents and built only when its slot holds another value. The values are immutable records
 * and classes with final fields, so sharing them changes no answer (they are compared with {@code
 * equals}), and a race between threads at worst builds a value twice. Package-private.
 */
final class Interned {
  private static final int SLOTS = 1 << 12;
  private static final Call[] CALLS = new Call[SLOTS];
  private static final Rejection[] REJECTIONS = new Rejection[SLOTS];
  private static final ConnectionOrder[] ORDERS = new ConnectionOrder[SLOTS];

  private Interned() {}

  /** The call with these components. */
  static Call call(String id, CallType type, CallState state, boolean system) {
    int slot =
        ((id.hashCode() * 31 + type.ordinal()) * 31 + state.ordinal() * 2 + (system ? 1 : 0))
            & (SLOTS - 1);
    Call c = CALLS[slot];
    if (c == null
        || c.type() != type
        || c.state() != state
        || c.system() != system
        || !c.id().equals(id)) {
      c = new Call(id, type, state, system);
      CALLS[slot] = c;
    }
    return c;
  }

  /** The rejection with these components. */
  static Rejection rejection(RejectionReason reason, String subject, Rule rule) {
    int slot = ((subject.hashCode() * 31 + reason.ordinal()) * 31 + rule.ordinal()) & (SLOTS - 1);
    Rejection r = REJECTIONS[slot];
    if (r == null || r.reason() != reason || r.rule() != rule || !r.subject().equals(subject)) {
      r = new Rejection(reason, subject, rule);
      REJECTIONS[slot] = r;
    }
    return r;
  }

  /** The connection order with these packed bits (see {@link ConnectionOrder#packed()}). */
  static ConnectionOrder order(long packed, java.util.function.LongFunction<ConnectionOrder> make) {
    long h = packed * 0x9E3779B97F4A7C15L;
    int slot = (int) (h >>> 52) & (SLOTS - 1);
    ConnectionOrder o = ORDERS[slot];
    if (o == null || o.packed() != packed) {
      o = make.apply(packed);
      ORDERS[slot] = o;
    }
    return o;
  }
}
