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

  /**
   * Every type of step, with the keyword scenario files give it and who makes it happen. A switch
   * over {@link #kind()} without a default is how modules dispatch on steps: a new step type is a
   * compile error in each of them.
   */
  enum Kind {
    /** The user connects an accessory. */
    CONNECT("connect", Actor.USER),
    /** The user disconnects an accessory. */
    DISCONNECT("disconnect", Actor.USER),
    /** A call arrives and rings. */
    INCOMING_CALL("incomingCall", Actor.NETWORK),
    /** The user places a call. */
    DIAL("dial", Actor.USER),
    /** The user answers a ringing call. */
    ANSWER("answer", Actor.USER),
    /** The user declines a ringing call. */
    DECLINE("decline", Actor.USER),
    /** A call ends. */
    END("end", Actor.USER),
    /** A pick on the call screen. */
    CALL_SCREEN("callScreen", Actor.USER),
    /** A pick in Control Center. */
    CONTROL_CENTER("controlCenter", Actor.USER),
    /** The user changes Call Audio Routing. */
    CHANGE_SETTING("setting", Actor.USER),
    /** The app's setPreferredInput. */
    PREFERRED_INPUT("preferredInput", Actor.APP),
    /** The app's speaker override. */
    SPEAKERPHONE("speakerphone", Actor.APP);

    private static final Kind[] VALUES = values();
    private final String keyword;
    private final Actor actor;

    Kind(String keyword, Actor actor) {
      this.keyword = keyword;
      this.actor = actor;
    }

    /** The name scenario files give this step. */
    public String keyword() {
      return keyword;
    }

    /** Who makes this step happen. */
    public Actor actor() {
      return actor;
    }

    /** The kind with this keyword, if there is one. */
    public static java.util.Optional<Kind> byKeyword(String keyword) {
      return Names.find(VALUES, k -> k.keyword, keyword);
    }
  }

  /** Which type of step this is. */
  Kind kind();

  /** Who makes this step happen. */
  default Actor actor() {
    return kind().actor();
  }

  /** The name scenario files give this step. */
  default String keyword() {
    return kind().keyword();
  }

  /** The user connects an accessory. */
  record Connect(String accessory) implements Step {
    public Connect {
      Objects.requireNonNull(accessory, "accessory");
    }

    @Override
    public Kind kind() {
      return Kind.CONNECT;
    }
  }

  /** The user disconnects an accessory. */
  record Disconnect(String accessory) implements Step {
    public Disconnect {
      Objects.requireNonNull(accessory, "accessory");
    }

    @Override
    public Kind kind() {
      return Kind.DISCONNECT;
    }
  }

  /** A call arrives and rings. */
  record IncomingCall(String call, CallType type) implements Step {
    public IncomingCall {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public Kind kind() {
      return Kind.INCOMING_CALL;
    }
  }

  /** The user places a call from the iPhone; for a VoIP app call, this starts it. */
  record Dial(String call, CallType type) implements Step {
    public Dial {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public Kind kind() {
      return Kind.DIAL;
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
    public Kind kind() {
      return Kind.ANSWER;
    }
  }

  /** The user declines a ringing call, which ends. */
  record Decline(String call) implements Step {
    public Decline {
      Objects.requireNonNull(call, "call");
    }

    @Override
    public Kind kind() {
      return Kind.DECLINE;
    }
  }

  /** The call hangs up; a ringing call stops ringing unanswered. */
  record End(String call) implements Step {
    public End {
      Objects.requireNonNull(call, "call");
    }

    @Override
    public Kind kind() {
      return Kind.END;
    }
  }

  /** The user picks a route on the call screen of an active system call. */
  record CallScreen(Target pick) implements Step {
    public CallScreen {
      requirePick(pick);
    }

    @Override
    public Kind kind() {
      return Kind.CALL_SCREEN;
    }
  }

  /** The user picks an output in Control Center. */
  record ControlCenter(Target pick) implements Step {
    public ControlCenter {
      requirePick(pick);
    }

    @Override
    public Kind kind() {
      return Kind.CONTROL_CENTER;
    }
  }

  /** The user changes Call Audio Routing. */
  record ChangeSetting(CallAudioRouting callAudioRouting) implements Step {
    public ChangeSetting {
      Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    }

    @Override
    public Kind kind() {
      return Kind.CHANGE_SETTING;
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
    public Kind kind() {
      return Kind.PREFERRED_INPUT;
    }
  }

  /** The app turns its speaker override ({@code overrideOutputAudioPort(.speaker)}) on or off. */
  record Speakerphone(boolean on) implements Step {
    @Override
    public Kind kind() {
      return Kind.SPEAKERPHONE;
    }
  }

  private static void requirePick(Target pick) {
    Objects.requireNonNull(pick, "pick");
    if (pick.kind() == Target.Kind.BUILT_IN_MIC || pick.kind() == Target.Kind.NONE) {
      throw new IllegalArgumentException("a route pick is an accessory, iphone or speaker");
    }
  }
}
