package dev.callroute.scenario;

import dev.callroute.core.Accessory;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Outcome;
import dev.callroute.core.Setup;
import dev.callroute.core.State;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Writes a {@link ScenarioDraft} as a scenario file (format 1) that {@code callroute run} plays and
 * that passes.
 *
 * <ul>
 *   <li>Accessories are written in the world's order. Those connected first get {@code connected:
 *       true}; in a file, connection order is list order, so when the world lists them in another
 *       order than {@link Setup#connectedFirst()}, they alone swap places: the places they hold are
 *       filled in connection order, and every other accessory keeps its place.
 *   <li>A call id used again after its call ended is renamed ({@code c1} becomes {@code c1-2}),
 *       because ids are unique within a file.
 *   <li>Every rejected step is followed by {@code expect: {rejected: true}}, so that it does not
 *       fail the scenario; for the last step, {@code rejected: true} joins the final expect.
 * </ul>
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /**
   * The YAML text of the scenario.
   *
   * @throws IllegalArgumentException if a step names a call that no earlier step declares, declares
   *     again a call that is still in progress, or names an accessory the world lacks
   */
  public static String write(ScenarioDraft draft) {
    return write(draft, false);
  }

  /**
   * The YAML text of the scenario with an {@code expect} after every step that pins what it did:
   * the output and input, the calls in progress, the VoIP state when not idle, the notifications
   * and the rules; {@code rejected: true} for a rejected step. The draft's final expectation is
   * replaced by the pin of the last step. {@code callroute serve} exports sessions with it.
   *
   * @throws IllegalArgumentException as {@link #write(ScenarioDraft)}
   */
  public static String writePinned(ScenarioDraft draft) {
    return write(draft, true);
  }

  private static String write(ScenarioDraft draft, boolean pinEveryStep) {
    List<Outcome> outcomes = play(draft);
    CallIds ids = new CallIds();
    YamlNodes.MapBuilder root = YamlNodes.blockMap();
    root.put("name", draft.name());
    if (!draft.description().isEmpty()) {
      root.put("description", draft.description());
    }
    if (draft.setup().callAudioRouting() != CallAudioRouting.AUTOMATIC) {
      root.put(
          "settings",
          YamlNodes.flowMap()
              .put("callAudioRouting", draft.setup().callAudioRouting().specName())
              .build());
    }
    if (!draft.world().accessories().isEmpty()) {
      root.put("accessories", accessories(draft.world(), draft.setup().connectedFirst()));
    }
    app(draft.world().app()).ifPresent(a -> root.put("app", a));
    List<Node> steps = new ArrayList<>();
    for (int i = 0; i < draft.steps().size(); i++) {
      steps.add(ScenarioText.stepNode(ids.rename(draft.steps().get(i))));
      boolean last = i == draft.steps().size() - 1;
      if (pinEveryStep) {
        steps.add(expectNode(pinned(outcomes.get(i), ids)));
      } else if (outcomes.get(i).rejected() && !last) {
        steps.add(expectNode(rejectedOnly()));
      }
    }
    boolean lastRejected = !outcomes.isEmpty() && outcomes.get(outcomes.size() - 1).rejected();
    Expectation end = finalExpectation(draft.finalExpect(), lastRejected, ids);
    if (!end.isEmpty() && !(pinEveryStep && !outcomes.isEmpty())) {
      steps.add(expectNode(end));
    }
    root.put("steps", YamlNodes.blockList(steps));
    return YamlNodes.dump(root.build());
  }

  private static List<Outcome> play(ScenarioDraft draft) {
    Setup.Played played = draft.setup().play(draft.steps());
    State s = played.start();
    for (int i = 0; i < draft.steps().size(); i++) {
      Optional<String> declared = CallIds.declared(draft.steps().get(i));
      if (declared.isPresent() && s.call(declared.get()).isPresent()) {
        throw new IllegalArgumentException(
            "call '"
                + declared.get()
                + "' is declared again while it is in progress; a scenario file cannot express"
                + " that, because call ids are unique in a file");
      }
      s = played.outcomes().get(i).state();
    }
    return played.outcomes();
  }

  private static Node accessories(World world, List<String> connectedFirst) {
    List<Node> items = new ArrayList<>();
    for (Accessory a : listed(world, connectedFirst)) {
      items.add(accessory(a, connectedFirst.contains(a.id())));
    }
    return YamlNodes.blockList(items);
  }

  /**
   * The world's accessories in the order a file lists them: the world's order, except that the
   * places of the accessories connected first are filled in connection order (a file has no other
   * way to say it). When the world already lists them in that order, nothing moves.
   */
  static List<Accessory> listed(World world, List<String> connectedFirst) {
    List<Accessory> connected = new ArrayList<>();
    for (String id : connectedFirst) {
      connected.add(
          world
              .accessory(id)
              .orElseThrow(() -> new IllegalArgumentException("no accessory '" + id + "'")));
    }
    List<Accessory> out = new ArrayList<>();
    int next = 0;
    for (Accessory a : world.accessories()) {
      out.add(connectedFirst.contains(a.id()) ? connected.get(next++) : a);
    }
    return out;
  }

  private static Node accessory(Accessory a, boolean connected) {
    YamlNodes.MapBuilder m = YamlNodes.flowMap().put("id", a.id()).put("kind", a.kind().specName());
    if (!a.name().equals(a.id())) {
      m.put("name", a.name());
    }
    if (a.hfp() != a.kind().defaultHfp()) {
      m.put("hfp", a.hfp().specName());
    }
    if (connected) {
      m.put("connected", YamlNodes.bool(true));
    }
    return m.build();
  }

  private static Optional<Node> app(App app) {
    YamlNodes.MapBuilder m = YamlNodes.flowMap();
    if (app.callKit() != App.DEFAULT.callKit()) {
      m.put("callKit", YamlNodes.bool(app.callKit()));
    }
    if (app.role() != App.DEFAULT.role()) {
      m.put("role", app.role().specName());
    }
    if (app.mode() != App.DEFAULT.mode()) {
      m.put("mode", app.mode().specName());
    }
    if (app.defaultToSpeaker() != App.DEFAULT.defaultToSpeaker()) {
      m.put("defaultToSpeaker", YamlNodes.bool(app.defaultToSpeaker()));
    }
    return m.isEmpty() ? Optional.empty() : Optional.of(m.build());
  }

  /** Everything a step did, as an expectation; {@code rejected: true} alone when rejected. */
  private static Expectation pinned(Outcome o, CallIds ids) {
    if (o.rejected()) {
      return rejectedOnly();
    }
    dev.callroute.core.Route r = o.decision().route();
    World w = o.state().world();
    java.util.Map<String, dev.callroute.core.CallState> calls = new java.util.LinkedHashMap<>();
    o.state().calls().forEach(c -> calls.put(ids.current(c.id()), c.state()));
    dev.callroute.core.VoipState voip = o.state().voipState();
    return new Expectation(
        Optional.of(word(w, r.output(), r.outputAccessory())),
        Optional.of(word(w, r.input(), r.inputAccessory())),
        calls,
        voip == dev.callroute.core.VoipState.IDLE ? Optional.empty() : Optional.of(voip),
        o.notifications(),
        List.of(),
        Optional.empty(),
        o.decision().rules());
  }

  private static String word(World w, dev.callroute.core.Port port, int accessory) {
    return accessory == dev.callroute.core.Route.BUILT_IN
        ? port.specName()
        : w.accessory(accessory).id();
  }

  private static Expectation rejectedOnly() {
    return new Expectation(
        Optional.empty(),
        Optional.empty(),
        java.util.Map.of(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.of(true),
        List.of());
  }

  private static Expectation finalExpectation(FinalExpect f, boolean lastRejected, CallIds ids) {
    java.util.Map<String, dev.callroute.core.CallState> calls = new java.util.LinkedHashMap<>();
    f.calls().forEach((id, state) -> calls.put(ids.current(id), state));
    boolean rejected = f.rejected() || lastRejected;
    return new Expectation(
        f.output().isEmpty() ? Optional.empty() : Optional.of(f.output()),
        f.input().isEmpty() ? Optional.empty() : Optional.of(f.input()),
        calls,
        f.voipChecked() ? Optional.of(f.voip()) : Optional.empty(),
        List.of(),
        List.of(),
        rejected ? Optional.of(true) : Optional.empty(),
        f.rules());
  }

  private static Node expectNode(Expectation e) {
    return YamlNodes.blockMap().put("expect", ScenarioText.expectNode(e)).build();
  }
}
