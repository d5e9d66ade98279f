package dev.callroute.core;

import java.util.function.LongFunction;

/**
 * Shared instances of the small values a step builds (calls, rejections, connection orders), so
 * that stepping allocates nothing once they are warm: each is looked up by its contents in a
 * two-way table and built only when neither of its two slots holds it. The values are immutable
 * records and classes with final fields, so sharing them changes no answer (they are compared with
 * {@code equals}), and a race between threads at worst builds a value twice. Package-private.
 */
final class Interned {
  private static final int SLOTS = 1 << 12;
  private static final Call[] CALLS = new Call[SLOTS];
  private static final Rejection[] REJECTIONS = new Rejection[SLOTS];
  // A world of 7 accessories has 13,700 connection orders: this table holds them with few clashes.
  private static final int ORDER_SLOTS = 1 << 15;
  private static final ConnectionOrder[] ORDERS = new ConnectionOrder[ORDER_SLOTS];

  private Interned() {}

  /** The first of the two slots of a value with this hash in a table of {@code slots} slots. */
  private static int slot(long hash, int slots) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (slots - 2);
  }

  /** The call with these components. */
  static Call call(String id, CallType type, CallState state, boolean system) {
    int slot =
        slot(((long) id.hashCode() << 8) ^ type.ordinal() << 4 ^ state.ordinal() << 1, SLOTS)
            + (system ? 1 : 0);
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
    int slot =
        slot(((long) subject.hashCode() << 16) ^ reason.ordinal() << 8 ^ rule.ordinal(), SLOTS);
    for (int i = slot; i <= slot + 1; i++) {
      Rejection r = REJECTIONS[i];
      if (r != null && r.reason() == reason && r.rule() == rule && r.subject().equals(subject)) {
        return r;
      }
    }
    Rejection r = new Rejection(reason, subject, rule);
    REJECTIONS[REJECTIONS[slot] == null ? slot : slot + 1] = r;
    return r;
  }

  /** The connection order with these packed bits (see {@link ConnectionOrder#packed()}). */
  static ConnectionOrder order(long packed, LongFunction<ConnectionOrder> make) {
    int slot = slot(packed, ORDER_SLOTS);
    for (int i = slot; i <= slot + 1; i++) {
      ConnectionOrder o = ORDERS[i];
      if (o != null && o.packed() == packed) {
        return o;
      }
    }
    ConnectionOrder o = make.apply(packed);
    ORDERS[ORDERS[slot] == null ? slot : slot + 1] = o;
    return o;
  }
}
