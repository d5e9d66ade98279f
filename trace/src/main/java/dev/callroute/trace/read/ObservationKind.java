package dev.callroute.trace.read;

/** What an observation says happened (docs/trace-format.md §4). */
public enum ObservationKind {
  /** The app's route, with its change reason when logged. */
  ROUTE,
  /** A route change reason logged without the route. */
  REASON,
  /** An interruption of the app's session began. */
  INTERRUPTION_BEGAN,
  /** An interruption of the app's session ended. */
  INTERRUPTION_ENDED,
  /** CallKit: a call was reported incoming. */
  CALLKIT_INCOMING,
  /** CallKit: the call was answered. */
  CALLKIT_ANSWER,
  /** CallKit: an outgoing call was started. */
  CALLKIT_START,
  /** CallKit: the call ended. */
  CALLKIT_END,
  /** CallKit: the call's audio session was activated. */
  CALLKIT_ACTIVATE,
  /** CallKit: the call's audio session was deactivated. */
  CALLKIT_DEACTIVATE,
  /** The app turned its speaker override on. */
  SPEAKER_OVERRIDE_ON,
  /** The app turned its speaker override off. */
  SPEAKER_OVERRIDE_OFF,
  /** The app asked for a preferred input or a route, by port name. */
  PREFERRED_INPUT,
  /** The system's call audio became active ({@code callservicesd}). */
  SYSTEM_CALL_AUDIO_ON,
  /** The system's call audio became inactive ({@code callservicesd}). */
  SYSTEM_CALL_AUDIO_OFF,
  /** The system cleared the app's speaker override ({@code callservicesd}). */
  OVERRIDE_CLEARED,
  /** Something worth showing that the model does not check: session shape, activation, a note. */
  NOTE;

  /** Whether the explanation checks this observation against the model. */
  public boolean checked() {
    return this != NOTE;
  }
}
