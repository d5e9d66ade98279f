package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.HfpSupport;
import dev.callroute.core.Role;
import dev.callroute.core.Rule;
import dev.callroute.core.SessionMode;
import dev.callroute.core.Setup;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.core.VoipState;
import dev.callroute.core.World;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {
  private static final World WORLD =
      new World(
          List.of(
              Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
              new Accessory(
                  "jbl", AccessoryKind.BLUETOOTH_SPEAKER, "Kitchen speaker", HfpSupport.NEVER),
              Accessory.of("wired", AccessoryKind.WIRED_HEADPHONES)),
          new App(true, Role.SENDER, SessionMode.VOICE_CHAT, false));

  private static final FinalExpect END =
      new FinalExpect(
          "airpods",
          "airpods",
          Map.of("c1", CallState.ACTIVE),
          VoipState.IDLE,
          true,
          false,
          List.of(Rule.SETTING_BLUETOOTH_HEADSET));

  private static final ScenarioDraft DRAFT =
      new ScenarioDraft(
          "Answer again on the AirPods",
          "A call id used twice, a rejected step, and accessories connected out of list order.",
          new Setup(WORLD, CallAudioRouting.BLUETOOTH_HEADSET, List.of("jbl", "airpods")),
          List.of(
              new Step.IncomingCall("c1", CallType.CELLULAR),
              new Step.Answer("c1", Target.accessory("airpods")),
              new Step.End("c1"),
              new Step.Speakerphone(true),
              new Step.IncomingCall("c1", CallType.FACETIME),
              new Step.Answer("c1", Target.accessory("airpods"))),
          END);

  @Test
  void writesReadableYaml() {
    assertThat(ScenarioWriter.write(DRAFT))
        .isEqualTo(
            "name: Answer again on the AirPods\n"
                + "description: A call id used twice, a rejected step, and accessories connected"
                + " out of list order.\n"
                + "settings: {callAudioRouting: bluetoothHeadset}\n"
                + "accessories:\n"
                + "  - {id: jbl, kind: bluetoothSpeaker, name: Kitchen speaker, hfp: never,"
                + " connected: true}\n"
                + "  - {id: airpods, kind: bluetoothHeadset, connected: true}\n"
                + "  - {id: wired, kind: wiredHeadphones}\n"
                + "app: {callKit: true}\n"
                + "steps:\n"
                + "  - incomingCall: c1\n"
                + "  - answer: {call: c1, via: airpods}\n"
                + "  - end: c1\n"
                + "  - speakerphone: true\n"
                + "  - expect: {rejected: true}\n"
                + "  - incomingCall: {id: c1-2, type: facetime}\n"
                + "  - answer: {call: c1-2, via: airpods}\n"
                + "  - expect: {output: airpods, input: airpods, calls: {c1-2: active}, voip: idle,"
                + " rules: [setting.bluetooth-headset]}\n");
  }

  @Test
  void whatItWritesReadsBackAndPasses() {
    ReadResult read = ScenarioReader.read(ScenarioWriter.write(DRAFT), Path.of("written.yaml"));

    assertThat(read.problems()).isEmpty();
    Scenario s = read.scenario().orElseThrow();
    assertThat(s.setup().connectedFirst()).containsExactly("jbl", "airpods");
    assertThat(s.world().accessory("jbl")).contains(WORLD.accessory(1));
    assertThat(s.world().app()).isEqualTo(WORLD.app());
    assertThat(s.setup().callAudioRouting()).isEqualTo(CallAudioRouting.BLUETOOTH_HEADSET);
    assertThat(ScenarioPlayer.play(s).failures()).isEmpty();
  }

  @Test
  void quotesTextThatWouldReadAsAnotherType() {
    ScenarioDraft draft =
        new ScenarioDraft(
            "true",
            "",
            new Setup(new World(List.of(), App.DEFAULT), CallAudioRouting.AUTOMATIC, List.of()),
            List.of(new Step.Dial("c1", CallType.CELLULAR)),
            new FinalExpect("", "", Map.of(), VoipState.IDLE, false, false, List.of()));

    String yaml = ScenarioWriter.write(draft);

    assertThat(yaml).isEqualTo("name: 'true'\nsteps:\n  - dial: c1\n");
    assertThat(ScenarioReader.read(yaml, Path.of("x.yaml")).scenario().orElseThrow().name())
        .isEqualTo("true");
  }

  @Test
  void refusesACallThatNoStepDeclares() {
    ScenarioDraft draft =
        new ScenarioDraft(
            "Undeclared",
            "",
            new Setup(new World(List.of(), App.DEFAULT), CallAudioRouting.AUTOMATIC, List.of()),
            List.of(new Step.End("c7")),
            new FinalExpect("", "", Map.of(), VoipState.IDLE, false, true, List.of()));

    assertThatThrownBy(() -> ScenarioWriter.write(draft))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'c7'");
  }
}
