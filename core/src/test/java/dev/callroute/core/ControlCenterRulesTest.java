package dev.callroute.core;

import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OVERRIDE;
import static dev.callroute.core.RejectionReason.CANNOT_CARRY_CALLS;
import static dev.callroute.core.RejectionReason.CONTROL_CENTER_DURING_SYSTEM_CALL;
import static dev.callroute.core.RejectionReason.HFP_NOT_USABLE_BY_VOIP;
import static dev.callroute.core.RejectionReason.IPHONE_NOT_OFFERED;
import static dev.callroute.core.RejectionReason.NOT_CONNECTED;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Control Center rule: picks during the app's call, standing picks, and when they end. */
class ControlCenterRulesTest {
  static Stream<RuleCase> cases() {
    return Stream.of(
        row("a pick during an active VoIP call moves it at once (FAQ solution, VoIP)")
            .connected("airpods")
            .steps(
                incomingCall("p1"),
                answer("p1"),
                end("p1"),
                dial("v1", APP),
                controlCenter("airpods"))
            .route(hfp("airpods"))
            .rules(VOIP_CONTROL_CENTER_CHOICE, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("iphone during a sender's call is the earpiece")
            .connected("airpods")
            .steps(dial("v1", APP), controlCenter("iphone"))
            .route(IPHONE)
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("speaker during a sender's call is the loudspeaker with the built-in mic")
            .connected("airpods")
            .steps(dial("v1", APP), controlCenter("speaker"))
            .route(SPEAKER)
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("iphone during a receiver's call is the loudspeaker")
            .app(RECEIVER)
            .connected("airpods")
            .steps(dial("v1", APP), controlCenter("iphone"))
            .route(PLAYBACK_SPEAKER)
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("a Bluetooth speaker picked during a receiver's call plays through its A2DP")
            .app(RECEIVER)
            .connected("jbl", "airpods")
            .steps(dial("v1", APP), controlCenter("jbl"))
            .route(a2dp("jbl"))
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("a headset picked during a receiver's call gives its A2DP, no input")
            .app(RECEIVER)
            .connected("airpods", "wired")
            .steps(dial("v1", APP), controlCenter("airpods"))
            .route(a2dp("airpods"))
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("a pick with no call: media follows it")
            .connected("airpods")
            .steps(controlCenter("iphone"))
            .route(PLAYBACK_SPEAKER)
            .rules(VOIP_CONTROL_CENTER_CHOICE, IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("a standing pick applies to a receiver's next call")
            .app(RECEIVER)
            .connected("jbl", "airpods")
            .steps(controlCenter("jbl"), dial("v1", APP))
            .route(a2dp("jbl"))
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notRules(VOIP_DEFAULT_ROUTE)
            .notified(),
        row("the choice is cleared when an accessory connects")
            .connected("airpods")
            .steps(controlCenter("iphone"), connect("beats"))
            .route(a2dp("beats"))
            .rules(IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE)
            .check("choice cleared", s -> s.controlCenterChoice().equals(Target.NONE)),
        row("the choice is cleared when an accessory disconnects")
            .connected("airpods", "beats")
            .steps(controlCenter("speaker"), disconnect("airpods"))
            .route(a2dp("beats"))
            .rules(IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE)
            .check("choice cleared", s -> s.controlCenterChoice().equals(Target.NONE)),
        row("forgetting the choice moves nothing during a call")
            .connected("airpods", "beats")
            .steps(dial("v1", APP), controlCenter("airpods"), disconnect("beats"))
            .route(hfp("airpods"))
            .notified(),
        row("a Bluetooth speaker picked during a sender's VoIP call is rejected")
            .connected("jbl")
            .steps(dial("v1", APP), controlCenter("jbl"))
            .route(IPHONE)
            .rejected(HFP_NOT_USABLE_BY_VOIP, VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL),
        row("an A2DP-only speaker picked during a sender's VoIP call is rejected")
            .connected("boom")
            .steps(dial("v1", APP), controlCenter("boom"))
            .route(IPHONE)
            .rejected(CANNOT_CARRY_CALLS, VOIP_CONTROL_CENTER_CHOICE),
        row("a Bluetooth speaker may be picked with no call (for media)")
            .connected("jbl", "airpods")
            .steps(controlCenter("jbl"))
            .route(a2dp("jbl"))
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("iphone is not offered while wired headphones are plugged in")
            .connected("buds")
            .steps(controlCenter("iphone"))
            .route(playbackHeadphones("buds"))
            .rejected(IPHONE_NOT_OFFERED, VOIP_CONTROL_CENTER_CHOICE),
        row("a disconnected accessory cannot be picked")
            .steps(controlCenter("airpods"))
            .route(PLAYBACK_SPEAKER)
            .rejected(NOT_CONNECTED, VOIP_CONTROL_CENTER_CHOICE),
        row("Control Center is rejected while a system call rings")
            .connected("airpods")
            .steps(incomingCall("c1"), controlCenter("speaker"))
            .route(a2dp("airpods"))
            .rejected(CONTROL_CENTER_DURING_SYSTEM_CALL, VOIP_CONTROL_CENTER_CHOICE),
        row("Control Center is rejected during an active system call")
            .connected("airpods")
            .steps(dial("c1"), controlCenter("speaker"))
            .route(hfp("airpods"))
            .rejected(CONTROL_CENTER_DURING_SYSTEM_CALL, VOIP_CONTROL_CENTER_CHOICE),
        row("Control Center is rejected during a CallKit call, which is a system call")
            .app(CALLKIT)
            .connected("airpods")
            .steps(dial("c1", APP), controlCenter("speaker"))
            .route(hfp("airpods"))
            .rejected(CONTROL_CENTER_DURING_SYSTEM_CALL, VOIP_CONTROL_CENTER_CHOICE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }
}
