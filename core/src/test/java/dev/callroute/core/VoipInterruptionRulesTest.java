package dev.callroute.core;

import static dev.callroute.core.CallState.HELD;
import static dev.callroute.core.CallState.RINGING;
import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.INTERRUPTION_BEGAN;
import static dev.callroute.core.Notification.INTERRUPTION_ENDED_SHOULD_RESUME;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The VoIP rules after a call started: interruptions by system calls, accessories coming and going,
 * and the end of the call.
 */
class VoipInterruptionRulesTest {
  static Stream<RuleCase> cases() {
    return Stream.of(interruptionRows(), accessoryRows(), endRows()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }

  static Stream<RuleCase> interruptionRows() {
    return Stream.of(
        row("a ringing call interrupts the VoIP call, which keeps its route while it rings")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"))
            .route(hfp("airpods"))
            .rules(VOIP_INTERRUPTED_BY_SYSTEM_CALL)
            .notified(INTERRUPTION_BEGAN)
            .voip(VoipState.INTERRUPTED)
            .call("v1", HELD)
            .call("c1", RINGING),
        row("declining the ringing call resumes the VoIP call on its route")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), decline("c1"))
            .route(hfp("airpods"))
            .rules(VOIP_INTERRUPTED_BY_SYSTEM_CALL)
            .notified(INTERRUPTION_ENDED_SHOULD_RESUME)
            .voip(VoipState.ACTIVE),
        row("a ringing call ending unanswered resumes the VoIP call")
            .steps(dial("v1", APP), incomingCall("c1"), end("c1"))
            .route(IPHONE)
            .notified(INTERRUPTION_ENDED_SHOULD_RESUME)
            .voip(VoipState.ACTIVE),
        row("declining one of two ringing calls does not resume the VoIP call")
            .steps(dial("v1", APP), incomingCall("c1"), incomingCall("c2"), decline("c1"))
            .route(IPHONE)
            .notified()
            .voip(VoipState.INTERRUPTED),
        row("dialling a phone call interrupts the VoIP call, then the route changes")
            .app(SPEAKER_APP)
            .steps(dial("v1", APP), dial("c1"))
            .route(IPHONE)
            .rules(VOIP_INTERRUPTED_BY_SYSTEM_CALL, CALL_DIAL)
            .notified(INTERRUPTION_BEGAN, ROUTE_CHANGE_CATEGORY_CHANGE)
            .voip(VoipState.INTERRUPTED),
        row("answering the interrupting call on the iPhone moves the route to the earpiece")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), answer("c1"))
            .route(IPHONE)
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .voip(VoipState.INTERRUPTED),
        row("phone call answered on the AirPods: VoIP continues on the AirPods (FAQ solution)")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), answerVia("c1", "airpods"), end("c1"))
            .route(hfp("airpods"))
            .rules(CALL_END, VOIP_RESUME_AFTER_INTERRUPTION)
            .notified(INTERRUPTION_ENDED_SHOULD_RESUME)
            .voip(VoipState.ACTIVE),
        row("phone call answered on the iPhone: VoIP resumes on the earpiece (FAQ reason 1)")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), answer("c1"), end("c1"))
            .route(IPHONE)
            .rules(VOIP_RESUME_AFTER_INTERRUPTION)
            .notified(INTERRUPTION_ENDED_SHOULD_RESUME)
            .voip(VoipState.ACTIVE),
        row("phone call ended on a Bluetooth speaker: VoIP resumes on its default route")
            .connected("jbl", "airpods")
            .steps(dial("v1", APP), incomingCall("c1"), answerVia("c1", "jbl"), end("c1"))
            .route(IPHONE)
            .rules(
                VOIP_RESUME_AFTER_INTERRUPTION,
                VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL,
                VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE, INTERRUPTION_ENDED_SHOULD_RESUME)
            .voip(VoipState.ACTIVE),
        row("receiver resumes on its default route, not the phone call's earpiece")
            .app(RECEIVER)
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), answer("c1"), end("c1"))
            .route(a2dp("airpods"))
            .rules(VOIP_RESUME_AFTER_INTERRUPTION, VOIP_DEFAULT_ROUTE)
            .notRules(VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE, INTERRUPTION_ENDED_SHOULD_RESUME),
        row("receiver resumes on its default route after a call on the AirPods' HFP")
            .app(RECEIVER)
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), answerVia("c1", "airpods"), end("c1"))
            .route(a2dp("airpods"))
            .rules(VOIP_RESUME_AFTER_INTERRUPTION, VOIP_DEFAULT_ROUTE)
            .notRules(VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE, INTERRUPTION_ENDED_SHOULD_RESUME),
        row("no resume while another system call still rings")
            .steps(dial("v1", APP), incomingCall("c1"), answer("c1"), incomingCall("c2"), end("c1"))
            .route(IPHONE)
            .rules(CALL_END)
            .notified()
            .voip(VoipState.INTERRUPTED));
  }

  static Stream<RuleCase> accessoryRows() {
    return Stream.of(
        row("AirPods connecting during the VoIP call take it")
            .steps(dial("v1", APP), connect("airpods"))
            .route(hfp("airpods"))
            .rules(VOIP_ACCESSORY_CONNECTED, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("a wired headset plugged in during the VoIP call takes it")
            .connected("airpods")
            .steps(dial("v1", APP), connect("wired"))
            .route(headset("wired"))
            .rules(VOIP_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("a receiver's playback moves to a Bluetooth speaker's A2DP")
            .app(RECEIVER)
            .steps(dial("v1", APP), connect("jbl"))
            .route(a2dp("jbl"))
            .rules(VOIP_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("a Bluetooth speaker connecting does not take a sender's VoIP call")
            .steps(dial("v1", APP), connect("jbl"))
            .route(IPHONE)
            .rules(VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL)
            .notRules(VOIP_ACCESSORY_CONNECTED)
            .notified(),
        row("an A2DP-only accessory does not take a sender's VoIP call")
            .steps(dial("v1", APP), connect("boom"))
            .route(IPHONE)
            .notRules(VOIP_ACCESSORY_CONNECTED)
            .notified(),
        row("an interrupted VoIP call does not move to a new accessory")
            .steps(dial("v1", APP), incomingCall("c1"), connect("airpods"))
            .route(IPHONE)
            .notRules(VOIP_ACCESSORY_CONNECTED)
            .notified(),
        row("the AirPods carrying the VoIP call disconnect: the other headset takes it")
            .connected("beats", "airpods")
            .steps(dial("v1", APP), disconnect("airpods"))
            .route(hfp("beats"))
            .rules(VOIP_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("the VoIP call's only headset disconnects: the default route")
            .connected("airpods")
            .steps(dial("v1", APP), disconnect("airpods"))
            .route(IPHONE)
            .rules(VOIP_ACCESSORY_DISCONNECTED, VOIP_DEFAULT_ROUTE)
            .notRules(VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("the VoIP fallback skips a Bluetooth speaker and names why")
            .connected("jbl", "airpods")
            .steps(dial("v1", APP), disconnect("airpods"))
            .route(IPHONE)
            .rules(
                VOIP_ACCESSORY_DISCONNECTED,
                VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL,
                VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("an interrupted VoIP call also falls back when its accessory disconnects")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), disconnect("airpods"))
            .route(IPHONE)
            .rules(VOIP_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE)
            .voip(VoipState.INTERRUPTED),
        row("a receiver falls back to the previous accessory's media output")
            .app(RECEIVER)
            .connected("jbl", "airpods")
            .steps(dial("v1", APP), disconnect("airpods"))
            .route(a2dp("jbl"))
            .rules(VOIP_ACCESSORY_DISCONNECTED, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE));
  }

  static Stream<RuleCase> endRows() {
    return Stream.of(
        row("the VoIP call ends: media route, and its route is the last call route")
            .connected("airpods")
            .steps(dial("v1", APP), end("v1"))
            .route(a2dp("airpods"))
            .rules(VOIP_END, IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .voip(VoipState.IDLE)
            .lastCallRoute(hfp("airpods")),
        row("a VoIP call's route is the next VoIP call's last call route")
            .connected("airpods")
            .steps(
                phoneCallOnIphone(
                    dial("v1", APP), preferredInput("airpods"), end("v1"), dial("v2", APP)))
            .route(hfp("airpods"))
            .rules(VOIP_LAST_CALL_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a VoIP call ended with the speaker override on ended on the loudspeaker")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), end("v1"))
            .route(a2dp("airpods"))
            .rules(VOIP_END)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .lastCallRoute(SPEAKER),
        row("a declined VoIP call leaves the last call route unchanged")
            .connected("airpods")
            .steps(incomingCall("v1", APP), decline("v1"))
            .route(a2dp("airpods"))
            .notRules(VOIP_END)
            .notified()
            .lastCallRoute("none + none"));
  }
}
