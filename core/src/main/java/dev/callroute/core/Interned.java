package dev.callroute.core;

/**
 * The small values a {@link Stepper}'s steps build (calls, rejections, connection orders), kept so
 * that stepping allocates nothing once they are warm: each is looked up by its contents in a
 * two-way table and built only when neither of its two slots holds it. The values are immutable, so
 * sharing them changes no answer (they are compared with {@code equals}). One per stepper, so one
 * thread writes it; {@link Engine#next} builds its values directly (a new call id each time, as in
 * a long scenario, would only miss). Package-private.
 */
final class Interned {
  private static final int SLOTS = 1 << 12;
  private final Call[] calls = new Call[SLOTS];
  private final Rejection[] rejections = new Rejection[SLOTS];
  // A world of 7 accessories has 13,700 connection orders: this table holds them with few clashes.
  private static final int ORDER_SLOTS = 1 << 15;
  private final ConnectionOrder[] orders = new ConnectionOrder[ORDER_SLOTS];

  /** The first of the two slots of a value with this hash in a table of {@code slots} slots. */
  private static int slot(long hash, int slots) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (slots - 2);
  }

  /** The call with these components. */
  Call call(String id, CallType type, CallState state, boolean system) {
    int slot =
        slot(((long) id.hashCode() << 8) ^ type.ordinal() << 4 ^ state.ordinal() << 1, SLOTS)
            + (system ? 1 : 0);
    Call c = calls[slot];
    if (c == null
        || c.type() != type
        || c.state() != state
        || c.system() != system
        || !c.id().equals(id)) {
      c = new Call(id, type, state, system);
      calls[slot] = c;
    }
    return c;
  }

  /** The rejection with these components. */
  Rejection rejection(RejectionReason reason, String subject, Rule rule) {
    int slot =
        slot(((long) subject.hashCode() << 16) ^ reason.ordinal() << 8 ^ rule.ordinal(), SLOTS);
    for (int i = slot; i <= slot + 1; i++) {
      Rejection r = rejections[i];
      if (r != null && r.reason() == reason && r.rule() == rule && r.subject().equals(subject)) {
        return r;
      }
    }
    Rejection r = new Rejection(reason, subject, rule);
    rejections[rejections[slot] == null ? slot : slot + 1] = r;
    return r;
  }

  /** The connection order with these packed bits (see {@link ConnectionOrder#packed()}). */
  ConnectionOrder order(long packed) {
    int slot = slot(packed, ORDER_SLOTS);
    for (int i = slot; i <= slot + 1; i++) {
      ConnectionOrder o = orders[i];
      if (o != null && o.packed() == packed) {
        return o;
      }
    }
    ConnectionOrder o = ConnectionOrder.ofPacked(packed);
    orders[orders[slot] == null ? slot : slot + 1] = o;
    return o;
  }
}
