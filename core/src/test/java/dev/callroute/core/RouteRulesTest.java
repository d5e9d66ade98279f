package dev.callroute.core;

import static dev.callroute.core.CallState.RINGING;
import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
import static dev.callroute.core.RejectionReason.ALREADY_CONNECTED;
import static dev.callroute.core.RejectionReason.APP_HAS_ONE_CALL;
import static dev.callroute.core.RejectionReason.BUTTON_REACHES_SYSTEM_CALLS_ONLY;
import static dev.callroute.core.RejectionReason.CALL_EXISTS;
import static dev.callroute.core.RejectionReason.NOT_CONNECTED;
import static dev.callroute.core.RejectionReason.NOT_RINGING;
import static dev.callroute.core.RejectionReason.NO_SUCH_CALL;
import static dev.callroute.core.RejectionReason.UNKNOWN_ACCESSORY;
import static dev.callroute.core.RejectionReason.VOIP_BLOCKED;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The general route rules, the media route, and the steps that cannot happen at all: unknown or
 * repeated accessories and calls, and VoIP calls blocked by system calls.
 */
class RouteRulesTest {
  static Stream<RuleCase> cases() {
    return Stream.concat(routeRows(), blockedRows());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }

  static Stream<RuleCase> routeRows() {
    return Stream.of(
        row("explanation: a dial with no call-capable accessory names the iPhone fallback")
            .steps(dial("c1"))
            .route(IPHONE)
            .rules(CALL_DIAL, CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("explanation: two wired accessories compete for a call answered on the iPhone")
            .connected("wired", "buds")
            .steps(incomingCall("c1"), answer("c1"))
            .route(headphones("buds"))
            .rules(CALL_ANSWER_ON_IPHONE, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("explanation: two wired accessories compete for a dialled call")
            .connected("buds", "wired")
            .steps(dial("c1"))
            .route(headset("wired"))
            .rules(CALL_DIAL, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("explanation: two wired accessories compete for a VoIP call's default route")
            .connected("buds", "wired")
            .steps(dial("v1", APP))
            .route(headset("wired"))
            .rules(VOIP_DEFAULT_ROUTE, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("explanation: a dial passes over a later speaker with hfp: never")
            .connected("airpods", "boom")
            .steps(dial("c1"))
            .route(hfp("airpods"))
            .rules(CALL_DIAL, ROUTE_LAST_IN_WINS, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("explanation: one call-capable accessory, connected last: no last-in-wins")
            .connected("airpods")
            .steps(dial("c1"))
            .route(hfp("airpods"))
            .rules(CALL_DIAL)
            .notRules(ROUTE_LAST_IN_WINS, CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("connecting a Bluetooth accessory starts a new period; media goes to it")
            .steps(connect("airpods"))
            .route(a2dp("airpods"))
            .rules(BLUETOOTH_CONNECT_STARTS_NEW_PERIOD, IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE)
            .check("new period", s -> !s.systemCallSinceBluetooth()),
        row("connecting a wired headset starts no Bluetooth period")
            .connected("airpods")
            .steps(incomingCall("p1"), answer("p1"), end("p1"), connect("wired"))
            .route(playbackHeadphones("wired"))
            .rules(IDLE_MEDIA_ROUTE, ROUTE_LAST_IN_WINS)
            .notRules(BLUETOOTH_CONNECT_STARTS_NEW_PERIOD)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE)
            .check("period goes on", State::systemCallSinceBluetooth),
        row("media goes to the most recently connected accessory")
            .connected("wired", "airpods")
            .steps(connect("boom"))
            .route(a2dp("boom"))
            .rules(ROUTE_LAST_IN_WINS, IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("the latest accessory disconnects: media returns to the previous one")
            .connected("airpods", "buds")
            .steps(disconnect("buds"))
            .route(a2dp("airpods"))
            .rules(IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("nothing connected: media plays on the loudspeaker with no input")
            .connected("airpods")
            .steps(disconnect("airpods"))
            .route(PLAYBACK_SPEAKER)
            .rules(IDLE_MEDIA_ROUTE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("while a VoIP call only rings, media keeps the route")
            .connected("airpods")
            .steps(incomingCall("v1", APP))
            .route(a2dp("airpods"))
            .rules(IDLE_MEDIA_ROUTE)
            .notified()
            .voip(VoipState.IDLE)
            .call("v1", RINGING),
        row("connecting an accessory that does not exist is rejected")
            .steps(connect("nokia"))
            .route(PLAYBACK_SPEAKER)
            .rejected(UNKNOWN_ACCESSORY, ROUTE_ONLY_CONNECTED_PORTS),
        row("connecting an accessory twice is rejected")
            .connected("airpods")
            .steps(connect("airpods"))
            .route(a2dp("airpods"))
            .rejected(ALREADY_CONNECTED, ROUTE_ONLY_CONNECTED_PORTS),
        row("disconnecting an accessory that is not connected is rejected")
            .steps(disconnect("airpods"))
            .route(PLAYBACK_SPEAKER)
            .rejected(NOT_CONNECTED, ROUTE_ONLY_CONNECTED_PORTS),
        row("answering on an accessory that is not connected is rejected")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"))
            .route(PLAYBACK_SPEAKER)
            .rejected(NOT_CONNECTED, CALL_ANSWER_ON_ACCESSORY));
  }

  static Stream<RuleCase> blockedRows() {
    return Stream.of(
        row("a VoIP call cannot be dialled while a system call rings")
            .steps(incomingCall("c1"), dial("v1", APP))
            .route(PLAYBACK_SPEAKER)
            .rejected(VOIP_BLOCKED, VOIP_BLOCKED_BY_SYSTEM_CALL)
            .call("v1", CallState.ENDED),
        row("a VoIP call cannot be dialled while a system call is active")
            .steps(dial("c1"), dial("v1", APP))
            .route(IPHONE)
            .rejected(VOIP_BLOCKED, VOIP_BLOCKED_BY_SYSTEM_CALL),
        row("a VoIP call cannot be dialled while a system call is held")
            .steps(dial("c1"), incomingCall("c2"), answer("c2"), dial("v1", APP))
            .route(IPHONE)
            .rejected(VOIP_BLOCKED, VOIP_BLOCKED_BY_SYSTEM_CALL),
        row("a ringing VoIP call cannot be answered while a system call rings")
            .steps(incomingCall("v1", APP), incomingCall("c1"), answer("v1"))
            .route(PLAYBACK_SPEAKER)
            .rejected(VOIP_BLOCKED, VOIP_BLOCKED_BY_SYSTEM_CALL)
            .call("v1", RINGING),
        row("a second app call while one is active is rejected")
            .steps(dial("v1", APP), incomingCall("v2", APP))
            .route(IPHONE)
            .rejected(APP_HAS_ONE_CALL, VOIP_BLOCKED_BY_SYSTEM_CALL),
        row("a second CallKit app call while one rings is rejected")
            .app(CALLKIT)
            .steps(incomingCall("c1", APP), dial("c2", APP))
            .route(PLAYBACK_SPEAKER)
            .rejected(APP_HAS_ONE_CALL, VOIP_BLOCKED_BY_SYSTEM_CALL),
        row("a VoIP call cannot be answered with an accessory's button")
            .connected("airpods")
            .steps(incomingCall("v1", APP), answerVia("v1", "airpods"))
            .route(a2dp("airpods"))
            .rejected(BUTTON_REACHES_SYSTEM_CALLS_ONLY, CALL_ANSWER_ON_ACCESSORY),
        row("a call id already in progress is rejected")
            .steps(incomingCall("c1"), incomingCall("c1"))
            .route(PLAYBACK_SPEAKER)
            .rejected(CALL_EXISTS, CALL_WAITING),
        row("a dialled call id already in progress is rejected")
            .steps(dial("c1"), dial("c1"))
            .route(IPHONE)
            .rejected(CALL_EXISTS, CALL_DIAL),
        row("answering a call that does not exist is rejected")
            .steps(answer("c9"))
            .route(PLAYBACK_SPEAKER)
            .rejected(NO_SUCH_CALL, CALL_ANSWER_ON_IPHONE),
        row("ending a call that already ended is rejected")
            .steps(dial("c1"), end("c1"), end("c1"))
            .route(PLAYBACK_SPEAKER)
            .rejected(NO_SUCH_CALL, CALL_END),
        row("answering an active call is rejected: it does not ring")
            .steps(dial("c1"), answer("c1"))
            .route(IPHONE)
            .rejected(NOT_RINGING, CALL_ANSWER_ON_IPHONE),
        row("declining an active call is rejected: it does not ring")
            .steps(dial("c1"), decline("c1"))
            .route(IPHONE)
            .rejected(NOT_RINGING, CALL_END));
  }
}
