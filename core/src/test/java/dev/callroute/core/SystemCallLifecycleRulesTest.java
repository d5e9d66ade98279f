package dev.callroute.core;

import static dev.callroute.core.CallState.HELD;
import static dev.callroute.core.CallState.RINGING;
import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OVERRIDE;
import static dev.callroute.core.RejectionReason.CANNOT_CARRY_CALLS;
import static dev.callroute.core.RejectionReason.IPHONE_NOT_OFFERED;
import static dev.callroute.core.RejectionReason.NOT_CONNECTED;
import static dev.callroute.core.RejectionReason.NO_ACTIVE_SYSTEM_CALL;
import static dev.callroute.core.RejectionReason.TOO_MANY_CALLS;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The system-call rules during a call: call-screen picks, accessories coming and going, call
 * waiting, and the end of the call.
 */
class SystemCallLifecycleRulesTest {
  static final CallAudioRouting SPEAKER_SETTING = CallAudioRouting.SPEAKER;

  static Stream<RuleCase> cases() {
    return Stream.of(callScreenRows(), accessoryRows(), waitingAndEndRows()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }

  static Stream<RuleCase> callScreenRows() {
    return Stream.of(
        row("call screen: picking the AirPods moves the call and its mic to them")
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"), callScreen("airpods"))
            .route(hfp("airpods"))
            .rules(CALL_SWITCH_ON_CALL_SCREEN, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("call screen: picking iphone moves the call to the earpiece")
            .connected("airpods")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"), callScreen("iphone"))
            .route(IPHONE)
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("call screen: picking speaker")
            .connected("airpods")
            .steps(dial("c1"), callScreen("speaker"))
            .route(SPEAKER)
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("call screen: picking the iPhone during a CallKit call's speaker override: override")
            .app(CALLKIT)
            .connected("airpods")
            .steps(dial("c1", APP), speakerphone(true), callScreen("iphone"))
            .route(IPHONE)
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(ROUTE_CHANGE_OVERRIDE)
            .check("override ended", s -> !s.speakerOverride()),
        row("call screen: picking wired headphones keeps the built-in mic")
            .connected("buds", "airpods")
            .steps(dial("c1"), callScreen("buds"))
            .route(headphones("buds"))
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("call screen: a Bluetooth speaker's HFP is offered in a system call")
            .connected("jbl", "airpods")
            .steps(dial("c1"), callScreen("jbl"))
            .route(hfp("jbl"))
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("call screen: picking the current route changes nothing")
            .connected("airpods")
            .steps(dial("c1"), callScreen("airpods"))
            .route(hfp("airpods"))
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(),
        row("call screen: iphone is not offered while a wired headset is plugged in")
            .connected("wired")
            .steps(dial("c1"), callScreen("iphone"))
            .route(headset("wired"))
            .rejected(IPHONE_NOT_OFFERED, CALL_SWITCH_ON_CALL_SCREEN),
        row("call screen: an A2DP-only speaker is not offered")
            .connected("boom")
            .steps(dial("c1"), callScreen("boom"))
            .route(IPHONE)
            .rejected(CANNOT_CARRY_CALLS, CALL_SWITCH_ON_CALL_SCREEN),
        row("call screen: a disconnected accessory is not offered")
            .steps(dial("c1"), callScreen("airpods"))
            .route(IPHONE)
            .rejected(NOT_CONNECTED, CALL_SWITCH_ON_CALL_SCREEN),
        row("call screen: rejected while the call only rings")
            .steps(incomingCall("c1"), callScreen("speaker"))
            .route(PLAYBACK_SPEAKER)
            .rejected(NO_ACTIVE_SYSTEM_CALL, CALL_SWITCH_ON_CALL_SCREEN));
  }

  static Stream<RuleCase> accessoryRows() {
    return Stream.of(
        row("AirPods connecting during a call on the earpiece take the call")
            .steps(dial("c1"), connect("airpods"))
            .route(hfp("airpods"))
            .rules(CALL_ACCESSORY_CONNECTED, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("a wired headset plugged in during a call on the AirPods takes the call")
            .connected("airpods")
            .steps(dial("c1"), connect("wired"))
            .route(headset("wired"))
            .rules(CALL_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("a Bluetooth speaker connecting takes the system call over its HFP")
            .steps(dial("c1"), connect("jbl"))
            .route(hfp("jbl"))
            .rules(CALL_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("an A2DP-only speaker connecting does not move the call")
            .steps(dial("c1"), connect("boom"))
            .route(IPHONE)
            .notRules(CALL_ACCESSORY_CONNECTED)
            .notified(),
        row("an accessory connecting while the call only rings moves no call")
            .steps(incomingCall("c1"), connect("airpods"))
            .route(a2dp("airpods"))
            .rules(IDLE_MEDIA_ROUTE)
            .notRules(CALL_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("the AirPods carrying the call disconnect: back to the earpiece")
            .connected("airpods")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"), disconnect("airpods"))
            .route(IPHONE)
            .rules(CALL_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("the accessory carrying the call disconnects: the latest remaining one takes it")
            .connected("beats", "wired", "airpods")
            .steps(dial("c1"), disconnect("airpods"))
            .route(headset("wired"))
            .rules(CALL_ACCESSORY_DISCONNECTED, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("fallback skips an A2DP-only accessory")
            .connected("boom", "airpods")
            .steps(dial("c1"), disconnect("airpods"))
            .route(IPHONE)
            .rules(CALL_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("with Speaker routing, the fallback is the loudspeaker")
            .setting(SPEAKER_SETTING)
            .connected("airpods")
            .steps(dial("c1"), callScreen("airpods"), disconnect("airpods"))
            .route(SPEAKER)
            .rules(CALL_ACCESSORY_DISCONNECTED, SETTING_SPEAKER)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("an accessory not carrying the call disconnects: nothing moves")
            .connected("airpods", "beats")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"), disconnect("beats"))
            .route(hfp("airpods"))
            .notRules(CALL_ACCESSORY_DISCONNECTED)
            .notified());
  }

  static Stream<RuleCase> waitingAndEndRows() {
    return Stream.of(
        row("call waiting: the first call is held and the answer rules decide again")
            .connected("airpods")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"), incomingCall("c2"), answer("c2"))
            .route(IPHONE)
            .rules(CALL_WAITING, CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .call("c1", HELD)
            .call("c2", CallState.ACTIVE),
        row("call waiting decides again even after a call-screen move")
            .connected("airpods")
            .steps(
                incomingCall("c1"),
                answer("c1"),
                callScreen("speaker"),
                incomingCall("c2"),
                answer("c2"))
            .route(IPHONE)
            .rules(CALL_WAITING, CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("call waiting: ending the active call resumes the held one on the same route")
            .connected("airpods")
            .steps(
                incomingCall("c1"),
                answer("c1"),
                incomingCall("c2"),
                answerVia("c2", "airpods"),
                end("c2"))
            .route(hfp("airpods"))
            .rules(CALL_WAITING)
            .notRules(CALL_END)
            .notified()
            .call("c1", CallState.ACTIVE)
            .call("c2", CallState.ENDED),
        row("call waiting: ending the held call leaves the active one alone")
            .connected("airpods")
            .steps(
                incomingCall("c1"),
                answer("c1"),
                incomingCall("c2"),
                answerVia("c2", "airpods"),
                end("c1"))
            .route(hfp("airpods"))
            .notified()
            .call("c1", CallState.ENDED)
            .call("c2", CallState.ACTIVE),
        row("a third call answered while one is active and one held is rejected")
            .steps(
                incomingCall("c1"),
                answer("c1"),
                incomingCall("c2"),
                answer("c2"),
                incomingCall("c3"),
                answer("c3"))
            .route(IPHONE)
            .rejected(TOO_MANY_CALLS, CALL_WAITING)
            .call("c3", RINGING),
        row("the last call ends: media route, and the call's route is remembered")
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"), end("c1"))
            .route(a2dp("airpods"))
            .rules(CALL_END, IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .lastCallRoute(IPHONE),
        row("a call moved on the call screen is remembered where it ended")
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"), callScreen("speaker"), end("c1"))
            .route(a2dp("airpods"))
            .rules(CALL_END)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .lastCallRoute(SPEAKER),
        row("a declined call leaves the last call route unchanged")
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"), end("c1"), incomingCall("c2"), decline("c2"))
            .route(a2dp("airpods"))
            .notRules(CALL_END)
            .notified()
            .call("c2", CallState.ENDED)
            .lastCallRoute(IPHONE),
        row("a call ended while ringing leaves the last call route unchanged")
            .connected("airpods")
            .steps(incomingCall("c1"), end("c1"))
            .route(a2dp("airpods"))
            .notified()
            .lastCallRoute("none + none"));
  }
}
