package dev.callroute.core;

/** Shorthands for building rejections. Package-private. */
final class Rejections {
  private Rejections() {}

  static Rejection reject(Draft d, RejectionReason reason, String subject, Rule rule) {
    return d.interned == null
        ? new Rejection(reason, subject, rule)
        : d.interned.rejection(reason, subject, rule);
  }

  /** Rejects a step naming an accessory that does not exist or is not connected, else null. */
  static Rejection requireConnected(Draft d, String id, Rule rule) {
    int a = d.world().indexOf(id);
    if (a < 0) {
      return reject(d, RejectionReason.UNKNOWN_ACCESSORY, id, rule);
    }
    if (!d.connected.contains(a)) {
      return reject(d, RejectionReason.NOT_CONNECTED, id, rule);
    }
    return null;
  }
}
