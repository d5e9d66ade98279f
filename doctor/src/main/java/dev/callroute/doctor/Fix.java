package dev.callroute.doctor;

import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.SessionMode;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.core.World;
import java.util.Optional;

/**
 * A change to a reproducing scenario that might remove the symptom. Whether it does is never looked
 * up: the changed scenario is played again by the engine.
 */
public enum Fix {
  /** The user answers the incoming system call with the accessory's button. */
  ANSWER_VIA_ACCESSORY("answer-via-accessory", Who.USER, "answer with the accessory's button"),
  /** The user sets Call Audio Routing to Bluetooth Headset before the call. */
  SETTING_BLUETOOTH_HEADSET(
      "setting-bluetooth-headset", Who.USER, "set Call Audio Routing to Bluetooth Headset"),
  /** The user picks the accessory on the call screen of the system call. */
  CALL_SCREEN_PICK("call-screen-pick", Who.USER, "pick the accessory on the call screen"),
  /** The user picks the accessory in Control Center before the VoIP call. */
  CONTROL_CENTER_PICK(
      "control-center-pick", Who.USER, "pick the accessory in Control Center before the call"),
  /** The user disconnects and connects the accessory again before the call. */
  RECONNECT_ACCESSORY("reconnect-accessory", Who.USER, "reconnect the accessory before the call"),
  /** The user answers the phone call that interrupts the VoIP call with the accessory's button. */
  ANSWER_INTERRUPTING_CALL_VIA_ACCESSORY(
      "answer-interrupting-call-via-accessory",
      Who.USER,
      "answer the interrupting phone call on the accessory"),
  /** The app calls setPreferredInput with the accessory during the call. */
  SET_PREFERRED_INPUT(
      "set-preferred-input", Who.APP, "call setPreferredInput with the accessory during the call"),
  /** The app reports its calls through CallKit. */
  ADOPT_CALLKIT("adopt-callkit", Who.APP, "report the app's calls through CallKit"),
  /** The app uses mode voiceChat without defaultToSpeaker. */
  VOICE_CHAT_MODE("voice-chat-mode", Who.APP, "use mode voiceChat without defaultToSpeaker"),
  /** The app turns its speaker override off. */
  SPEAKERPHONE_OFF("speakerphone-off", Who.APP, "turn the speaker override off");

  private final String id;
  private final Who who;
  private final String action;

  Fix(String id, Who who, String action) {
    this.id = id;
    this.who = who;
    this.action = action;
  }

  /** The stable ID used in reports and file names. */
  public String id() {
    return id;
  }

  /** Who applies the fix. */
  public Who who() {
    return who;
  }

  /** The action to take, as an imperative phrase. */
  public String action() {
    return action;
  }

  /**
   * The scenario with this fix applied, or empty when the fix does not apply to it: no answer
   * button for an outgoing call, no call screen for a VoIP call, nothing to turn off, and so on.
   */
  public Optional<Repro> apply(Repro r) {
    int start = r.callStart();
    if (start < 0) {
      return Optional.empty();
    }
    boolean appCall = r.callType().orElseThrow() == CallType.APP;
    App app = r.world().app();
    Target acc = Target.accessory(r.accessoryId());
    switch (this) {
      case ANSWER_VIA_ACCESSORY:
        return answerOnAccessory(r, r.callId(), start, r.systemCall());
      case SETTING_BLUETOOTH_HEADSET:
        return r.playFirst(start).state().callAudioRouting() == CallAudioRouting.BLUETOOTH_HEADSET
            ? Optional.empty()
            : Optional.of(
                r.inserting(start, new Step.ChangeSetting(CallAudioRouting.BLUETOOTH_HEADSET)));
      case CALL_SCREEN_PICK:
        return r.systemCall()
            ? Optional.of(r.inserting(r.steps().size(), new Step.CallScreen(acc)))
            : Optional.empty();
      case CONTROL_CENTER_PICK:
        return r.systemCall()
            ? Optional.empty()
            : Optional.of(r.inserting(start, new Step.ControlCenter(acc)));
      case RECONNECT_ACCESSORY:
        return r.playFirst(start).state().isConnected(r.accessoryId())
            ? Optional.of(
                r.inserting(
                    start, new Step.Disconnect(r.accessoryId()), new Step.Connect(r.accessoryId())))
            : Optional.empty();
      case ANSWER_INTERRUPTING_CALL_VIA_ACCESSORY:
        return r.systemCall() ? Optional.empty() : interrupting(r, start);
      case SET_PREFERRED_INPUT:
        return appCall && !app.isReceiver()
            ? Optional.of(r.inserting(r.steps().size(), new Step.PreferredInput(acc)))
            : Optional.empty();
      case ADOPT_CALLKIT:
        return appCall && !app.callKit() && App.canUseCallKit(app.role())
            ? Optional.of(
                r.withWorld(
                    withApp(
                        r.world(), new App(true, app.role(), app.mode(), app.defaultToSpeaker()))))
            : Optional.empty();
      case VOICE_CHAT_MODE:
        return appCall && !app.isReceiver() && app.prefersSpeaker()
            ? Optional.of(
                r.withWorld(
                    withApp(
                        r.world(),
                        new App(app.callKit(), app.role(), SessionMode.VOICE_CHAT, false))))
            : Optional.empty();
      default:
        return r.play().state().speakerOverride()
            ? Optional.of(r.inserting(r.steps().size(), new Step.Speakerphone(false)))
            : Optional.empty();
    }
  }

  /** Replaces the iPhone answer of a system call with the accessory's button. */
  private static Optional<Repro> answerOnAccessory(
      Repro r, String call, int from, boolean systemCall) {
    if (!systemCall) {
      return Optional.empty();
    }
    for (int i = from; i < r.steps().size(); i++) {
      Step st = r.steps().get(i);
      if (st instanceof Step.Answer
          && ((Step.Answer) st).call().equals(call)
          && ((Step.Answer) st).via().kind() == Target.Kind.IPHONE) {
        return Optional.of(
            r.replacing(i, new Step.Answer(call, Target.accessory(r.accessoryId()))));
      }
    }
    return Optional.empty();
  }

  /** Answers, on the accessory, the first phone call that rings after the VoIP call started. */
  private static Optional<Repro> interrupting(Repro r, int start) {
    for (int i = start + 1; i < r.steps().size(); i++) {
      Step st = r.steps().get(i);
      if (st instanceof Step.IncomingCall && !((Step.IncomingCall) st).call().equals(r.callId())) {
        return answerOnAccessory(r, ((Step.IncomingCall) st).call(), i, true);
      }
    }
    return Optional.empty();
  }

  private static World withApp(World w, App app) {
    return new World(w.accessories(), app);
  }
}
