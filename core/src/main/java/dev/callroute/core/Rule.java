package dev.callroute.core;

import java.util.Optional;

/**
 * Every routing rule of {@code docs/routing-rules.md}, in the spec's order, with its stable ID and
 * a sentence a user can read. Explanations name these constants; their text is rendered on demand.
 */
public enum Rule {
  /** A system call answered on the iPhone's screen, with Call Audio Routing automatic. */
  CALL_ANSWER_ON_IPHONE(
      "call.answer-on-iphone",
      "A call answered on the iPhone's screen stays on the iPhone: the earpiece, a wired headset"
          + " if one is plugged in, or the loudspeaker for an app whose session defaults to it.",
      FaqReason.REASON_1_PHONE),
  /** A system call answered with an accessory's call button. */
  CALL_ANSWER_ON_ACCESSORY(
      "call.answer-on-accessory",
      "A call answered with an accessory's button goes to that accessory.",
      FaqReason.REASON_1_PHONE),
  /** An outgoing system call placed on the iPhone. */
  CALL_DIAL(
      "call.dial",
      "A call placed from the iPhone goes to the most recently connected accessory that can carry"
          + " calls, otherwise to the iPhone."),
  /** Call Audio Routing is Bluetooth Headset. */
  SETTING_BLUETOOTH_HEADSET(
      "setting.bluetooth-headset",
      "Call Audio Routing is Bluetooth Headset, so the call goes to the Bluetooth accessory however"
          + " it was answered or dialled."),
  /** Call Audio Routing is Speaker. */
  SETTING_SPEAKER(
      "setting.speaker",
      "Call Audio Routing is Speaker, so the call goes to the loudspeaker however it was answered"
          + " or dialled."),
  /** The user picked a route on the call screen. */
  CALL_SWITCH_ON_CALL_SCREEN(
      "call.switch-on-call-screen",
      "The route was picked on the call screen; the microphone moves with the output."),
  /** A call-capable accessory connected during an active system call. */
  CALL_ACCESSORY_CONNECTED(
      "call.accessory-connected",
      "An accessory that can carry calls connected during the call, so the call moved to it."),
  /** The accessory carrying an active system call disconnected. */
  CALL_ACCESSORY_DISCONNECTED(
      "call.accessory-disconnected",
      "The accessory carrying the call disconnected, so the call fell back to the most recent"
          + " remaining accessory, or to the iPhone."),
  /** A second system call was answered while one was active. */
  CALL_WAITING(
      "call.waiting",
      "A second call was answered, so the first went on hold and the answer rules chose the route"
          + " again; ending the active call resumes the held one on the same route."),
  /** The last system call ended. */
  CALL_END("call.end", "The call ended; its route is remembered as the last call route."),
  /** Call Audio Routing was changed. */
  SETTING_CHANGE(
      "setting.change",
      "A new Call Audio Routing applies to calls answered or dialled later; it never moves a call"
          + " in progress."),
  /** A sender's VoIP call started with no system call since the last Bluetooth connection. */
  VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL(
      "voip.bluetooth-when-no-phone-call",
      "No phone call has been active since the Bluetooth accessory connected, so the VoIP call"
          + " uses its Bluetooth microphone and output, if the session can use them.",
      FaqReason.REASON_1_VOIP),
  /** A sender's VoIP call started after a system call since the last Bluetooth connection. */
  VOIP_LAST_CALL_ROUTE(
      "voip.last-call-route",
      "A phone call has been active since the Bluetooth accessory connected, so the VoIP call"
          + " takes the route the last call ended on.",
      FaqReason.REASON_1_VOIP),
  /** A Control Center choice decided the route. */
  VOIP_CONTROL_CENTER_CHOICE(
      "voip.control-center-choice",
      "The output picked in Control Center applies to the app's call and to media until it is"
          + " replaced or an accessory connects or disconnects."),
  /** The session's own default route. */
  VOIP_DEFAULT_ROUTE(
      "voip.default-route",
      "The app's session uses its own default: a wired headset if plugged in, otherwise the"
          + " earpiece (or loudspeaker for speaker-default sessions); a receiver plays through the"
          + " latest accessory or the loudspeaker."),
  /** A Bluetooth accessory whose HFP works for system calls only was refused to a VoIP call. */
  VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL(
      "voip.bluetooth-speaker-needs-system-call",
      "This Bluetooth accessory offers its microphone and call audio only to system calls, so a"
          + " VoIP call without CallKit cannot record or talk through it.",
      FaqReason.REASON_3),
  /** A system call rang or was dialled during the app's VoIP call. */
  VOIP_INTERRUPTED_BY_SYSTEM_CALL(
      "voip.interrupted-by-system-call", "A system call interrupted the app's VoIP call."),
  /** An interrupted VoIP call resumed when the last system call ended. */
  VOIP_RESUME_AFTER_INTERRUPTION(
      "voip.resume-after-interruption",
      "The system call ended, so the VoIP call resumed on the route the system call ended on, if"
          + " it can use it."),
  /** An accessory the VoIP session can use connected during its active call. */
  VOIP_ACCESSORY_CONNECTED(
      "voip.accessory-connected",
      "An accessory the app's session can use connected during its call, so the call moved to"
          + " it."),
  /** The accessory carrying the VoIP call disconnected. */
  VOIP_ACCESSORY_DISCONNECTED(
      "voip.accessory-disconnected",
      "The accessory carrying the VoIP call disconnected, so the call fell back to another usable"
          + " accessory or to the session's default."),
  /** The app's VoIP call ended. */
  VOIP_END("voip.end", "The VoIP call ended; its route is remembered as the last call route."),
  /** A VoIP call cannot start while a system call is in progress. */
  VOIP_BLOCKED_BY_SYSTEM_CALL(
      "voip.blocked-by-system-call",
      "A VoIP call cannot be dialled or answered while a system call rings, is active or is held"
          + " (it may still ring, and be answered once no system call remains), and the app has"
          + " one call at a time; the app must use CallKit to join system calls."),
  /** The app set a preferred input. */
  APP_PREFERRED_INPUT("app.preferred-input", "The app chose this input with setPreferredInput."),
  /** The app turned its speaker override on or off. */
  APP_SPEAKER_OVERRIDE(
      "app.speaker-override", "The app turned its speakerphone override on or off."),
  /** Bluetooth HFP input and output always go together. */
  ROUTE_HFP_COUPLES_INPUT_OUTPUT(
      "route.hfp-couples-input-output",
      "Bluetooth hands-free input and output always go to the same accessory together.",
      FaqReason.REASON_2),
  /** Routes use only connected ports; a remembered disconnected route is ignored. */
  ROUTE_ONLY_CONNECTED_PORTS(
      "route.only-connected-ports",
      "A remembered route on an accessory that is no longer connected is ignored."),
  /** The most recently connected qualifying accessory wins. */
  ROUTE_LAST_IN_WINS(
      "route.last-in-wins",
      "Of several accessories that qualify, the most recently connected one is used."),
  /** Connecting a Bluetooth accessory starts a new period. */
  BLUETOOTH_CONNECT_STARTS_NEW_PERIOD(
      "bluetooth.connect-starts-new-period",
      "Connecting a Bluetooth accessory starts a new period: no phone call has been active since."),
  /** With no active call, the media route applies. */
  IDLE_MEDIA_ROUTE(
      "idle.media-route",
      "No call is active, so audio follows the media route: the Control Center choice, otherwise"
          + " the latest accessory, otherwise the loudspeaker.");

  private static final Rule[] VALUES = values();

  private final String id;
  private final String sentence;
  private final FaqReason faqReason; // null: the rule does not come from the FAQ

  Rule(String id, String sentence) {
    this(id, sentence, null);
  }

  Rule(String id, String sentence, FaqReason faqReason) {
    this.id = id;
    this.sentence = sentence;
    this.faqReason = faqReason;
  }

  /**
   * The FAQ reason this rule implements, if the rules page cites one next to it (checked by {@code
   * RuleCatalogueTest}).
   */
  public Optional<FaqReason> faqReason() {
    return Optional.ofNullable(faqReason);
  }

  /** The stable ID of the spec, such as {@code call.answer-on-iphone}. */
  public String id() {
    return id;
  }

  /** A sentence a user can read. */
  public String sentence() {
    return sentence;
  }

  /** The rule with this ID, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Names.find(VALUES, v -> v.id, id);
  }

  /** How many rules there are. */
  static int count() {
    return VALUES.length;
  }

  static Rule ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
