package dev.callroute.trace.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line shapes one at a time: what each gives, and what is skipped. */
class LogReaderTest {
  private final List<Observation> seen = new ArrayList<>();
  private final List<String> sessions = new ArrayList<>();

  private ReadStats read(String text, AppFilter app) throws IOException {
    LogSink sink =
        new LogSink() {
          @Override
          public void observation(Observation o) {
            seen.add(o);
          }

          @Override
          public void session(Source at, String mode, boolean defaultToSpeaker) {
            sessions.add(mode + "/" + defaultToSpeaker);
          }
        };
    return new LogReader("t.log", sink, app).read(new StringReader(text));
  }

  private ReadStats read(String text) throws IOException {
    return read(text, AppFilter.ANY);
  }

  @Test
  void aPortWithANestedDataSourceAndAnEscapedApostrophe() throws IOException {
    read(
        "currentRoute.outputs: [<AVAudioSessionPortDescription: 0x1, type = BluetoothHFP; name ="
            + " Lea\\U2019s Buds; UID = aa:bb:cc:dd:ee:ff-tsco; selectedDataSource = <AVAudioSession"
            + "DataSourceDescription: 0x2, ID = 1; name = Front>>]\n");
    LoggedPort p = seen.get(0).route().orElseThrow().outputs().get(0);
    assertThat(p).isEqualTo(new LoggedPort("BluetoothHFP", "Lea’s Buds", "aa:bb:cc:dd:ee:ff-tsco"));
    assertThat(p.address()).isEqualTo("AA:BB:CC:DD:EE:FF");
    assertThat(seen.get(0).route().get().inputsKnown()).isFalse();
  }

  @Test
  void anEmptyInputListIsNoInput() throws IOException {
    read(
        "Current route:<AVAudioSessionRouteDescription: 0x1, \ninputs = (\n);\noutputs = (\n"
            + "  \"<AVAudioSessionPortDescription: 0x2, type = Speaker; name = Speaker; UID ="
            + " Speaker; selectedDataSource = (null)>\"\n)>\n");
    LoggedRoute r = seen.get(0).route().orElseThrow();
    assertThat(r.inputs()).isEmpty();
    assertThat(r.inputsKnown()).isTrue();
    assertThat(r.outputs()).extracting(LoggedPort::type).containsExactly("Speaker");
  }

  @Test
  void aRouteCutOffByTheNextEntryIsSkippedAndTheEntryRead() throws IOException {
    ReadStats s =
        read(
            "10:00:01.000 Previous route: <AVAudioSessionRouteDescription: 0x1,\ninputs = (\n"
                + "10:00:02.000 audiounit: AudioRouteChange - reason 2\n");
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(seen).extracting(Observation::kind).containsExactly(ObservationKind.REASON);
    assertThat(seen.get(0).at().line()).isEqualTo(3);
    assertThat(seen.get(0).time()).isEqualTo("10:00:02.000");
  }

  @Test
  void consoleLinesOfOtherProcessesAreDroppedButCallServicesIsKept() throws IOException {
    ReadStats s =
        read(
            "default\t18:22:04.1+0100\tHuddle\tPosting AVAudioSessionRouteChangeNotification."
                + " Reason: AVAudioSessionRouteChangeReasonCategoryChange\n"
                + "default\t18:22:04.2+0100\tSpringBoard\tPosting AVAudioSessionRouteChangeNotification."
                + " Reason: AVAudioSessionRouteChangeReasonOverride\n"
                + "default\t18:22:04.3+0100\tcallservicesd\thandleAudioSessionActivationStateChangedTo:1"
                + " active: 1\n"
                + "default\t18:22:04.4+0100\taudiomxd\tAudioSessionServerImp.mm:1 { \"action\":"
                + "\"set_property\", \"session\":{\"name\":\"Huddle(12)\"}, \"details\":"
                + "{\"key\":\"OverrideRoute\",\"value\":\"Speaker\"} }\n",
            new AppFilter("Huddle"));
    assertThat(seen)
        .extracting(Observation::kind)
        .containsExactly(
            ObservationKind.REASON,
            ObservationKind.SYSTEM_CALL_AUDIO_ON,
            ObservationKind.SPEAKER_OVERRIDE_ON);
    assertThat(seen).extracting(Observation::format).containsExactly("C2", "C4", "C3");
    assertThat(s.otherProcesses()).isEqualTo(1);
  }

  @Test
  void aNameTruncatedTo16CharactersIsTheSameProcess() {
    AppFilter app = new AppFilter("MeetingsWithFriends");
    assertThat(app.keeps("C2", "MeetingsWithFrie")).isTrue();
    assertThat(app.keeps("C2", "MeetingsWithFoes")).isFalse();
    assertThat(app.keeps("C4", "callservicesd")).isTrue();
    assertThat(app.keeps("W1", "")).isTrue();
  }

  @Test
  void theWebRtcSessionBlockGivesTheModeAndDefaultToSpeaker() throws IOException {
    ReadStats s =
        read(
            "x[1:2] (audio_device_ios.mm:619 HandleValidRouteChange): Current session:"
                + " RTC_OBJC_TYPE(RTCAudioSession): {\n  category: AVAudioSessionCategoryPlayAndRecord\n"
                + "  categoryOptions: 0x29\n  mode: AVAudioSessionModeVideoChat\n"
                + "  inputNumberOfChannels: 0\n}\n");
    assertThat(sessions).containsExactly("VideoChat/true");
    assertThat(s.skipped()).isZero();
    assertThat(seen).isEmpty();
  }

  @Test
  void callKeepAndIncallManagerLines() throws IOException {
    read(
        "[RNCallKeep][reportNewIncomingCall] uuidString = 1\n"
            + "[RNCallKeep][CXProviderDelegate][provider:performAnswerCallAction]\n"
            + "[RNCallKeep][setAudioRoute] - inputName: Bose QC45\n"
            + " LOG  { output: 'Speaker', reason: 4 }\n"
            + "RNInCallManager.AudioSessionInterruptionNotification: Began\n"
            + "RNInCallManager.updateAudioRoute(): audioSession.overrideOutputAudioPort(.None)"
            + " success\n");
    assertThat(seen)
        .extracting(Observation::kind)
        .containsExactly(
            ObservationKind.CALLKIT_INCOMING,
            ObservationKind.CALLKIT_ANSWER,
            ObservationKind.PREFERRED_INPUT,
            ObservationKind.ROUTE,
            ObservationKind.INTERRUPTION_BEGAN,
            ObservationKind.SPEAKER_OVERRIDE_OFF);
    assertThat(seen.get(2).value()).isEqualTo("Bose QC45");
    assertThat(seen.get(3).reason()).contains(Reason.OVERRIDE);
  }

  @Test
  void markdownQuotesAndBackticksAreStripped() throws IOException {
    ReadStats s = read("> > `audiounit: AudioRouteChange - reason 1`\n```\n> \n");
    assertThat(seen)
        .extracting(Observation::reason)
        .containsExactly(java.util.Optional.of(Reason.NEW_DEVICE_AVAILABLE));
    assertThat(s.skipped()).isZero();
  }

  @Test
  void aLongLineIsSkippedAndCounted() throws IOException {
    ReadStats s =
        read("audiounit: AudioRouteChange - reason 1" + " ".repeat(LineReader.MAX_LINE) + "\n");
    assertThat(seen).isEmpty();
    assertThat(s.skipped()).isEqualTo(1);
  }
}
