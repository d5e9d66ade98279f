package dev.callroute.core;

import java.util.Objects;

/**
 * A call in progress.
 *
 * @param id the call's id, unique within a scenario
 * @param type cellular, FaceTime or the app's
 * @param state ringing, active or held; ended calls leave the state
 * @param system whether the system owns its audio: every cellular and FaceTime call, and an app
 *     call when the app uses CallKit
 */
public record Call(String id, CallType type, CallState state, boolean system) {
  public Call {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(state, "state");
    if (state == CallState.ENDED) {
      throw new IllegalArgumentException("an ended call is not kept: " + id);
    }
    if (type != CallType.APP && !system) {
      throw new IllegalArgumentException("cellular and FaceTime calls are system calls: " + id);
    }
  }

  /** The same call in another state. */
  public Call withState(CallState newState) {
    return new Call(id, type, newState, system);
  }

  /** Whether this is the app's VoIP call (an app call without CallKit). */
  public boolean isVoip() {
    return !system;
  }

  /** Whether this is the app's call, with or without CallKit. */
  public boolean isApp() {
    return type == CallType.APP;
  }
}
