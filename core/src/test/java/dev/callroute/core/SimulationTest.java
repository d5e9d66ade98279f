package dev.callroute.core;

import static dev.callroute.core.Steps.answer;
import static dev.callroute.core.Steps.answerVia;
import static dev.callroute.core.Steps.dial;
import static dev.callroute.core.Steps.end;
import static dev.callroute.core.Steps.incomingCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The public Java API: the README example, explanations, and bad input. */
class SimulationTest {
  /** The README's example, kept word for word so that the README cannot rot. */
  @Test
  void readmeExample() {
    Simulation sim =
        Simulation.builder()
            .accessory("airpods", AccessoryKind.BLUETOOTH_HEADSET)
            .named("Dana's AirPods")
            .connected()
            .app(App.DEFAULT) // a VoIP sender without CallKit
            .build();

    sim.apply(incomingCall("c1"), answer("c1"), end("c1")); // a phone call on the iPhone
    Outcome outcome = sim.apply(dial("v1", CallType.APP)); // then the app's VoIP call

    assertThat(outcome.rejected()).isFalse();
    assertThat(sim.route()).isEqualTo(Route.IPHONE); // not the AirPods: FAQ reason 1
    assertThat(sim.rules()).contains(Rule.VOIP_LAST_CALL_ROUTE);
    assertThat(sim.explain())
        .containsExactly(
            "route: output builtInReceiver, input builtInMic",
            "voip.last-call-route: A phone call has been active since the Bluetooth accessory"
                + " connected, so the VoIP call takes the route the last call ended on.");
  }

  @Test
  void explanationDescribesAccessoriesByIdAndName() {
    Simulation sim =
        Simulation.builder()
            .accessory("airpods", AccessoryKind.BLUETOOTH_HEADSET)
            .named("Dana's AirPods")
            .connected()
            .accessory("jbl", AccessoryKind.BLUETOOTH_SPEAKER)
            .build();
    sim.apply(incomingCall("c1"), answerVia("c1", "airpods"));

    assertThat(sim.explain())
        .containsExactly(
            "route: output bluetoothHFP (airpods \"Dana's AirPods\"),"
                + " input bluetoothHFP (airpods \"Dana's AirPods\")",
            Explanations.line(Rule.CALL_ANSWER_ON_ACCESSORY),
            Explanations.line(Rule.ROUTE_HFP_COUPLES_INPUT_OUTPUT));
    assertThat(sim.notifications()).containsExactly(Notification.ROUTE_CHANGE_CATEGORY_CHANGE);
    assertThat(sim.history()).hasSize(2);
  }

  @Test
  void rejectedStepIsExplainedAndChangesNothing() {
    Simulation sim =
        Simulation.builder().accessory("buds", AccessoryKind.WIRED_HEADPHONES).connected().build();
    sim.apply(incomingCall("c1"));
    State before = sim.state();

    Outcome o = sim.apply(answerVia("c1", "buds"));

    assertThat(o.rejected()).isTrue();
    assertThat(sim.state()).isEqualTo(before);
    assertThat(sim.explain())
        .containsExactly(
            "route: output headphones (buds), input none",
            "rejected: 'buds' has no call button; answer on the iPhone instead."
                + " (call.answer-on-accessory)",
            Explanations.line(Rule.CALL_ANSWER_ON_ACCESSORY));
  }

  @Test
  void beforeAnyStepTheExplanationIsTheRouteAlone() {
    Simulation sim =
        Simulation.builder()
            .accessory("wired", AccessoryKind.WIRED_HEADSET)
            .connected()
            .callAudioRouting(CallAudioRouting.SPEAKER)
            .build();

    assertThat(sim.lastOutcome()).isEmpty();
    assertThat(sim.rules()).isEmpty();
    assertThat(sim.notifications()).isEmpty();
    assertThat(sim.explain()).containsExactly("route: output headphones (wired), input none");
    assertThat(sim.state().callAudioRouting()).isEqualTo(CallAudioRouting.SPEAKER);
  }

  @Test
  void hfpOverrideAndStartFromAState() {
    SimulationBuilder b =
        Simulation.builder()
            .accessory("boom", AccessoryKind.BLUETOOTH_SPEAKER)
            .hfp(HfpSupport.NEVER)
            .connected();
    assertThat(b.world().accessory("boom").orElseThrow().hasCallButton()).isFalse();

    Simulation sim = Simulation.of(b.build().state());
    sim.apply(dial("c1"));
    assertThat(sim.route()).isEqualTo(Route.IPHONE);
    assertThat(sim.describeRoute()).isEqualTo("output builtInReceiver, input builtInMic");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theOlderFactoryStartsWhereTheSetupDoes() {
    World w =
        new World(
            List.of(
                Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
                Accessory.of("boom", AccessoryKind.BLUETOOTH_SPEAKER)),
            App.DEFAULT);
    Setup setup = new Setup(w, CallAudioRouting.SPEAKER, List.of("boom", "airpods"));
    assertThat(Simulation.of(w, CallAudioRouting.SPEAKER, List.of("boom", "airpods")).state())
        .isEqualTo(Simulation.of(setup).state())
        .isEqualTo(setup.initialState());
  }

  @Test
  void badInputFailsWithAMessage() {
    assertThatThrownBy(() -> Simulation.builder().named("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("add an accessory first");
    assertThatThrownBy(
            () ->
                Simulation.builder()
                    .accessory("wired", AccessoryKind.WIRED_HEADSET)
                    .hfp(HfpSupport.ALWAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wired");
    assertThatThrownBy(
            () ->
                Simulation.of(
                    new Setup(
                        new World(List.of(), App.DEFAULT),
                        CallAudioRouting.AUTOMATIC,
                        List.of("ghost"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ghost");
    assertThatThrownBy(() -> Simulation.builder().build().apply())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
