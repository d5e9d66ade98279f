package dev.callroute.scenario;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.ConnectionOrder;
import dev.callroute.core.HfpSupport;
import dev.callroute.core.Names;
import dev.callroute.core.Port;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import dev.callroute.core.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the world part of a scenario: {@code settings}, {@code accessories} and {@code app}. */
final class WorldParser {
  static final List<String> ACCESSORY_KEYS = List.of("id", "kind", "name", "hfp", "connected");
  static final List<String> APP_KEYS = List.of("callKit", "role", "mode", "defaultToSpeaker");

  /**
   * An accessory as declared.
   *
   * @param accessory the accessory
   * @param connected whether it is connected before the first step
   */
  record Declared(Accessory accessory, boolean connected) {}

  private final Fields fields;
  private final Problems problems;

  /** Every accessory id declared, valid or not, to check references against. */
  final Map<String, Node> accessoryIds = new LinkedHashMap<>();

  WorldParser(Fields fields, Problems problems) {
    this.fields = fields;
    this.problems = problems;
  }

  /** The {@code settings} map: its Call Audio Routing. */
  CallAudioRouting settings(Node node) {
    Optional<Map<String, Node>> map = fields.map(node, "settings", List.of("callAudioRouting"));
    Node value = map.map(m -> m.get("callAudioRouting")).orElse(null);
    if (value == null) {
      return CallAudioRouting.AUTOMATIC;
    }
    return routing(value).orElse(CallAudioRouting.AUTOMATIC);
  }

  /** A Call Audio Routing value. */
  Optional<CallAudioRouting> routing(Node value) {
    return fields
        .choice(value, "callAudioRouting", Names.of(CallAudioRouting.values(), x -> x.specName()))
        .flatMap(CallAudioRouting::bySpecName);
  }

  /** The {@code accessories} list. */
  List<Declared> accessories(Node node) {
    List<Declared> out = new ArrayList<>();
    List<Node> items =
        fields
            .list(node, "accessories", "[{id: airpods, kind: bluetoothHeadset}]")
            .orElse(List.of());
    for (Node item : items) {
      accessory(item).ifPresent(out::add);
      if (accessoryIds.size() > ConnectionOrder.CAPACITY) {
        problems.add(item, "a scenario has at most " + ConnectionOrder.CAPACITY + " accessories");
      }
    }
    return out;
  }

  private Optional<Declared> accessory(Node item) {
    Optional<Map<String, Node>> read = fields.map(item, "an accessory", ACCESSORY_KEYS);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> m = read.get();
    fields.require(m, item, "id", "an accessory");
    fields.require(m, item, "kind", "an accessory");
    Optional<String> id = Optional.ofNullable(m.get("id")).flatMap(this::accessoryId);
    Optional<AccessoryKind> kind =
        Optional.ofNullable(m.get("kind"))
            .flatMap(
                n ->
                    fields.choice(
                        n, "accessory kind", Names.of(AccessoryKind.values(), k -> k.specName())))
            .flatMap(AccessoryKind::bySpecName);
    Optional<String> name =
        Optional.ofNullable(m.get("name"))
            .flatMap(n -> fields.text(n, "name", Limits.MAX_NAME_LENGTH));
    Optional<HfpSupport> hfp = Optional.empty();
    if (m.containsKey("hfp")) {
      Node h = m.get("hfp");
      hfp =
          fields
              .choice(h, "hfp", Names.of(HfpSupport.values(), x -> x.specName()))
              .flatMap(HfpSupport::bySpecName);
      if (hfp.isPresent() && kind.isPresent() && kind.get().isWired()) {
        problems.add(
            h,
            "hfp is allowed only on Bluetooth accessories, and this one is a "
                + kind.get().specName());
        hfp = Optional.empty();
      }
    }
    boolean connected =
        Optional.ofNullable(m.get("connected"))
            .flatMap(n -> fields.bool(n, "connected"))
            .orElse(false);
    if (id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    Accessory a = Accessory.of(id.get(), kind.get());
    a = a.withName(name.orElse(id.get())).withHfp(hfp.orElse(kind.get().defaultHfp()));
    return Optional.of(new Declared(a, connected));
  }

  private Optional<String> accessoryId(Node node) {
    Optional<String> id = fields.id(node, "accessory id");
    if (id.isEmpty()) {
      return id;
    }
    String v = id.get();
    if (Words.isReserved(v)) {
      problems.add(node, reservedMessage(v));
      return Optional.empty();
    }
    Node first = accessoryIds.get(v);
    if (first != null) {
      problems.add(
          node,
          "duplicate accessory id '"
              + v
              + "' (first declared at line "
              + Problems.at(first).line()
              + ")");
      return Optional.empty();
    }
    accessoryIds.put(v, node);
    return id;
  }

  /** The {@code app} map. */
  App app(Node node) {
    Optional<Map<String, Node>> read = fields.map(node, "app", APP_KEYS);
    if (read.isEmpty()) {
      return App.DEFAULT;
    }
    Map<String, Node> m = read.get();
    boolean callKit =
        Optional.ofNullable(m.get("callKit")).flatMap(n -> fields.bool(n, "callKit")).orElse(false);
    Role role =
        Optional.ofNullable(m.get("role"))
            .flatMap(n -> fields.choice(n, "role", Names.of(Role.values(), r -> r.specName())))
            .flatMap(Role::bySpecName)
            .orElse(Role.SENDER);
    SessionMode mode =
        Optional.ofNullable(m.get("mode"))
            .flatMap(
                n -> fields.choice(n, "mode", Names.of(SessionMode.values(), x -> x.specName())))
            .flatMap(SessionMode::bySpecName)
            .orElse(SessionMode.VOICE_CHAT);
    boolean speaker =
        Optional.ofNullable(m.get("defaultToSpeaker"))
            .flatMap(n -> fields.bool(n, "defaultToSpeaker"))
            .orElse(false);
    if (callKit && role == Role.RECEIVER) {
      problems.add(
          m.get("callKit"),
          "callKit: true is invalid with role: receiver: only a sender can use CallKit");
      callKit = false;
    }
    return new App(callKit, role, mode, speaker);
  }

  /** Why an accessory id that is a reserved word is refused, and what to use instead. */
  static String reservedMessage(String id) {
    String what =
        Words.port(id).isPresent()
            ? Port.bySpecName(id).isPresent()
                ? "a port name"
                : "a word for the port " + Words.canonical(id)
            : "a word of steps for the iPhone's own route";
    return "accessory id '"
        + id
        + "' is reserved ("
        + what
        + "); pick another id, such as '"
        + Words.suggestInstead(id)
        + "'";
  }
}
