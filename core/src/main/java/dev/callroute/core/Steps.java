package dev.callroute.core;

/**
 * Short factories for every {@link Step}, meant for static import in app teams' tests: {@code
 * sim.apply(incomingCall("c1"), answerVia("c1", "airpods"))}.
 */
public final class Steps {
  private Steps() {}

  /** The user connects the accessory with this id. */
  public static Step connect(String accessory) {
    return new Step.Connect(accessory);
  }

  /** The user disconnects the accessory with this id. */
  public static Step disconnect(String accessory) {
    return new Step.Disconnect(accessory);
  }

  /** A cellular call rings. */
  public static Step incomingCall(String call) {
    return new Step.IncomingCall(call, CallType.CELLULAR);
  }

  /** A call of this type rings. */
  public static Step incomingCall(String call, CallType type) {
    return new Step.IncomingCall(call, type);
  }

  /** The user places a cellular call from the iPhone. */
  public static Step dial(String call) {
    return new Step.Dial(call, CallType.CELLULAR);
  }

  /** The user places a call of this type; for an app call without CallKit, the VoIP call starts. */
  public static Step dial(String call, CallType type) {
    return new Step.Dial(call, type);
  }

  /** The user answers the ringing call on the iPhone's screen. */
  public static Step answer(String call) {
    return new Step.Answer(call);
  }

  /** The user answers the ringing call with this accessory's call button. */
  public static Step answerVia(String call, String accessory) {
    return new Step.Answer(call, Target.accessory(accessory));
  }

  /** The user declines the ringing call. */
  public static Step decline(String call) {
    return new Step.Decline(call);
  }

  /** The call hangs up, or stops ringing unanswered. */
  public static Step end(String call) {
    return new Step.End(call);
  }

  /**
   * The user picks a route on the call screen: an accessory id, {@code iphone} or {@code speaker}.
   */
  public static Step callScreen(String pick) {
    return new Step.CallScreen(Target.parse(pick));
  }

  /**
   * The user picks an output in Control Center: an accessory id, {@code iphone} or {@code speaker}.
   */
  public static Step controlCenter(String pick) {
    return new Step.ControlCenter(Target.parse(pick));
  }

  /** The user changes Call Audio Routing. */
  public static Step setting(CallAudioRouting callAudioRouting) {
    return new Step.ChangeSetting(callAudioRouting);
  }

  /** The app sets a preferred input: an accessory id, {@code builtInMic} or {@code none}. */
  public static Step preferredInput(String input) {
    return new Step.PreferredInput(Target.parse(input));
  }

  /** The app turns its speaker override on or off. */
  public static Step speakerphone(boolean on) {
    return new Step.Speakerphone(on);
  }
}
