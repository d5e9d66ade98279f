package dev.callroute.doctor;

import dev.callroute.core.App;
import dev.callroute.core.CallType;
import dev.callroute.core.Names;
import dev.callroute.core.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fact of a reported situation, with its command-line flag and its possible values. The
 * constants are in expansion order: a fact's possible values depend only on the facts before it.
 */
public enum Factor {
  /** The type of the call that has the symptom. */
  CALL("call", "app", "Which call has the problem: a cellular call, FaceTime, or your app's call?"),
  /** Whether the app reports its calls through CallKit. */
  CALLKIT("callkit", "", "Does the app report its calls through CallKit?"),
  /** Whether the app sends audio or only receives it. */
  ROLE("role", "sender", "Does the app send audio (sender) or only receive it (receiver)?"),
  /** Whether the call came in or was placed. */
  DIRECTION("direction", "", "Was the call incoming or outgoing?"),
  /** Where an incoming call was answered. */
  ANSWERED_VIA(
      "answered-via",
      "",
      "Was the call answered on the iPhone or with the accessory's" + " button?"),
  /** The kind of accessory. */
  ACCESSORY("accessory", "bluetoothHeadset", "What kind of accessory is it?"),
  /** Whether a phone call came since the accessory connected, and where it was answered. */
  EARLIER_PHONE_CALL(
      "earlier-phone-call",
      "",
      "Since the accessory connected, was a phone call" + " answered before this call? Where?"),
  /** Whether the app's VoIP call was interrupted by a phone call, and where that was answered. */
  INTERRUPTED_BY_PHONE_CALL(
      "interrupted-by-phone-call",
      "",
      "Was the app's call interrupted by a" + " phone call? Where was that answered?"),
  /** Settings > Accessibility > Call Audio Routing. */
  CALL_AUDIO_ROUTING(
      "call-audio-routing",
      "",
      "What is Settings > Accessibility > Call Audio" + " Routing set to?"),
  /** The app session's mode. */
  MODE("mode", "", "Which audio session mode does the app use?"),
  /** Whether the app's session sets defaultToSpeaker. */
  DEFAULT_TO_SPEAKER("default-to-speaker", "", "Does the app's session set defaultToSpeaker?");

  /** The word that stands for "any value". */
  public static final String UNKNOWN = "unknown";

  private final String flag;
  private final String defaultValue;
  private final String question;
  private List<FactValue> all;

  Factor(String flag, String defaultValue, String question) {
    this.flag = flag;
    this.defaultValue = defaultValue;
    this.question = question;
  }

  /** The flag name without dashes, such as {@code call-audio-routing}. */
  public String flag() {
    return flag;
  }

  /** The command-line option, such as {@code --call}. */
  public String option() {
    return "--" + flag;
  }

  /** The value used when the flag is not given: a value, or {@link #UNKNOWN}. */
  public String defaultValue() {
    return defaultValue.isEmpty() ? UNKNOWN : defaultValue;
  }

  /** The interview question. */
  public String question() {
    return question;
  }

  /**
   * Every value, in order: the constants of the fact's core enum in declaration order, yes before
   * no, and the doctor's own enums in declaration order.
   */
  public List<FactValue> all() {
    if (all == null) {
      all = FactValue.all(this);
    }
    return all;
  }

  /** Every value's word, in order. */
  public List<String> choices() {
    return all().stream().map(FactValue::specName).collect(Collectors.toList());
  }

  /** The value this exact word names, if it is one of this fact's values. */
  public Optional<FactValue> parse(String word) {
    return all().stream().filter(v -> v.specName().equals(word)).findFirst();
  }

  /** The allowed command-line values, comma-separated, with {@code unknown}. */
  public String allowed() {
    return String.join(", ", choices()) + ", " + UNKNOWN;
  }

  /**
   * The value that says nothing happened ({@code none} for an earlier phone call, {@code no} for an
   * interrupting one), if this fact has one. It is consistent with any call, so it is accepted
   * where the fact does not apply.
   */
  public Optional<FactValue> nothing() {
    switch (this) {
      case EARLIER_PHONE_CALL:
        return Optional.of(new FactValue.Earlier(EarlierCall.NONE));
      case INTERRUPTED_BY_PHONE_CALL:
        return Optional.of(new FactValue.Interrupting(InterruptingCall.NO));
      default:
        return Optional.empty();
    }
  }

  /** Whether this fact is a yes/no question. */
  public boolean yesNo() {
    return this == CALLKIT || this == DEFAULT_TO_SPEAKER;
  }

  /**
   * The value a user's word stands for: a value itself (any case), {@link #UNKNOWN}, {@code
   * true}/{@code false} for yes/no facts, and {@code no}, {@code none} or {@code false} for the
   * value that says nothing happened.
   */
  public Optional<String> canonical(String word) {
    String w = word.trim();
    if (w.equalsIgnoreCase(UNKNOWN)) {
      return Optional.of(UNKNOWN);
    }
    Optional<String> exact = choices().stream().filter(v -> v.equalsIgnoreCase(w)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    if (yesNo() && (w.equalsIgnoreCase("true") || w.equalsIgnoreCase("false"))) {
      return Optional.of(w.equalsIgnoreCase("true") ? "yes" : "no");
    }
    boolean saysNothing =
        w.equalsIgnoreCase("no") || w.equalsIgnoreCase("none") || w.equalsIgnoreCase("false");
    return saysNothing ? nothing().map(FactValue::specName) : Optional.empty();
  }

  /** The factor whose flag is this, if there is one. */
  public static Optional<Factor> byFlag(String flag) {
    return Names.find(values(), f -> f.flag, flag);
  }

  /**
   * The values this fact can take given the earlier facts, or an empty list when it does not apply.
   */
  public List<FactValue> possible(Map<Factor, FactValue> earlier) {
    Optional<CallType> type = value(earlier, CALL, FactValue.Call.class).map(FactValue.Call::type);
    boolean app = type.equals(Optional.of(CallType.APP));
    boolean callKit =
        value(earlier, CALLKIT, FactValue.CallKit.class).map(FactValue.CallKit::yes).orElse(false);
    boolean voip = type.map(t -> !t.isSystemCall(callKit)).orElse(false);
    boolean sender =
        value(earlier, ROLE, FactValue.AppRole.class)
            .map(r -> r.role() != Role.RECEIVER)
            .orElse(true);
    switch (this) {
      case CALLKIT:
        return app ? all() : List.of();
      case ROLE:
        return !app
            ? List.of()
            : all().stream()
                .filter(r -> !callKit || App.canUseCallKit(((FactValue.AppRole) r).role()))
                .collect(Collectors.toList());
      case ANSWERED_VIA:
        boolean incoming =
            value(earlier, DIRECTION, FactValue.Way.class)
                .filter(d -> d.direction() == Direction.INCOMING)
                .isPresent();
        if (!incoming) {
          return List.of();
        }
        return voip ? List.of(new FactValue.Answer(AnsweredVia.IPHONE)) : all();
      case EARLIER_PHONE_CALL:
        return voip && sender ? all() : List.of();
      case INTERRUPTED_BY_PHONE_CALL:
        return voip ? all() : List.of();
      case CALL_AUDIO_ROUTING:
        boolean phoneCall =
            !voip
                || value(earlier, EARLIER_PHONE_CALL, FactValue.Earlier.class)
                    .filter(e -> e.call() != EarlierCall.NONE)
                    .isPresent()
                || value(earlier, INTERRUPTED_BY_PHONE_CALL, FactValue.Interrupting.class)
                    .filter(i -> i.call() != InterruptingCall.NO)
                    .isPresent();
        return phoneCall ? all() : List.of();
      case MODE:
      case DEFAULT_TO_SPEAKER:
        return app && sender ? all() : List.of();
      default:
        return all();
    }
  }

  /** The value of {@code f} among {@code facts}, of its type, if it is there. */
  static <T extends FactValue> Optional<T> value(
      Map<Factor, FactValue> facts, Factor f, Class<T> type) {
    return Optional.ofNullable(facts.get(f)).map(type::cast);
  }

  /** Whether this fact decides whether {@code other} applies, or which values it can take. */
  public boolean shapes(Factor other) {
    switch (this) {
      case CALL:
        return other != DIRECTION && other != ACCESSORY && other != CALL;
      case CALLKIT:
        return other == ROLE
            || other == ANSWERED_VIA
            || other == EARLIER_PHONE_CALL
            || other == INTERRUPTED_BY_PHONE_CALL
            || other == CALL_AUDIO_ROUTING;
      case ROLE:
        return other == EARLIER_PHONE_CALL
            || other == MODE
            || other == DEFAULT_TO_SPEAKER
            || other == CALL_AUDIO_ROUTING;
      case DIRECTION:
        return other == ANSWERED_VIA;
      case EARLIER_PHONE_CALL:
      case INTERRUPTED_BY_PHONE_CALL:
        return other == CALL_AUDIO_ROUTING;
      default:
        return false;
    }
  }

  /**
   * Whether a value the user gives for this fact is kept where the fact does not apply: it
   * describes the world without contradicting the call, such as the Call Audio Routing setting
   * during a VoIP call.
   */
  public boolean descriptive() {
    return this != ANSWERED_VIA && this != INTERRUPTED_BY_PHONE_CALL;
  }

  /**
   * Why {@code value}, given by the user, cannot hold with the earlier facts, naming both flags
   * that conflict.
   */
  public String conflict(FactValue value, Map<Factor, FactValue> earlier) {
    String call = earlier.get(CALL).specName();
    String mine = option() + " " + value.specName();
    boolean callKit =
        value(earlier, CALLKIT, FactValue.CallKit.class).map(FactValue.CallKit::yes).orElse(false);
    String callFlag = "app".equals(call) && callKit ? "--callkit yes" : "--call " + call;
    switch (this) {
      case ROLE:
        return "app".equals(call)
            ? mine + " conflicts with --callkit yes: only a sender can use CallKit"
            : mine + " conflicts with --call " + call + ": the role applies to app calls only";
      case ANSWERED_VIA:
        return value(earlier, DIRECTION, FactValue.Way.class)
                .filter(d -> d.direction() == Direction.INCOMING)
                .isPresent()
            ? mine
                + " conflicts with "
                + ("app".equals(call) ? "--callkit no" : "--call " + call)
                + ": an accessory's button answers only system calls; a VoIP call without"
                + " CallKit is answered on the iPhone"
            : mine
                + " conflicts with --direction "
                + value(earlier, DIRECTION, FactValue.Way.class)
                    .map(FactValue::specName)
                    .orElse(Direction.OUTGOING.specName())
                + ": only an incoming call is answered";
      case INTERRUPTED_BY_PHONE_CALL:
        return mine
            + " conflicts with "
            + callFlag
            + ": only a VoIP call (an app call without CallKit) is interrupted by a phone call; a "
            + ("app".equals(call) ? "CallKit" : call)
            + " call is a system call";
      default:
        return mine + " is not possible here";
    }
  }
}
