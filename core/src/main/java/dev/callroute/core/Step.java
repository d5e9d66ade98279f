package dev.callroute.core;

import java.util.Objects;

/**
 * One thing that happens to the world. User actions, app actions and events from the network are
 * different steps; the system's reactions are never steps, they are what {@link Engine#next}
 * reports.
 */
public sealed interface Step {
  /** Who makes a step happen. */
  enum Actor {
    /** The person holding the iPhone. */
    USER,
    /** The calling app, through its audio session APIs. */
    APP,
    /** The far end: a call arrives. */
    NETWORK
  }

  /** Who makes this step happen. */
  Actor actor();

  /** The name scenario files give this step. */
  String keyword();

  /** The user connects an accessory. */
  record Connect(String accessory) implements Step {
    public Connect {
      Objects.requireNonNull(accessory, "accessory");
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "connect";
    }
  }

  /** The user disconnects an accessory. */
  record Disconnect(String accessory) implements Step {
    public Disconnect {
      Objects.requireNonNull(accessory, "accessory");
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "disconnect";
    }
  }

  /** A call arrives and rings. */
  record IncomingCall(String call, CallType type) implements Step {
    public IncomingCall {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public Actor actor() {
      return Actor.NETWORK;
    }

    @Override
    public String keyword() {
      return "incomingCall";
    }
  }

  /** The user places a call from the iPhone; for a VoIP app call, this starts it. */
  record Dial(String call, CallType type) implements Step {
    public Dial {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "dial";
    }
  }

  /** The user answers a ringing call on the iPhone's screen or with an accessory's button. */
  record Answer(String call, Target via) implements Step {
    public Answer {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(via, "via");
      if (via.kind() != Target.Kind.IPHONE && via.kind() != Target.Kind.ACCESSORY) {
        throw new IllegalArgumentException("a call is answered on the iphone or an accessory");
      }
    }

    /** Answers on the iPhone's screen. */
    public Answer(String call) {
      this(call, Target.IPHONE);
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "answer";
    }
  }

  /** The user declines a ringing call, which ends. */
  record Decline(String call) implements Step {
    public Decline {
      Objects.requireNonNull(call, "call");
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "decline";
    }
  }

  /** The call hangs up; a ringing call stops ringing unanswered. */
  record End(String call) implements Step {
    public End {
      Objects.requireNonNull(call, "call");
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "end";
    }
  }

  /** The user picks a route on the call screen of an active system call. */
  record CallScreen(Target pick) implements Step {
    public CallScreen {
      requirePick(pick);
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "callScreen";
    }
  }

  /** The user picks an output in Control Center. */
  record ControlCenter(Target pick) implements Step {
    public ControlCenter {
      requirePick(pick);
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "controlCenter";
    }
  }

  /** The user changes Call Audio Routing. */
  record ChangeSetting(CallAudioRouting callAudioRouting) implements Step {
    public ChangeSetting {
      Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    }

    @Override
    public Actor actor() {
      return Actor.USER;
    }

    @Override
    public String keyword() {
      return "setting";
    }
  }

  /** The app calls {@code setPreferredInput} during its own call. */
  record PreferredInput(Target input) implements Step {
    public PreferredInput {
      Objects.requireNonNull(input, "input");
      if (input.kind() == Target.Kind.IPHONE || input.kind() == Target.Kind.SPEAKER) {
        throw new IllegalArgumentException("a preferred input is an accessory, builtInMic or none");
      }
    }

    @Override
    public Actor actor() {
      return Actor.APP;
    }

    @Override
    public String keyword() {
      return "preferredInput";
    }
  }

  /** The app turns its speaker override ({@code overrideOutputAudioPort(.speaker)}) on or off. */
  record Speakerphone(boolean on) implements Step {
    @Override
    public Actor actor() {
      return Actor.APP;
    }

    @Override
    public String keyword() {
      return "speakerphone";
    }
  }

  private static void requirePick(Target pick) {
    Objects.requireNonNull(pick, "pick");
    if (pick.kind() == Target.Kind.BUILT_IN_MIC || pick.kind() == Target.Kind.NONE) {
      throw new IllegalArgumentException("a route pick is an accessory, iphone or speaker");
    }
  }
}
