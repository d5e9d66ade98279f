package dev.callroute.core;

/**
 * Why a step could not happen. Each constant carries a message a person can act on; {@code %s}
 * stands for the step's subject (an accessory or call id, or a pick).
 */
public enum RejectionReason {
  /** The step names an accessory the world does not have. */
  UNKNOWN_ACCESSORY("There is no accessory '%s' in this world."),
  /** Connect of an accessory that is already connected. */
  ALREADY_CONNECTED("'%s' is already connected; disconnect it first."),
  /** The step needs an accessory that is not connected. */
  NOT_CONNECTED("'%s' is not connected; connect it first."),
  /** A call id that is already in use by a call in progress. */
  CALL_EXISTS("A call '%s' is already in progress; give the new call another id."),
  /** The step names a call that is not in progress. */
  NO_SUCH_CALL("There is no call '%s' in progress: it ended, or it was never placed."),
  /** Answer or decline of a call that is not ringing. */
  NOT_RINGING("Call '%s' is not ringing, so it cannot be answered or declined."),
  /** Answer on an accessory without a call button. */
  NO_CALL_BUTTON("'%s' has no call button; answer on the iPhone instead."),
  /** Answer of a VoIP call on an accessory's button. */
  BUTTON_REACHES_SYSTEM_CALLS_ONLY(
      "An accessory's button answers only system calls; answer the app's call '%s' on the iPhone,"
          + " or adopt CallKit."),
  /** A third system call answered while one is active and one held. */
  TOO_MANY_CALLS("Call '%s' cannot be answered: one call is already active and another held."),
  /** Dialling while another system call rings, is active or is held. */
  SYSTEM_CALL_IN_PROGRESS(
      "Call '%s' cannot be placed while another system call rings, is active or is held."),
  /** A VoIP call while a system call rings, is active or is held. */
  VOIP_BLOCKED(
      "The app's VoIP call '%s' cannot be dialled or answered while a system call rings, is"
          + " active or is held (it can be answered once no system call remains); the app must"
          + " use CallKit to take part in system calls."),
  /** A second app call. */
  APP_HAS_ONE_CALL("The app already has a call; '%s' must wait until it ends."),
  /** A call-screen pick without an active system call. */
  NO_ACTIVE_SYSTEM_CALL("The call screen needs an active system call; pick '%s' during one."),
  /** A Control Center pick while a system call is in progress. */
  CONTROL_CENTER_DURING_SYSTEM_CALL(
      "Control Center cannot change the route of a system call; use the call screen to pick '%s'."),
  /** The iPhone is not offered while a wired accessory is plugged in. */
  IPHONE_NOT_OFFERED(
      "'%s' is not offered while wired headphones or a wired headset are plugged in."),
  /** A pick of an accessory that cannot carry calls. */
  CANNOT_CARRY_CALLS("'%s' cannot carry calls: it has no usable hands-free profile."),
  /** A pick or preferred input whose HFP this VoIP session cannot use. */
  HFP_NOT_USABLE_BY_VOIP(
      "'%s' offers its microphone only to system calls; the app must use CallKit to record"
          + " through it."),
  /** The step needs the app's own call to be active. */
  APP_CALL_NOT_ACTIVE(
      "The app has no active call ('%s' needs one that is not ringing, interrupted or held)."),
  /** A receiver has no inputs. */
  RECEIVER_HAS_NO_INPUT("The app only receives audio, so it has no input to prefer ('%s')."),
  /** A receiver has no speaker override. */
  RECEIVER_HAS_NO_OVERRIDE(
      "The app only receives audio; a playback session has no speaker override ('%s')."),
  /** A preferred input on an accessory without a microphone. */
  NO_MICROPHONE("'%s' has no microphone.");

  private final String template;

  RejectionReason(String template) {
    this.template = template;
  }

  /** The message template, with {@code %s} for the subject. */
  public String template() {
    return template;
  }
}
