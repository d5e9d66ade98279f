package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value types of the model: names that round-trip, packed forms, and invalid values. */
class ModelValuesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      classes = {
        Port.class, AccessoryKind.class, HfpSupport.class, CallType.class, CallState.class,
        VoipState.class, Role.class, SessionMode.class, CallAudioRouting.class, Notification.class
      })
  void specNamesRoundTrip(Class<? extends Enum<?>> type) throws Exception {
    Method specName = type.getMethod("specName");
    Method bySpecName = type.getMethod("bySpecName", String.class);
    for (Enum<?> constant : type.getEnumConstants()) {
      String name = (String) specName.invoke(constant);
      assertThat(name).as("%s", constant).matches("[a-z][A-Za-z0-9:]*");
      assertThat(bySpecName.invoke(null, name)).isEqualTo(Optional.of(constant));
    }
    assertThat(bySpecName.invoke(null, "noSuchName")).isEqualTo(Optional.empty());
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        bad(
            "a route with an input as output",
            () -> new Route(Port.BUILT_IN_MIC, -1, Port.NONE, -1),
            "not an output/input pair"),
        bad(
            "an accessory port without an accessory",
            () -> new Route(Port.HEADPHONES, -1, Port.NONE, -1),
            "need an accessory"),
        bad(
            "a target naming an accessory it is not",
            () -> new Target(Target.Kind.IPHONE, "x"),
            "only an accessory target"),
        bad(
            "an accessory id with a capital first",
            () -> Accessory.of("AirPods", AccessoryKind.BLUETOOTH_HEADSET),
            "must match"),
        bad(
            "the reserved id iphone",
            () -> Accessory.of("iphone", AccessoryKind.WIRED_HEADSET),
            "reserved"),
        bad(
            "HFP on a wired kind",
            () -> Accessory.of("w", AccessoryKind.WIRED_HEADSET).withHfp(HfpSupport.ALWAYS),
            "no HFP"),
        bad(
            "two accessories with one id",
            () ->
                new World(
                    List.of(
                        Accessory.of("a", AccessoryKind.WIRED_HEADSET),
                        Accessory.of("a", AccessoryKind.BLUETOOTH_HEADSET)),
                    App.DEFAULT),
            "duplicate"),
        bad(
            "a receiver with CallKit",
            () -> new App(true, Role.RECEIVER, SessionMode.VOICE_CHAT, false),
            "only a sender can use CallKit"),
        bad(
            "a kept ended call",
            () -> new Call("c1", CallType.CELLULAR, CallState.ENDED, true),
            "not kept"),
        bad(
            "a cellular call that is not a system call",
            () -> new Call("c1", CallType.CELLULAR, CallState.ACTIVE, false),
            "system calls"),
        bad(
            "an answer on the speaker",
            () -> new Step.Answer("c1", Target.SPEAKER),
            "answered on the iphone or an accessory"),
        bad(
            "a call-screen pick of the built-in mic",
            () -> new Step.CallScreen(Target.BUILT_IN_MIC),
            "route pick"),
        bad(
            "a preferred input of the speaker",
            () -> new Step.PreferredInput(Target.SPEAKER),
            "preferred input"),
        bad(
            "a packed rule list with a gap",
            () -> new Decision(Route.NONE, 1L << 5),
            "not a packed rule list"),
        bad(
            "a packed rule code past the last rule",
            () -> new Decision(Route.NONE, 31L),
            "not a packed rule list"),
        bad(
            "a connection index past the capacity",
            () -> ConnectionOrder.EMPTY.with(15),
            "out of range"));
  }

  static Arguments bad(String name, ThrowingCallable build, String message) {
    return Arguments.of(name, build, message);
  }

  @ParameterizedTest(name = "{0} is rejected")
  @MethodSource("invalidValues")
  void invalidValuesAreRejected(String name, ThrowingCallable build, String message) {
    assertThatThrownBy(build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void decisionKeepsRulesInOrderOnce() {
    Decision d = Decision.of(Route.IPHONE, Rule.CALL_END, Rule.IDLE_MEDIA_ROUTE, Rule.CALL_END);
    assertThat(d.rules()).containsExactly(Rule.CALL_END, Rule.IDLE_MEDIA_ROUTE);
    assertThat(d.names(Rule.IDLE_MEDIA_ROUTE)).isTrue();
    assertThat(d.names(Rule.CALL_DIAL)).isFalse();
    assertThat(new Decision(Route.IPHONE, d.packedRules())).isEqualTo(d);
  }

  @Test
  void connectionOrderKeepsTheOrderOfConnection() {
    ConnectionOrder c = ConnectionOrder.EMPTY.with(3).with(0).with(5);
    assertThat(c.size()).isEqualTo(3);
    assertThat(c.get(0)).isEqualTo(3);
    assertThat(c.contains(5)).isTrue();
    assertThat(c.contains(1)).isFalse();
    assertThat(c.lastMatching(a -> a < 4)).isEqualTo(0);
    assertThat(c.lastMatching(a -> a > 9)).isEqualTo(-1);
    ConnectionOrder without = c.without(0);
    assertThat(without).hasToString("[3, 5]").isEqualTo(ConnectionOrder.ofPacked(without.packed()));
    assertThat(without.without(3).without(5)).isSameAs(ConnectionOrder.EMPTY);
  }

  @Test
  void targetsAreWrittenAsScenariosWriteThem() {
    for (String word : List.of("iphone", "speaker", "builtInMic", "none", "airpods")) {
      assertThat(Target.parse(word)).hasToString(word);
    }
    assertThat(Target.parse("airpods").isAccessory()).isTrue();
  }

  @Test
  void notificationNamesMatchAsScenarioExpectationsDo() {
    assertThat(
            Notification.INTERRUPTION_ENDED.matches(Notification.INTERRUPTION_ENDED_SHOULD_RESUME))
        .isTrue();
    assertThat(
            Notification.INTERRUPTION_ENDED_SHOULD_RESUME.matches(Notification.INTERRUPTION_ENDED))
        .isFalse();
    assertThat(Notification.ROUTE_CHANGE_OVERRIDE.isRouteChange()).isTrue();
    assertThat(Notification.INTERRUPTION_BEGAN.isRouteChange()).isFalse();
  }
}
