package dev.callroute.core;

import java.util.Objects;

/**
 * Why a step was rejected.
 *
 * @param reason the reason
 * @param subject what the reason is about: an accessory or call id, or a pick
 * @param rule the rule that forbids the step
 */
public record Rejection(RejectionReason reason, String subject, Rule rule) {
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
  }

  /** The message a person reads, rendered on demand. */
  public String message() {
    return String.format(reason.template(), subject);
  }
}
