package dev.callroute.core;

import static dev.callroute.core.CallState.RINGING;
import static dev.callroute.core.CallType.APP;
import static dev.callroute.core.CallType.FACETIME;
import static dev.callroute.core.Notification.ROUTE_CHANGE_CATEGORY_CHANGE;
import static dev.callroute.core.RejectionReason.NO_CALL_BUTTON;
import static dev.callroute.core.RejectionReason.SYSTEM_CALL_IN_PROGRESS;
import static dev.callroute.core.Rule.*;
import static dev.callroute.core.RuleCase.*;
import static dev.callroute.core.Steps.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The system-call rules (cellular, FaceTime, CallKit) that pick the route of a new call. */
class SystemCallRulesTest {
  static final CallAudioRouting BT_SETTING = CallAudioRouting.BLUETOOTH_HEADSET;
  static final CallAudioRouting SPEAKER_SETTING = CallAudioRouting.SPEAKER;

  static Stream<RuleCase> cases() {
    return Stream.of(answerRows(), dialRows(), settingRows()).flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void table(RuleCase c) {
    c.verify();
  }

  static Stream<RuleCase> answerRows() {
    return Stream.of(
        row("answered on the iPhone with AirPods connected: the earpiece (FAQ reason 1)")
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"))
            .route(IPHONE)
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .call("c1", CallState.ACTIVE),
        row("answered on the iPhone with a wired headset plugged in: the headset")
            .connected("wired", "airpods")
            .steps(incomingCall("c1"), answer("c1"))
            .route(headset("wired"))
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("answered on the iPhone with wired headphones: headphones and the built-in mic")
            .connected("buds")
            .steps(incomingCall("c1"), answer("c1"))
            .route(headphones("buds"))
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("FaceTime answered on the iPhone: the earpiece")
            .connected("airpods")
            .steps(incomingCall("f1", FACETIME), answer("f1"))
            .route(IPHONE)
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("CallKit call of a defaultToSpeaker app answered on the iPhone: the loudspeaker")
            .app(CALLKIT_SPEAKER)
            .connected("airpods")
            .steps(incomingCall("c1", APP), answer("c1"))
            .route(SPEAKER)
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("CallKit call of a videoChat app answered on the iPhone: the loudspeaker")
            .app(CALLKIT_VIDEO)
            .steps(incomingCall("c1", APP), answer("c1"))
            .route(SPEAKER)
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("cellular call answered on the iPhone ignores the app's speaker default")
            .app(CALLKIT_SPEAKER)
            .steps(incomingCall("c1"), answer("c1"))
            .route(IPHONE)
            .rules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("answered with the AirPods' button: AirPods HFP both ways")
            .connected("airpods")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"))
            .route(hfp("airpods"))
            .rules(CALL_ANSWER_ON_ACCESSORY, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("answered with the older headset's button: that headset, not the latest")
            .connected("airpods", "beats")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"))
            .route(hfp("airpods"))
            .rules(CALL_ANSWER_ON_ACCESSORY)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("answered with the wired headset's button: the headset")
            .connected("wired", "airpods")
            .steps(incomingCall("c1"), answerVia("c1", "wired"))
            .route(headset("wired"))
            .rules(CALL_ANSWER_ON_ACCESSORY)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("answered with a Bluetooth speaker's button: its HFP carries the system call")
            .connected("jbl")
            .steps(incomingCall("c1"), answerVia("c1", "jbl"))
            .route(hfp("jbl"))
            .rules(CALL_ANSWER_ON_ACCESSORY)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("CallKit call answered with the AirPods' button: the AirPods")
            .app(CALLKIT)
            .connected("airpods")
            .steps(incomingCall("c1", APP), answerVia("c1", "airpods"))
            .route(hfp("airpods"))
            .rules(CALL_ANSWER_ON_ACCESSORY)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("answering on wired headphones is rejected: no call button")
            .connected("buds")
            .steps(incomingCall("c1"), answerVia("c1", "buds"))
            .route(playbackHeadphones("buds"))
            .rejected(NO_CALL_BUTTON, CALL_ANSWER_ON_ACCESSORY)
            .call("c1", RINGING),
        row("answering on an A2DP-only speaker is rejected: no call button")
            .connected("boom")
            .steps(incomingCall("c1"), answerVia("c1", "boom"))
            .route(a2dp("boom"))
            .rejected(NO_CALL_BUTTON, CALL_ANSWER_ON_ACCESSORY)
            .call("c1", RINGING));
  }

  static Stream<RuleCase> dialRows() {
    return Stream.of(
        row("dialled with AirPods connected: the AirPods")
            .connected("airpods")
            .steps(dial("c1"))
            .route(hfp("airpods"))
            .rules(CALL_DIAL, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE)
            .call("c1", CallState.ACTIVE),
        row("dialled with nothing connected: the earpiece")
            .steps(dial("c1"))
            .route(IPHONE)
            .rules(CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("dialled: the most recently connected call-capable accessory wins")
            .connected("airpods", "wired")
            .steps(dial("c1"))
            .route(headset("wired"))
            .rules(CALL_DIAL, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("dialled: an A2DP-only accessory cannot carry the call")
            .connected("airpods", "boom")
            .steps(dial("c1"))
            .route(hfp("airpods"))
            .rules(CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("dialled with only a Bluetooth speaker: its HFP")
            .connected("jbl")
            .steps(dial("c1"))
            .route(hfp("jbl"))
            .rules(CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("dialled CallKit call of a defaultToSpeaker app, nothing connected: the loudspeaker")
            .app(CALLKIT_SPEAKER)
            .steps(dial("c1", APP))
            .route(SPEAKER)
            .rules(CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("dialling while another system call rings is rejected")
            .steps(incomingCall("c1"), dial("c2"))
            .route(PLAYBACK_SPEAKER)
            .rejected(SYSTEM_CALL_IN_PROGRESS, CALL_DIAL)
            .call("c2", CallState.ENDED),
        row("dialling while a system call is active is rejected")
            .steps(dial("c1"), dial("c2"))
            .route(IPHONE)
            .rejected(SYSTEM_CALL_IN_PROGRESS, CALL_DIAL),
        row("dialling a CallKit call while a system call is active is rejected")
            .app(CALLKIT)
            .steps(dial("c1"), dial("c2", APP))
            .route(IPHONE)
            .rejected(SYSTEM_CALL_IN_PROGRESS, CALL_DIAL));
  }

  static Stream<RuleCase> settingRows() {
    return Stream.of(
        row("Bluetooth Headset routing: answered on the iPhone goes to the AirPods (FAQ solution)")
            .setting(BT_SETTING)
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"))
            .route(hfp("airpods"))
            .rules(SETTING_BLUETOOTH_HEADSET, ROUTE_HFP_COUPLES_INPUT_OUTPUT)
            .notRules(CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Bluetooth Headset routing: the wired headset's button still gives Bluetooth")
            .setting(BT_SETTING)
            .connected("airpods", "wired")
            .steps(incomingCall("c1"), answerVia("c1", "wired"))
            .route(hfp("airpods"))
            .rules(SETTING_BLUETOOTH_HEADSET)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Bluetooth Headset routing: a dialled call goes to Bluetooth, not the later wired")
            .setting(BT_SETTING)
            .connected("airpods", "wired")
            .steps(dial("c1"))
            .route(hfp("airpods"))
            .rules(SETTING_BLUETOOTH_HEADSET)
            .notRules(CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Bluetooth Headset routing: the latest of two headsets")
            .setting(BT_SETTING)
            .connected("airpods", "beats")
            .steps(incomingCall("c1"), answer("c1"))
            .route(hfp("beats"))
            .rules(SETTING_BLUETOOTH_HEADSET, ROUTE_LAST_IN_WINS)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Bluetooth Headset routing: a Bluetooth speaker's HFP counts for system calls")
            .setting(BT_SETTING)
            .connected("jbl")
            .steps(incomingCall("c1"), answer("c1"))
            .route(hfp("jbl"))
            .rules(SETTING_BLUETOOTH_HEADSET)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Bluetooth Headset routing without Bluetooth: answer-on-iphone decides")
            .setting(BT_SETTING)
            .connected("wired")
            .steps(incomingCall("c1"), answer("c1"))
            .route(headset("wired"))
            .rules(SETTING_BLUETOOTH_HEADSET, CALL_ANSWER_ON_IPHONE)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Bluetooth Headset routing with only an A2DP-only speaker: call.dial decides")
            .setting(BT_SETTING)
            .connected("boom")
            .steps(dial("c1"))
            .route(IPHONE)
            .rules(SETTING_BLUETOOTH_HEADSET, CALL_DIAL)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Speaker routing: answered with the AirPods' button goes to the loudspeaker")
            .setting(SPEAKER_SETTING)
            .connected("airpods")
            .steps(incomingCall("c1"), answerVia("c1", "airpods"))
            .route(SPEAKER)
            .rules(SETTING_SPEAKER)
            .notRules(CALL_ANSWER_ON_ACCESSORY)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("Speaker routing: a dialled call with a wired headset goes to the loudspeaker")
            .setting(SPEAKER_SETTING)
            .connected("wired")
            .steps(dial("c1"))
            .route(SPEAKER)
            .rules(SETTING_SPEAKER)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE),
        row("changing the setting never moves a call in progress")
            .connected("airpods")
            .steps(incomingCall("c1"), answer("c1"), setting(BT_SETTING))
            .route(IPHONE)
            .rules(SETTING_CHANGE)
            .notified(),
        row("a changed setting applies to the next call")
            .connected("airpods")
            .steps(setting(SPEAKER_SETTING), incomingCall("c1"), answerVia("c1", "airpods"))
            .route(SPEAKER)
            .rules(SETTING_SPEAKER)
            .notified(ROUTE_CHANGE_CATEGORY_CHANGE));
  }
}
