package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.HfpSupport;
import dev.callroute.core.Notification;
import dev.callroute.core.Role;
import dev.callroute.core.Rule;
import dev.callroute.core.SessionMode;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.core.VoipState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioReaderTest {
  private static final Path FILE = Path.of("test.yaml");

  private static Scenario valid(String text) {
    ReadResult r = ScenarioReader.read(text, FILE);
    assertThat(r.problems()).isEmpty();
    return r.scenario().orElseThrow();
  }

  @Test
  void readsTheWorldWithDefaultsAndConnectionOrder() {
    Scenario s =
        valid(
            "name: World\n"
                + "description: Every part of the world\n"
                + "settings: {callAudioRouting: speaker}\n"
                + "accessories:\n"
                + "  - {id: jbl, kind: bluetoothSpeaker, name: Kitchen speaker, hfp: never}\n"
                + "  - {id: airpods, kind: bluetoothHeadset, connected: true}\n"
                + "  - {id: wired, kind: wiredHeadphones, connected: true}\n"
                + "app: {callKit: true, mode: videoChat, defaultToSpeaker: true}\n"
                + "steps:\n"
                + "  - connect: jbl\n");

    assertThat(s.name()).isEqualTo("World");
    assertThat(s.description()).isEqualTo("Every part of the world");
    assertThat(s.callAudioRouting()).isEqualTo(CallAudioRouting.SPEAKER);
    assertThat(s.world().accessories())
        .containsExactly(
            new Accessory(
                "jbl", AccessoryKind.BLUETOOTH_SPEAKER, "Kitchen speaker", HfpSupport.NEVER),
            Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
            Accessory.of("wired", AccessoryKind.WIRED_HEADPHONES));
    assertThat(s.world().app()).isEqualTo(new App(true, Role.SENDER, SessionMode.VIDEO_CHAT, true));
    assertThat(s.connectedFirst()).containsExactly("airpods", "wired");
    assertThat(s.source()).isEqualTo(FILE);
  }

  @Test
  void defaultsWhenOptionalPartsAreLeftOut() {
    Scenario s = valid("name: Minimal\nsteps:\n  - dial: c1\n");

    assertThat(s.description()).isEmpty();
    assertThat(s.callAudioRouting()).isEqualTo(CallAudioRouting.AUTOMATIC);
    assertThat(s.world().accessories()).isEmpty();
    assertThat(s.world().app()).isEqualTo(App.DEFAULT);
  }

  static Stream<Arguments> steps() {
    return Stream.of(
        Arguments.of("connect: a", new Step.Connect("a")),
        Arguments.of("disconnect: a", new Step.Disconnect("a")),
        Arguments.of("incomingCall: c2", new Step.IncomingCall("c2", CallType.CELLULAR)),
        Arguments.of(
            "incomingCall: {id: c2, type: facetime}",
            new Step.IncomingCall("c2", CallType.FACETIME)),
        Arguments.of("dial: {id: c2, type: app}", new Step.Dial("c2", CallType.APP)),
        Arguments.of("dial: {id: c2}", new Step.Dial("c2", CallType.CELLULAR)),
        Arguments.of("answer: c1", new Step.Answer("c1", Target.IPHONE)),
        Arguments.of("answer: {call: c1}", new Step.Answer("c1", Target.IPHONE)),
        Arguments.of("answer: {call: c1, via: iphone}", new Step.Answer("c1", Target.IPHONE)),
        Arguments.of("answer: {call: c1, via: a}", new Step.Answer("c1", Target.accessory("a"))),
        Arguments.of("decline: c1", new Step.Decline("c1")),
        Arguments.of("end: c1", new Step.End("c1")),
        Arguments.of("callScreen: iphone", new Step.CallScreen(Target.IPHONE)),
        Arguments.of("callScreen: speaker", new Step.CallScreen(Target.SPEAKER)),
        Arguments.of("callScreen: a", new Step.CallScreen(Target.accessory("a"))),
        Arguments.of("controlCenter: a", new Step.ControlCenter(Target.accessory("a"))),
        Arguments.of(
            "setting: {callAudioRouting: bluetoothHeadset}",
            new Step.ChangeSetting(CallAudioRouting.BLUETOOTH_HEADSET)),
        Arguments.of("preferredInput: builtInMic", new Step.PreferredInput(Target.BUILT_IN_MIC)),
        Arguments.of("preferredInput: none", new Step.PreferredInput(Target.NONE)),
        Arguments.of("preferredInput: a", new Step.PreferredInput(Target.accessory("a"))),
        Arguments.of("speakerphone: true", new Step.Speakerphone(true)),
        Arguments.of("speakerphone: false", new Step.Speakerphone(false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void readsEveryStepForm(String written, Step expected) {
    Scenario s =
        valid(
            "name: Steps\naccessories: [{id: a, kind: bluetoothHeadset}]\nsteps:\n"
                + "  - incomingCall: c1\n"
                + "  - "
                + written
                + "\n");

    ScenarioStep.Action action = (ScenarioStep.Action) s.steps().get(1);
    assertThat(action.step()).isEqualTo(expected);
    assertThat(action.at()).isEqualTo(new SourcePosition(5, 5));
    assertThat(ScenarioText.step(expected)).isNotBlank();
  }

  @Test
  void readsEveryExpectationKey() {
    Scenario s =
        valid(
            "name: Expect\naccessories: [{id: a, kind: bluetoothHeadset}]\nsteps:\n"
                + "  - dial: c1\n"
                + "  - expect:\n"
                + "      output: a\n"
                + "      input: builtInMic\n"
                + "      calls: {c1: active}\n"
                + "      voip: idle\n"
                + "      notified: [routeChange:categoryChange, interruptionEnded]\n"
                + "      notNotified: [interruptionBegan]\n"
                + "      rejected: false\n"
                + "      rules: [call.dial, route.last-in-wins]\n");

    ScenarioStep.Expect e = (ScenarioStep.Expect) s.steps().get(1);
    assertThat(e.at()).isEqualTo(new SourcePosition(5, 5));
    assertThat(e.expectation())
        .isEqualTo(
            new Expectation(
                Optional.of("a"),
                Optional.of("builtInMic"),
                Map.of("c1", CallState.ACTIVE),
                Optional.of(VoipState.IDLE),
                List.of(Notification.ROUTE_CHANGE_CATEGORY_CHANGE, Notification.INTERRUPTION_ENDED),
                List.of(Notification.INTERRUPTION_BEGAN),
                Optional.of(false),
                List.of(Rule.CALL_DIAL, Rule.ROUTE_LAST_IN_WINS)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "none",
        "headphones",
        "builtInMic",
        "bluetoothHFP",
        "earpiece",
        "mic",
        "speaker",
        "iphone"
      })
  void portWordsSynonymsAndRouteWordsAreNotAccessoryIds(String id) {
    ReadResult r =
        ScenarioReader.read(
            "name: Accessories named like words\n"
                + "accessories:\n"
                + "  - {id: "
                + id
                + ", kind: wiredHeadset}\n"
                + "steps:\n"
                + "  - connect: "
                + id
                + "\n",
            FILE,
            false);

    assertThat(r.scenario()).isEmpty();
    assertThat(r.problems())
        .extracting(Problem::toString)
        .first()
        .asString()
        .contains("3:10: accessory id '" + id + "' is reserved")
        .contains("pick another id, such as 'my");
  }

  @Test
  void synonymsInExpectationsAreShownBackInCanonicalForm() {
    Scenario s =
        valid(
            "name: Colloquial words\n"
                + "steps:\n"
                + "  - dial: c1\n"
                + "  - expect: {output: earpiece, input: mic}\n"
                + "  - callScreen: speaker\n"
                + "  - expect: {output: speaker}\n");

    List<Expectation> expects =
        s.steps().stream()
            .filter(st -> st instanceof ScenarioStep.Expect)
            .map(st -> ((ScenarioStep.Expect) st).expectation())
            .collect(java.util.stream.Collectors.toList());
    assertThat(expects.get(0).output()).contains("builtInReceiver");
    assertThat(expects.get(0).input()).contains("builtInMic");
    assertThat(expects.get(1).output()).contains("builtInSpeaker");
    assertThat(ScenarioPlayer.play(s).passed()).isTrue();
  }

  @Test
  void stepsMayBeLeftOutWhenOptional() {
    ReadResult r = ScenarioReader.read("name: World only\n", FILE, true);

    assertThat(r.problems()).isEmpty();
    assertThat(r.scenario().orElseThrow().steps()).isEmpty();
  }

  @Test
  void yaml11WordsAreTextAndNotBooleans() {
    Scenario s =
        valid(
            "name: Words\naccessories: [{id: on, kind: wiredHeadset}]\nsteps:\n  - connect: on\n");

    assertThat(((ScenarioStep.Action) s.steps().get(0)).step()).isEqualTo(new Step.Connect("on"));
  }

  @Test
  void readsAFileFromDisk() {
    ReadResult r = ScenarioReader.read(Path.of("src/test/resources/invalid/undeclared-call.yaml"));

    assertThat(r.valid()).isFalse();
    assertThat(ScenarioReader.read(Path.of("no/such/file.yaml")).problems())
        .singleElement()
        .hasToString("no/such/file.yaml: no such file or folder");
  }
}
