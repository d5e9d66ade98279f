package dev.callroute.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.Accessory;
import dev.callroute.core.Call;
import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.Rule;
import dev.callroute.core.Simulation;
import dev.callroute.core.State;
import dev.callroute.core.World;
import java.util.List;

/**
 * A session as the API's JSON: its world, a timeline row per step (the start first) with the fields
 * of {@code callroute run --format json} ({@code index}, {@code step}, {@code rejected}, {@code
 * rejection}, {@code output}, {@code input}, {@code notifications}, {@code rules}) plus the state
 * after the step, and the step choices for the current state.
 */
final class SessionJson {
  private SessionJson() {}

  /** The whole view of a session. */
  static ObjectNode render(Session.Snapshot s) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("id", s.id());
    root.put("name", s.name());
    root.put("description", s.description());
    root.put("editable", s.steps().isEmpty());
    WorldJson.render(root.putObject("world"), s);
    Simulation sim = Simulation.of(s.world(), s.callAudioRouting(), s.connectedFirst());
    ArrayNode rows = root.putArray("timeline");
    row(rows.addObject(), 0, "(start)", sim.state(), null);
    for (int i = 0; i < s.steps().size(); i++) {
      Outcome o = sim.apply(s.steps().get(i));
      ObjectNode r = rows.addObject();
      row(r, i + 1, StepJson.text(s.steps().get(i)), o.state(), o);
      r.set("action", StepJson.render(s.steps().get(i)));
    }
    ArrayNode choices = root.putArray("choices");
    for (Choices.Choice c : Choices.of(sim.state(), Choices.declared(s.steps()))) {
      ObjectNode n = choices.addObject();
      n.put("group", c.group());
      n.set("step", StepJson.render(c.step()));
      n.put("enabled", c.rejection().isEmpty());
      c.rejection().ifPresent(r -> n.put("reason", r));
    }
    return root;
  }

  private static void row(ObjectNode r, int index, String text, State state, Outcome o) {
    World w = state.world();
    r.put("index", index);
    r.put("step", text);
    r.put("rejected", o != null && o.rejected());
    if (o instanceof Outcome.Rejected rej) {
      r.put("rejection", rej.rejection().message());
    }
    Route route = o == null ? state.currentRoute() : o.decision().route();
    port(r.putObject("output"), w, route.output(), route.outputAccessory());
    port(r.putObject("input"), w, route.input(), route.inputAccessory());
    ArrayNode notes = r.putArray("notifications");
    if (o != null) {
      o.notifications().stream().map(Notification::specName).forEach(notes::add);
    }
    ArrayNode rules = r.putArray("rules");
    List<Rule> decided = o == null ? List.of(Rule.IDLE_MEDIA_ROUTE) : o.decision().rules();
    for (Rule rule : decided) {
      rules.addObject().put("id", rule.id()).put("sentence", rule.sentence());
    }
    ObjectNode st = r.putObject("state");
    ArrayNode connected = st.putArray("connected");
    for (Accessory a : w.accessories()) {
      if (state.isConnected(a.id())) {
        connected.add(a.id());
      }
    }
    ArrayNode calls = st.putArray("calls");
    for (Call c : state.calls()) {
      calls
          .addObject()
          .put("id", c.id())
          .put("type", c.type().specName())
          .put("state", c.state().specName())
          .put("system", c.system());
    }
    st.put("voip", state.voipState().specName());
    st.put("callAudioRouting", state.callAudioRouting().specName());
    st.put("speakerOverride", state.speakerOverride());
  }

  /**
   * A port as {@code run --format json} writes it: {@code port}, {@code accessory}, {@code label}.
   */
  static void port(ObjectNode node, World world, Port port, int accessory) {
    node.put("port", port.specName());
    if (accessory != Route.BUILT_IN) {
      node.put("accessory", world.accessory(accessory).id());
    }
    node.put("label", world.label(port, accessory));
  }
}
