package dev.callroute.core;

import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.Notification.INTERRUPTION_BEGAN;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_NEW_DEVICE_AVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_OVERRIDE;
import static dev.callroute.core.Notification.ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE;
import static dev.callroute.core.RejectionReason.APP_CALL_NOT_ACTIVE;
import static dev.callroute.core.RejectionReason.HFP_NOT_USABLE_BY_VOIP;
import static dev.callroute.core.RejectionReason.NO_MICROPHONE;
import static dev.callroute.core.RejectionReason.RECEIVER_HAS_NO_INPUT;
import static dev.callroute.core.RejectionReason.RECEIVER_HAS_NO_OVERRIDE;
import static dev.callroute.core.RejectionReason.UNKNOWN_ACCESSORY;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The app API rules: setPreferredInput and the speaker override, with and without CallKit. */
class AppApiRulesTest {
  static Stream<RuleCase> cases() {
    return Stream.concat(preferredInputRows(), speakerRows());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }

  static Stream<RuleCase> preferredInputRows() {
    return Stream.of(
        row("preferring the AirPods' HFP moves the output with it (FAQ reason 2)")
            .connected("airpods")
            .steps(
                incomingCall("p1"),
                answer("p1"),
                end("p1"),
                dial("v1", APP),
                preferredInput("airpods"))
            .route(hfp("airpods"))
            .rules(APP_PREFERRED_INPUT, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("preferring another headset's HFP moves both directions off the first")
            .connected("beats", "airpods")
            .steps(dial("v1", APP), preferredInput("beats"))
            .route(hfp("beats"))
            .rules(APP_PREFERRED_INPUT, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("preferring the wired headset's mic moves the route to the headset")
            .connected("wired", "airpods")
            .steps(dial("v1", APP), preferredInput("wired"))
            .route(headset("wired"))
            .rules(APP_PREFERRED_INPUT)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("VoIP on the AirPods prefers builtInMic: the default route with the built-in mic")
            .connected("airpods")
            .steps(dial("v1", APP), preferredInput("builtInMic"))
            .route(IPHONE)
            .rules(APP_PREFERRED_INPUT, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("builtInMic with a wired headset plugged in: the headphones stay the output")
            .connected("wired", "airpods")
            .steps(dial("v1", APP), preferredInput("builtInMic"))
            .route(headphones("wired"))
            .rules(APP_PREFERRED_INPUT, VOIP_DEFAULT_ROUTE)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("the headset's mic preferred again after builtInMic restores the headset route")
            .connected("wired", "airpods")
            .steps(dial("v1", APP), preferredInput("builtInMic"), preferredInput("wired"))
            .route(headset("wired"))
            .rules(APP_PREFERRED_INPUT)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE)
            .check("builtInMic preference forgotten", s -> !s.builtInMicPreferred()),
        row("CallKit call prefers builtInMic: the answer-on-iphone route")
            .app(CALLKIT)
            .connected("airpods")
            .steps(
                incomingCall("c1", APP), answerVia("c1", "airpods"), preferredInput("builtInMic"))
            .route(IPHONE)
            .rules(APP_PREFERRED_INPUT, CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("CallKit call may prefer a Bluetooth speaker's HFP")
            .app(CALLKIT)
            .connected("jbl")
            .steps(incomingCall("c1", APP), answer("c1"), preferredInput("jbl"))
            .route(hfp("jbl"))
            .rules(APP_PREFERRED_INPUT)
            .notified(ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE),
        row("a preferred input already in the route changes nothing")
            .connected("airpods")
            .steps(dial("v1", APP), preferredInput("airpods"))
            .route(hfp("airpods"))
            .rules(APP_PREFERRED_INPUT)
            .notified(),
        row("preferred input none is accepted and changes nothing")
            .connected("airpods")
            .steps(dial("v1", APP), preferredInput("none"))
            .route(hfp("airpods"))
            .rules(APP_PREFERRED_INPUT)
            .notified(),
        row("a preferred input is not remembered for the next call")
            .connected("airpods")
            .steps(dial("v1", APP), preferredInput("builtInMic"), end("v1"), dial("v2", APP))
            .route(hfp("airpods"))
            .rules(VOIP_BLUETOOTH_WHEN_NO_PHONE_CALL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("a preferred input replaces the speaker override")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), preferredInput("airpods"))
            .route(hfp("airpods"))
            .rules(APP_PREFERRED_INPUT)
            .notified(ROUTE_CHANGE_OVERRIDE)
            .check("override cleared", s -> !s.speakerOverride()),
        row("preferred input without an active app call is rejected")
            .connected("airpods")
            .steps(preferredInput("airpods"))
            .route(a2dp("airpods"))
            .rejected(APP_CALL_NOT_ACTIVE, APP_PREFERRED_INPUT),
        row("preferred input while the VoIP call is interrupted is rejected")
            .steps(dial("v1", APP), incomingCall("c1"), preferredInput("builtInMic"))
            .route(IPHONE)
            .rejected(APP_CALL_NOT_ACTIVE, APP_PREFERRED_INPUT),
        row("preferred input of a receiver is rejected: it has no input")
            .app(RECEIVER)
            .steps(dial("v1", APP), preferredInput("builtInMic"))
            .route(PLAYBACK_SPEAKER)
            .rejected(RECEIVER_HAS_NO_INPUT, APP_PREFERRED_INPUT),
        row("preferring wired headphones is rejected: no microphone")
            .connected("buds")
            .steps(dial("v1", APP), preferredInput("buds"))
            .route(headphones("buds"))
            .rejected(NO_MICROPHONE, APP_PREFERRED_INPUT),
        row("preferring an A2DP-only speaker is rejected: no microphone")
            .connected("boom")
            .steps(dial("v1", APP), preferredInput("boom"))
            .route(IPHONE)
            .rejected(NO_MICROPHONE, APP_PREFERRED_INPUT),
        row("preferring a Bluetooth speaker's HFP in a VoIP call is rejected")
            .connected("jbl")
            .steps(dial("v1", APP), preferredInput("jbl"))
            .route(IPHONE)
            .rejected(HFP_NOT_USABLE_BY_VOIP, VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL),
        row("preferring an accessory the world does not have is rejected")
            .steps(dial("v1", APP), preferredInput("nokia"))
            .route(IPHONE)
            .rejected(UNKNOWN_ACCESSORY, APP_PREFERRED_INPUT));
  }

  static Stream<RuleCase> speakerRows() {
    return Stream.of(
        row("speakerphone on: the loudspeaker with the built-in mic (QA1754)")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true))
            .route(SPEAKER)
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_OVERRIDE)
            .check("override on", State::speakerOverride),
        row("speakerphone off returns to the route before the override")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), speakerphone(false))
            .route(hfp("airpods"))
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("speakerphone off returns to the headset with the built-in mic the app preferred")
            .connected("wired", "airpods")
            .steps(
                dial("v1", APP),
                preferredInput("builtInMic"),
                speakerphone(true),
                speakerphone(false))
            .route(headphones("wired"))
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("an accessory leaving during the override returns to the preferred built-in mic")
            .connected("wired", "airpods")
            .steps(
                dial("v1", APP),
                preferredInput("builtInMic"),
                speakerphone(true),
                disconnect("airpods"))
            .route(headphones("wired"))
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("speakerphone on when on changes nothing")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), speakerphone(true))
            .route(SPEAKER)
            .notified(),
        row("speakerphone off when off changes nothing")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(false))
            .route(hfp("airpods"))
            .notified(),
        row("a CallKit call can use the speaker override")
            .app(CALLKIT)
            .connected("airpods")
            .steps(incomingCall("c1", APP), answerVia("c1", "airpods"), speakerphone(true))
            .route(SPEAKER)
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_OVERRIDE),
        row("a receiver has no speaker override")
            .app(RECEIVER)
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true))
            .route(a2dp("airpods"))
            .rejected(RECEIVER_HAS_NO_OVERRIDE, APP_SPEAKER_OVERRIDE),
        row("speakerphone without an active app call is rejected")
            .steps(dial("c1"), speakerphone(true))
            .route(IPHONE)
            .rejected(APP_CALL_NOT_ACTIVE, APP_SPEAKER_OVERRIDE),
        row("speakerphone for a ringing app call is rejected")
            .steps(incomingCall("v1", APP), speakerphone(true))
            .route(PLAYBACK_SPEAKER)
            .rejected(APP_CALL_NOT_ACTIVE, APP_SPEAKER_OVERRIDE),
        row("an interruption clears the override: the VoIP call returns to its route")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), incomingCall("c1"))
            .route(hfp("airpods"))
            .rules(APP_SPEAKER_OVERRIDE, VOIP_INTERRUPTED_BY_SYSTEM_CALL)
            .notified(INTERRUPTION_BEGAN, ROUTE_CHANGE_CATEGORY_CHANGE)
            .check("override cleared", s -> !s.speakerOverride()),
        row("a CallKit call put on hold loses its override; it resumes on the ended call's route")
            .app(CALLKIT)
            .connected("airpods")
            .steps(
                incomingCall("c1", APP),
                answer("c1"),
                speakerphone(true),
                incomingCall("c2"),
                answerVia("c2", "airpods"),
                end("c2"))
            .route(hfp("airpods"))
            .rules(CALL_WAITING)
            .notified()
            .call("c1", CallState.ACTIVE)
            .check("override cleared", s -> !s.speakerOverride()),
        row("an accessory connecting clears the override, then the accessory rules apply")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), connect("beats"))
            .route(hfp("beats"))
            .rules(APP_SPEAKER_OVERRIDE, VOIP_ACCESSORY_CONNECTED)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("an A2DP-only accessory connecting still clears the override")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), connect("boom"))
            .route(hfp("airpods"))
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_NEW_DEVICE_AVAILABLE),
        row("an unrelated accessory disconnecting clears the override")
            .connected("beats", "airpods")
            .steps(dial("v1", APP), speakerphone(true), disconnect("beats"))
            .route(hfp("airpods"))
            .rules(APP_SPEAKER_OVERRIDE)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("the accessory the override would return to disconnects: the call falls back")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), disconnect("airpods"))
            .route(IPHONE)
            .rules(APP_SPEAKER_OVERRIDE, VOIP_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("a CallKit call's override is cleared when its accessory disconnects")
            .app(CALLKIT)
            .connected("beats", "airpods")
            .steps(dial("c1", APP), speakerphone(true), disconnect("airpods"))
            .route(hfp("beats"))
            .rules(APP_SPEAKER_OVERRIDE, CALL_ACCESSORY_DISCONNECTED)
            .notified(ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE),
        row("a Control Center pick replaces the override")
            .connected("airpods")
            .steps(dial("v1", APP), speakerphone(true), controlCenter("iphone"))
            .route(IPHONE)
            .rules(VOIP_CONTROL_CENTER_CHOICE)
            .notified(ROUTE_CHANGE_OVERRIDE)
            .check("override cleared", s -> !s.speakerOverride()),
        row("a call-screen pick replaces a CallKit call's override")
            .app(CALLKIT)
            .connected("airpods")
            .steps(incomingCall("c1", APP), answer("c1"), speakerphone(true), callScreen("airpods"))
            .route(hfp("airpods"))
            .rules(CALL_SWITCH_ON_CALL_SCREEN)
            .notified(ROUTE_CHANGE_OVERRIDE)
            .check("override cleared", s -> !s.speakerOverride()),
        row("a CallKit call ended with the override on: the last call route is the loudspeaker")
            .app(CALLKIT)
            .connected("airpods")
            .steps(
                incomingCall("c1", APP), answerVia("c1", "airpods"), speakerphone(true), end("c1"))
            .route(a2dp("airpods"))
            .rules(CALL_END)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .lastCallRoute(SPEAKER)
            .check("override cleared", s -> !s.speakerOverride()));
  }
}
