package dev.callroute.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.Engine;
import dev.callroute.core.HfpSupport;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.Role;
import dev.callroute.core.Route;
import dev.callroute.core.SessionMode;
import dev.callroute.core.Setup;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.core.VoipState;
import dev.callroute.core.World;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a program drafts, the writer's text reads back valid, plays and passes. */
class WriterRoundTripProperties {
  private static final List<String> CALL_IDS = List.of("c1", "c2", "v1");

  // Edge cases off: their combinations outnumber the tries (jqwik says so at INFO on every build),
  // and random drafts already cover no accessory, one step and every enum value.
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void writtenDraftsReadBackAndPass(@ForAll("drafts") ScenarioDraft draft) {
    String yaml = ScenarioWriter.write(draft);
    ReadResult read = ScenarioReader.read(yaml, Path.of("draft.yaml"));

    assertThat(read.problems()).as(yaml).isEmpty();
    Scenario s = read.scenario().orElseThrow();
    assertThat(s.steps().stream().filter(x -> x instanceof ScenarioStep.Action))
        .hasSize(draft.steps().size());
    // A file says connection order by list order, so the accessories connected first may have to
    // swap places; they alone move, and only when the world lists them in another order.
    Setup expected =
        new Setup(
            new World(inFileOrder(draft.setup()), draft.world().app()),
            draft.setup().callAudioRouting(),
            draft.setup().connectedFirst());
    assertThat(s.setup()).as(yaml).isEqualTo(expected);
    if (connectedInWorldOrder(draft.setup())) {
      assertThat(s.setup()).as(yaml).isEqualTo(draft.setup());
    }
    assertThat(s.world().app()).isEqualTo(draft.world().app());
    assertThat(ScenarioPlayer.play(s).failures()).as(yaml).isEmpty();
  }

  @Example
  void anAccessoryConnectedFirstKeepsItsPlace() {
    World world =
        new World(
            List.of(
                Accessory.of("acc0", AccessoryKind.BLUETOOTH_HEADSET),
                Accessory.of("acc1", AccessoryKind.BLUETOOTH_HEADSET)),
            App.DEFAULT);
    Setup setup = new Setup(world, CallAudioRouting.AUTOMATIC, List.of("acc1"));

    assertThat(writeAndRead(setup, "acc0").setup()).isEqualTo(setup);
  }

  @Example
  void accessoriesConnectedFirstInAnotherOrderSwapOnlyAmongThemselves() {
    World world =
        new World(
            List.of(
                Accessory.of("a", AccessoryKind.BLUETOOTH_HEADSET),
                Accessory.of("b", AccessoryKind.WIRED_HEADSET),
                Accessory.of("c", AccessoryKind.BLUETOOTH_SPEAKER)),
            App.DEFAULT);
    Setup setup = new Setup(world, CallAudioRouting.AUTOMATIC, List.of("c", "a"));

    Scenario read = writeAndRead(setup, "b");
    assertThat(read.world().accessories().stream().map(Accessory::id))
        .containsExactly("c", "b", "a");
    assertThat(read.setup().connectedFirst()).containsExactly("c", "a");
  }

  /** Writes a draft of this setup that connects {@code accessory}, and reads the file back. */
  private static Scenario writeAndRead(Setup setup, String accessory) {
    ScenarioDraft draft =
        new ScenarioDraft(
            "Written",
            "",
            setup,
            List.of(new Step.Connect(accessory)),
            new FinalExpect(accessory, "", Map.of(), VoipState.IDLE, false, false, List.of()));
    String yaml = ScenarioWriter.write(draft);
    var read = ScenarioReader.read(yaml, Path.of("written.yaml"));
    assertThat(read.valid()).as(yaml).isTrue();
    return read.scenario().orElseThrow();
  }

  /** The draft's accessories, where the ones connected first hold their places in that order. */
  private static List<Accessory> inFileOrder(Setup setup) {
    List<Accessory> out = new ArrayList<>(setup.world().accessories());
    List<Integer> places = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (setup.connectedFirst().contains(out.get(i).id())) {
        places.add(i);
      }
    }
    for (int k = 0; k < places.size(); k++) {
      out.set(places.get(k), setup.world().accessory(setup.connectedFirst().get(k)).orElseThrow());
    }
    return out;
  }

  private static boolean connectedInWorldOrder(Setup setup) {
    List<String> inWorld = new ArrayList<>();
    for (Accessory a : setup.world().accessories()) {
      if (setup.connectedFirst().contains(a.id())) {
        inWorld.add(a.id());
      }
    }
    return inWorld.equals(setup.connectedFirst());
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void pinnedDraftsHaveAnExpectAfterEveryStepAndPass(@ForAll("drafts") ScenarioDraft draft) {
    String yaml = ScenarioWriter.writePinned(draft);
    ReadResult read = ScenarioReader.read(yaml, Path.of("pinned.yaml"));

    assertThat(read.problems()).as(yaml).isEmpty();
    List<ScenarioStep> entries = read.scenario().orElseThrow().steps();
    assertThat(entries).hasSize(2 * draft.steps().size());
    for (int i = 0; i < entries.size(); i++) {
      assertThat(entries.get(i))
          .as(yaml)
          .isInstanceOf(i % 2 == 0 ? ScenarioStep.Action.class : ScenarioStep.Expect.class);
    }
    assertThat(ScenarioPlayer.play(read.scenario().orElseThrow()).failures()).as(yaml).isEmpty();
  }

  @Provide
  Arbitrary<ScenarioDraft> drafts() {
    Arbitrary<List<Accessory>> accessories = accessory().list().ofMaxSize(3).map(this::numbered);
    Arbitrary<App> app =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(Role.class),
                Arbitraries.of(SessionMode.class),
                Arbitraries.of(true, false))
            .as(
                (ck, role, mode, speaker) ->
                    new App(ck && role == Role.SENDER, role, mode, speaker));
    Arbitrary<List<Integer>> order = Arbitraries.integers().between(0, 2).list().uniqueElements();
    Arbitrary<List<int[]>> seeds =
        Combinators.combine(
                Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5))
            .as((a, b, c) -> new int[] {a, b, c})
            .list()
            .ofMinSize(1)
            .ofMaxSize(12);
    return Combinators.combine(
            accessories, app, Arbitraries.of(CallAudioRouting.class), order, seeds)
        .as(this::draft);
  }

  private Arbitrary<Accessory> accessory() {
    return Combinators.combine(
            Arbitraries.of(AccessoryKind.class),
            Arbitraries.of(HfpSupport.class),
            Arbitraries.of("", "Dana's AirPods", "yes", "12"))
        .as(
            (kind, hfp, name) ->
                new Accessory(
                    "x",
                    kind,
                    name.isEmpty() ? "x" : name,
                    kind.isWired() ? HfpSupport.NEVER : hfp));
  }

  private List<Accessory> numbered(List<Accessory> list) {
    List<Accessory> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Accessory a = list.get(i);
      String id = "acc" + i;
      out.add(new Accessory(id, a.kind(), a.name().equals("x") ? id : a.name(), a.hfp()));
    }
    return out;
  }

  private ScenarioDraft draft(
      List<Accessory> accessories,
      App app,
      CallAudioRouting routing,
      List<Integer> order,
      List<int[]> seeds) {
    World world = new World(accessories, app);
    List<String> first = new ArrayList<>();
    for (int i : order) {
      if (i < accessories.size()) {
        first.add(accessories.get(i).id());
      }
    }
    List<Step> steps = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    State s = State.initial(world, routing, first);
    Outcome last = null;
    for (int[] seed : seeds) {
      Step step = step(seed, accessories, declared, s);
      steps.add(step);
      last = Engine.next(s, step);
      s = last.state();
    }
    Map<String, CallState> calls = new LinkedHashMap<>();
    for (String id : declared) {
      calls.put(id, s.callState(id));
    }
    Route r = s.currentRoute();
    FinalExpect end =
        new FinalExpect(
            label(world, r.output(), r.outputAccessory()),
            label(world, r.input(), r.inputAccessory()),
            calls,
            s.voipState(),
            true,
            last.rejected(),
            last.decision().rules());
    return new ScenarioDraft("Generated", "", new Setup(world, routing, first), steps, end);
  }

  private static String label(World world, Port port, int accessory) {
    return accessory == Route.BUILT_IN ? port.specName() : world.accessory(accessory).id();
  }

  private static Step step(
      int[] seed, List<Accessory> accessories, List<String> declared, State state) {
    String call = CALL_IDS.get(seed[1] % CALL_IDS.size());
    if ((seed[0] == 2 || seed[0] == 3) && state.call(call).isPresent()) {
      call = "n" + declared.size();
    }
    CallType type = CallType.values()[seed[2] % 3];
    Target pick =
        accessories.isEmpty() || seed[2] >= accessories.size()
            ? (seed[2] % 2 == 0 ? Target.IPHONE : Target.SPEAKER)
            : Target.accessory(accessories.get(seed[2]).id());
    int kind = seed[0];
    if (kind >= 4 && kind <= 6 && !declared.contains(call)) {
      kind = 2;
      call = state.call(call).isPresent() ? "n" + declared.size() : call;
    }
    if ((kind <= 1 || kind == 10) && accessories.isEmpty()) {
      kind = 11;
    }
    String accessory =
        accessories.isEmpty() ? "" : accessories.get(seed[1] % accessories.size()).id();
    switch (kind) {
      case 0:
        return new Step.Connect(accessory);
      case 1:
        return new Step.Disconnect(accessory);
      case 2:
        declared.add(call);
        return new Step.IncomingCall(call, type);
      case 3:
        declared.add(call);
        return new Step.Dial(call, type);
      case 4:
        return new Step.Answer(call, pick.kind() == Target.Kind.SPEAKER ? Target.IPHONE : pick);
      case 5:
        return new Step.Decline(call);
      case 6:
        return new Step.End(call);
      case 7:
        return new Step.CallScreen(pick);
      case 8:
        return new Step.ControlCenter(pick);
      case 9:
        return new Step.ChangeSetting(CallAudioRouting.values()[seed[2] % 3]);
      case 10:
        return new Step.PreferredInput(Target.accessory(accessory));
      default:
        return new Step.Speakerphone(seed[2] % 2 == 0);
    }
  }
}
