package dev.callroute.core;

/** Shorthands for building rejections. Package-private. */
final class Rejections {
  private Rejections() {}

  static Rejection reject(RejectionReason reason, String subject, Rule rule) {
    return Interned.rejection(reason, subject, rule);
  }

  /** Rejects a step naming an accessory that does not exist or is not connected, else null. */
  static Rejection requireConnected(Draft d, String id, Rule rule) {
    int a = d.world().indexOf(id);
    if (a < 0) {
      return reject(RejectionReason.UNKNOWN_ACCESSORY, id, rule);
    }
    if (!d.connected.contains(a)) {
      return reject(RejectionReason.NOT_CONNECTED, id, rule);
    }
    return null;
  }
}
