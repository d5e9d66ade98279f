package dev.callroute.core;

import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The VoIP rules that pick the route of a call when it starts (app calls without CallKit). */
class VoipRulesTest {
  static Stream<RuleCase> cases() {
    return Stream.concat(startRows(), defaultRows());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }

  static Stream<RuleCase> startRows() {
    return Stream.of(
        row("VoIP call with no phone call since the AirPods connected: AirPods HFP (FAQ reason 1)")
            .connected("airpods")
            .steps(dial("v1", APP))
            .route(hfp("airpods"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .voip(VoipState.ACTIVE)
            .call("v1", CallState.ACTIVE),
        row("VoIP call answered with no phone call since Bluetooth: the latest headset")
            .connected("airpods", "beats")
            .steps(incomingCall("v1", APP), answer("v1"))
            .route(hfp("beats"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("VoIP call skips a later Bluetooth speaker and names why")
            .connected("airpods", "jbl")
            .steps(dial("v1", APP))
            .route(hfp("airpods"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL, VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("VoIP call with only a Bluetooth speaker stays on the default route (FAQ reason 3)")
            .connected("jbl")
            .steps(dial("v1", APP))
            .route(IPHONE)
            .rules(VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("VoIP call after a phone call answered on the iPhone: the earpiece (FAQ reason 1)")
            .connected("airpods")
            .steps(phoneCallOnIphone(dial("v1", APP)))
            .route(IPHONE)
            .rules(VOIP_LAST_CALL_ROUTE)
            .notRules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("VoIP call after a phone call answered on the AirPods: the AirPods")
            .connected("airpods")
            .steps(incomingCall("p1"), answerVia("p1", "airpods"), end("p1"), dial("v1", APP))
            .route(hfp("airpods"))
            .rules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("VoIP call after a phone call moved to the loudspeaker: the loudspeaker")
            .connected("airpods")
            .steps(
                incomingCall("p1"), answer("p1"), callScreen("speaker"), end("p1"), dial("v1", APP))
            .route(SPEAKER)
            .rules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a last call route on a disconnected accessory is ignored")
            .connected("airpods", "beats")
            .steps(
                incomingCall("p1"),
                answerVia("p1", "beats"),
                end("p1"),
                disconnect("beats"),
                dial("v1", APP))
            .route(IPHONE)
            .rules(VOIP_LAST_CALL_ROUTE, ROUTE_ONLY_CONNECTED_PORTS, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a last call route on a Bluetooth speaker's HFP is unusable for VoIP")
            .connected("airpods", "jbl")
            .steps(incomingCall("p1"), answerVia("p1", "jbl"), end("p1"), dial("v1", APP))
            .route(IPHONE)
            .rules(
                VOIP_LAST_CALL_ROUTE, VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("the earpiece as last call route is unusable while a wired headset is plugged in")
            .connected("airpods")
            .steps(phoneCallOnIphone(connect("wired"), dial("v1", APP)))
            .route(headset("wired"))
            .rules(VOIP_LAST_CALL_ROUTE, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a phone call since Bluetooth, but no usable Bluetooth left: the default directly")
            .connected("airpods")
            .steps(phoneCallOnIphone(disconnect("airpods"), dial("v1", APP)))
            .route(IPHONE)
            .rules(VOIP_DEFAULT_ROUTE)
            .notRules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a new Bluetooth connection after a phone call starts a new period")
            .connected("airpods")
            .steps(phoneCallOnIphone(connect("beats"), dial("v1", APP)))
            .route(hfp("beats"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("reconnecting the same headset after a phone call starts a new period")
            .connected("airpods")
            .steps(phoneCallOnIphone(disconnect("airpods"), connect("airpods"), dial("v1", APP)))
            .route(hfp("airpods"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a dialled phone call also counts as a phone call since Bluetooth")
            .connected("airpods")
            .steps(dial("p1"), callScreen("iphone"), end("p1"), dial("v1", APP))
            .route(IPHONE)
            .rules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a remembered wired route is re-coupled to the headset's own mic")
            .connected("airpods", "wired")
            .steps(
                incomingCall("p1"),
                answer("p1"),
                end("p1"),
                dial("v1", APP),
                preferredInput("builtInMic"),
                end("v1"),
                dial("v2", APP))
            .route(headset("wired"))
            .rules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Control Center pick before the call takes precedence over the last call route")
            .connected("airpods")
            .steps(phoneCallOnIphone(controlCenter("airpods"), dial("v1", APP)))
            .route(hfp("airpods"))
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notRules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Control Center pick while the VoIP call rings applies when it is answered")
            .connected("airpods")
            .steps(incomingCall("v1", APP), controlCenter("speaker"), answer("v1"))
            .route(SPEAKER)
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a standing Control Center pick the session cannot use is skipped")
            .connected("jbl", "airpods")
            .steps(controlCenter("jbl"), dial("v1", APP))
            .route(hfp("airpods"))
            .rules(
                VOIP_CONTROL_CENTER_CHOICE,
                VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL,
                VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a skipped Control Center pick is kept: media follows it after the call")
            .connected("jbl", "airpods")
            .steps(controlCenter("jbl"), dial("v1", APP), end("v1"))
            .route(a2dp("jbl"))
            .rules(VOIP_END, IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .check("choice kept", s -> s.controlCenterChoice().equals(Target.accessory("jbl"))),
        row("a Control Center pick survives a call ending")
            .connected("airpods")
            .steps(controlCenter("speaker"), dial("v1", APP), end("v1"), dial("v2", APP))
            .route(SPEAKER)
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE));
  }

  static Stream<RuleCase> defaultRows() {
    return Stream.of(
        row("sender default with nothing connected: the earpiece")
            .steps(dial("v1", APP))
            .route(IPHONE)
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("sender default with a wired headset: the headset")
            .connected("wired")
            .steps(dial("v1", APP))
            .route(headset("wired"))
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("sender default with wired headphones: headphones and the built-in mic")
            .connected("buds")
            .steps(dial("v1", APP))
            .route(headphones("buds"))
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("sender default of a defaultToSpeaker app: the loudspeaker")
            .app(SPEAKER_APP)
            .steps(dial("v1", APP))
            .route(SPEAKER)
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("sender default of a videoChat app: the loudspeaker")
            .app(VIDEO_APP)
            .connected("boom")
            .steps(dial("v1", APP))
            .route(SPEAKER)
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("receiver: the latest accessory's media output, no input")
            .app(RECEIVER)
            .connected("wired", "airpods")
            .steps(dial("v1", APP))
            .route(a2dp("airpods"))
            .rules(VOIP_DEFAULT_ROUTE, ROUTE_LAST_IN_WINS)
            .notified(),
        row("receiver: wired headphones")
            .app(RECEIVER)
            .connected("airpods", "buds")
            .steps(dial("v1", APP))
            .route(playbackHeadphones("buds"))
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(),
        row("receiver with nothing connected: the loudspeaker")
            .app(RECEIVER)
            .steps(incomingCall("v1", APP), answer("v1"))
            .route(PLAYBACK_SPEAKER)
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(),
        row("receiver plays through a Bluetooth speaker's A2DP (FAQ reason 3)")
            .app(RECEIVER)
            .connected("jbl")
            .steps(dial("v1", APP))
            .route(a2dp("jbl"))
            .rules(VOIP_DEFAULT_ROUTE)
            .notified(),
        row("receiver ignores the last call route")
            .app(RECEIVER)
            .connected("airpods")
            .steps(phoneCallOnIphone(dial("v1", APP)))
            .route(a2dp("airpods"))
            .rules(VOIP_DEFAULT_ROUTE)
            .notRules(VOIP_LAST_CALL_ROUTE)
            .notified(),
        row("with CallKit, the Bluetooth speaker carries both directions")
            .app(CALLKIT)
            .connected("jbl")
            .steps(dial("c1", APP))
            .route(hfp("jbl"))
            .rules(CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE));
  }
}
