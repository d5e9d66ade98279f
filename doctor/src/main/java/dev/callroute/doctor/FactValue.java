package dev.callroute.doctor;

import dev.callroute.core.AccessoryKind;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The typed value of one fact: the engine's enums for the engine's facts, a boolean for a yes/no
 * fact, and the doctor's enums for the rest. Words appear only at the edges, through {@link
 * Factor#parse} and {@link #specName}.
 */
public sealed interface FactValue {
  /** The fact this is a value of. */
  Factor factor();

  /** The word used by the command line, the interview and reports. */
  String specName();

  /** Every value of a fact, in order: see {@link Factor#all}. */
  static List<FactValue> all(Factor f) {
    switch (f) {
      case CALL:
        return map(CallType.values(), Call::new);
      case CALLKIT:
        return List.of(new CallKit(true), new CallKit(false));
      case ROLE:
        return map(Role.values(), AppRole::new);
      case DIRECTION:
        return map(Direction.values(), Way::new);
      case ANSWERED_VIA:
        return map(AnsweredVia.values(), Answer::new);
      case ACCESSORY:
        return map(AccessoryKind.values(), Kind::new);
      case EARLIER_PHONE_CALL:
        return map(EarlierCall.values(), Earlier::new);
      case INTERRUPTED_BY_PHONE_CALL:
        return map(InterruptingCall.values(), Interrupting::new);
      case CALL_AUDIO_ROUTING:
        return map(CallAudioRouting.values(), Routing::new);
      case MODE:
        return map(SessionMode.values(), Mode::new);
      default:
        return List.of(new DefaultToSpeaker(true), new DefaultToSpeaker(false));
    }
  }

  private static <E> List<FactValue> map(E[] constants, Function<E, FactValue> value) {
    return Arrays.stream(constants).map(value).collect(Collectors.toUnmodifiableList());
  }

  /** The word for a yes/no fact. */
  private static String yesNo(boolean yes) {
    return yes ? "yes" : "no";
  }

  /**
   * @param type the type of the call with the symptom
   */
  record Call(CallType type) implements FactValue {
    public Call {
      Objects.requireNonNull(type);
    }

    @Override
    public Factor factor() {
      return Factor.CALL;
    }

    @Override
    public String specName() {
      return type.specName();
    }
  }

  /**
   * @param yes whether the app reports its calls through CallKit
   */
  record CallKit(boolean yes) implements FactValue {
    @Override
    public Factor factor() {
      return Factor.CALLKIT;
    }

    @Override
    public String specName() {
      return yesNo(yes);
    }
  }

  /**
   * @param role whether the app sends audio or only receives it
   */
  record AppRole(Role role) implements FactValue {
    public AppRole {
      Objects.requireNonNull(role);
    }

    @Override
    public Factor factor() {
      return Factor.ROLE;
    }

    @Override
    public String specName() {
      return role.specName();
    }
  }

  /**
   * @param direction whether the call came in or was placed
   */
  record Way(Direction direction) implements FactValue {
    public Way {
      Objects.requireNonNull(direction);
    }

    @Override
    public Factor factor() {
      return Factor.DIRECTION;
    }

    @Override
    public String specName() {
      return direction.specName();
    }
  }

  /**
   * @param via where the incoming call was answered
   */
  record Answer(AnsweredVia via) implements FactValue {
    public Answer {
      Objects.requireNonNull(via);
    }

    @Override
    public Factor factor() {
      return Factor.ANSWERED_VIA;
    }

    @Override
    public String specName() {
      return via.specName();
    }
  }

  /**
   * @param kind the kind of accessory
   */
  record Kind(AccessoryKind kind) implements FactValue {
    public Kind {
      Objects.requireNonNull(kind);
    }

    @Override
    public Factor factor() {
      return Factor.ACCESSORY;
    }

    @Override
    public String specName() {
      return kind.specName();
    }
  }

  /**
   * @param call the phone call answered before the call, if any
   */
  record Earlier(EarlierCall call) implements FactValue {
    public Earlier {
      Objects.requireNonNull(call);
    }

    @Override
    public Factor factor() {
      return Factor.EARLIER_PHONE_CALL;
    }

    @Override
    public String specName() {
      return call.specName();
    }
  }

  /**
   * @param call the phone call that interrupted the app's VoIP call, if any
   */
  record Interrupting(InterruptingCall call) implements FactValue {
    public Interrupting {
      Objects.requireNonNull(call);
    }

    @Override
    public Factor factor() {
      return Factor.INTERRUPTED_BY_PHONE_CALL;
    }

    @Override
    public String specName() {
      return call.specName();
    }
  }

  /**
   * @param routing the Call Audio Routing setting
   */
  record Routing(CallAudioRouting routing) implements FactValue {
    public Routing {
      Objects.requireNonNull(routing);
    }

    @Override
    public Factor factor() {
      return Factor.CALL_AUDIO_ROUTING;
    }

    @Override
    public String specName() {
      return routing.specName();
    }
  }

  /**
   * @param mode the app session's mode
   */
  record Mode(SessionMode mode) implements FactValue {
    public Mode {
      Objects.requireNonNull(mode);
    }

    @Override
    public Factor factor() {
      return Factor.MODE;
    }

    @Override
    public String specName() {
      return mode.specName();
    }
  }

  /**
   * @param yes whether the app's session sets defaultToSpeaker
   */
  record DefaultToSpeaker(boolean yes) implements FactValue {
    @Override
    public Factor factor() {
      return Factor.DEFAULT_TO_SPEAKER;
    }

    @Override
    public String specName() {
      return yesNo(yes);
    }
  }
}
