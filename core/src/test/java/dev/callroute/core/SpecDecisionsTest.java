package dev.callroute.core;

import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.INTERRUPTION_BEGAN;
import static dev.callroute.core.Notification.INTERRUPTION_ENDED_SHOULD_RESUME;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
import static dev.callroute.core.RejectionReason.VOIP_BLOCKED;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the spec is unclear, the choice the engine makes, one row each, so that a change of mind is
 * a visible test change. The reasons are in the report.
 */
class SpecDecisionsTest {
  static Stream<RuleCase> cases() {
    return Stream.of(
        row("ruling: an app call without CallKit may ring while a system call is active")
            .steps(dial("c1"), incomingCall("v1", APP))
            .route(IPHONE)
            .call("c1", CallState.ACTIVE)
            .call("v1", CallState.RINGING)
            .notified(),
        row("ruling: an app call without CallKit may ring while a system call rings")
            .steps(incomingCall("c1"), incomingCall("v1", APP))
            .route(PLAYBACK_SPEAKER)
            .call("c1", CallState.RINGING)
            .call("v1", CallState.RINGING)
            .notified(),
        row("ruling: an app call without CallKit may ring while a system call is held")
            .steps(dial("c1"), incomingCall("c2"), answer("c2"), incomingCall("v1", APP), end("c2"))
            .route(IPHONE)
            .call("c1", CallState.ACTIVE)
            .call("v1", CallState.RINGING),
        row("ruling: answering the ringing app call during the system call is rejected")
            .steps(dial("c1"), incomingCall("v1", APP), answer("v1"))
            .route(IPHONE)
            .rejected(VOIP_BLOCKED, VOIP_BLOCKED_BY_SYSTEM_CALL),
        row("ruling: dialling an app call during a system call is still rejected")
            .steps(dial("c1"), dial("v1", APP))
            .route(IPHONE)
            .rejected(VOIP_BLOCKED, VOIP_BLOCKED_BY_SYSTEM_CALL),
        row("ruling: once no system call remains, the app call that rang is answered")
            .connected("airpods")
            .steps(dial("c1"), incomingCall("v1", APP), end("c1"), answer("v1"))
            .route(hfp("airpods"))
            .call("v1", CallState.ACTIVE)
            .voip(VoipState.ACTIVE)
            .rules(VOIP_LAST_CALL_ROUTE, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("ruling: a CallKit app call may ring during a phone call, as call waiting")
            .app(CALLKIT)
            .steps(dial("c1"), incomingCall("v1", APP), answer("v1"))
            .route(IPHONE)
            .call("c1", CallState.HELD)
            .call("v1", CallState.ACTIVE)
            .rules(CALL_WAITING, CALL_ANSWER_ON_IPHONE),
        row("ruling (as chosen): an interrupted VoIP call is held in calls")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"))
            .route(hfp("airpods"))
            .call("v1", CallState.HELD)
            .voip(VoipState.INTERRUPTED)
            .notified(INTERRUPTION_BEGAN),
        row("ruling (as chosen): preferredInput none is accepted for a receiver too")
            .app(RECEIVER)
            .connected("airpods")
            .steps(incomingCall("v1", APP), answer("v1"), preferredInput("none"))
            .route(a2dp("airpods"))
            .rules(APP_PREFERRED_INPUT)
            .notified(),
        row("decision: Bluetooth Headset routing without Bluetooth keeps the pressed button's"
                + " accessory")
            .setting(CallAudioRouting.BLUETOOTH_HEADSET)
            .connected("wired", "buds")
            .steps(incomingCall("c1"), answerVia("c1", "wired"))
            .route(headset("wired"))
            .rules(SETTING_BLUETOOTH_HEADSET, CALL_ANSWER_ON_ACCESSORY)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("decision: Speaker routing does not stop a new accessory taking the call")
            .setting(CallAudioRouting.SPEAKER)
            .steps(dial("c1"), connect("airpods"))
            .route(hfp("airpods"))
            .rules(CALL_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("decision: Bluetooth Headset routing falls back to the latest call-capable accessory")
            .setting(CallAudioRouting.BLUETOOTH_HEADSET)
            .connected("airpods", "wired", "beats")
            .steps(dial("c1"), disconnect("beats"))
            .route(headset("wired"))
            .rules(CALL_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("ruling (as chosen): preferring builtInMic under the speaker override changes nothing")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), preferredInput("builtInMic"))
            .route(SPEAKER)
            .rules(APP_PREFERRED_INPUT)
            .notified()
            .check("override still on", State::speakerOverride),
        row("decision: a Bluetooth connection during a phone call starts a new period")
            .connected("airpods")
            .steps(dial("p1"), connect("beats"), callScreen("iphone"), end("p1"), dial("v1", APP))
            .route(hfp("beats"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("decision: the route the VoIP call resumes on is chosen when the active call ends,"
                + " even if another call still rings")
            .connected("airpods")
            .steps(
                dial("v1", APP),
                incomingCall("c1"),
                answer("c1"),
                incomingCall("c2"),
                end("c1"),
                decline("c2"))
            .route(IPHONE)
            .rules(VOIP_INTERRUPTED_BY_SYSTEM_CALL)
            .notified(INTERRUPTION_ENDED_SHOULD_RESUME),
        row("decision: an interruption that drops the override reports categoryChange")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), incomingCall("c1"))
            .route(hfp("airpods"))
            .notified(INTERRUPTION_BEGAN, ROUTE_CHANGE_CATEGORY_CHANGE),
        row("decision: ending an interrupted VoIP call makes its route the last call route")
            .connected("airpods")
            .steps(dial("v1", APP), incomingCall("c1"), end("v1"), decline("c1"))
            .route(a2dp("airpods"))
            .notified()
            .lastCallRoute(hfp("airpods")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }
}
