package dev.callroute.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.HfpSupport;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import dev.callroute.core.Setup;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The world as the API's JSON, with the field names of scenario files: {@code {"accessories":
 * [{"id", "kind", "name", "hfp", "connected"}], "app": {"callKit", "role", "mode",
 * "defaultToSpeaker"}, "callAudioRouting"}}.
 */
final class WorldJson {
  /** The most characters in an accessory's display name or a scenario's name. */
  static final int MAX_NAME = 80;

  private WorldJson() {}

  /** Writes the world of a session into {@code out}. */
  static void render(ObjectNode out, Session.Snapshot s) {
    ArrayNode list = out.putArray("accessories");
    for (Accessory a : s.world().accessories()) {
      list.addObject()
          .put("id", a.id())
          .put("kind", a.kind().specName())
          .put("name", a.name())
          .put("hfp", a.hfp().specName())
          .put("connected", s.setup().connectedFirst().contains(a.id()));
    }
    App app = s.world().app();
    out.putObject("app")
        .put("callKit", app.callKit())
        .put("role", app.role().specName())
        .put("mode", app.mode().specName())
        .put("defaultToSpeaker", app.defaultToSpeaker());
    out.put("callAudioRouting", s.setup().callAudioRouting().specName());
  }

  /**
   * A world edit.
   *
   * @param name the scenario name
   * @param setup the accessories and the app, the setting before the first step, and the
   *     accessories connected before the first step, in list order
   */
  record Edit(String name, Setup setup) {}

  /** Parses a world edit; a 400 naming the bad field otherwise. */
  static Edit parse(JsonNode n, String currentName) {
    String name = n.has("name") ? StepJson.text(n, "name").strip() : currentName;
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw ApiError.badRequest("'name' must have 1 to " + MAX_NAME + " characters");
    }
    // Omitted, as in a scenario file: no accessories.
    JsonNode list =
        n.has("accessories") ? n.get("accessories") : JsonNodeFactory.instance.arrayNode();
    if (!list.isArray()) {
      throw ApiError.badRequest("'accessories' must be a list");
    }
    List<Accessory> accessories = new ArrayList<>();
    List<String> connected = new ArrayList<>();
    for (JsonNode a : list) {
      if (!a.isObject()) {
        throw ApiError.badRequest("each accessory must be an object with id and kind");
      }
      String id = StepJson.text(a, "id");
      if (id.length() > StepJson.MAX_ID) {
        throw ApiError.badRequest("an accessory id has at most " + StepJson.MAX_ID + " characters");
      }
      AccessoryKind kind =
          word(
                  a,
                  "kind",
                  AccessoryKind::bySpecName,
                  "bluetoothHeadset, bluetoothSpeaker," + " wiredHeadset, wiredHeadphones")
              .orElseThrow(() -> ApiError.badRequest("accessory '" + id + "' needs a kind"));
      String display = a.has("name") ? StepJson.text(a, "name").strip() : id;
      if (display.length() > MAX_NAME) {
        throw ApiError.badRequest("an accessory name has at most " + MAX_NAME + " characters");
      }
      HfpSupport hfp =
          word(a, "hfp", HfpSupport::bySpecName, "always, systemCallsOnly, never")
              .orElse(kind.defaultHfp());
      if (kind.isWired() && hfp != HfpSupport.NEVER) {
        // A scenario file refuses hfp on a wired accessory; the page sends `never` for one.
        throw ApiError.badRequest(
            "hfp "
                + hfp.specName()
                + " is allowed only on Bluetooth accessories, and '"
                + id
                + "' is a "
                + kind.specName()
                + " (leave hfp out, or send never)");
      }
      try {
        accessories.add(new Accessory(id, kind, display.isEmpty() ? id : display, hfp));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(e.getMessage());
      }
      if (bool(a, "connected", false)) {
        connected.add(id);
      }
    }
    JsonNode appNode = n.has("app") ? n.get("app") : null;
    App app = App.DEFAULT;
    if (appNode != null) {
      if (!appNode.isObject()) {
        throw ApiError.badRequest("'app' must be an object");
      }
      Role role =
          word(appNode, "role", Role::bySpecName, "sender, receiver").orElse(App.DEFAULT.role());
      SessionMode mode =
          word(appNode, "mode", SessionMode::bySpecName, "voiceChat, videoChat")
              .orElse(App.DEFAULT.mode());
      try {
        app =
            new App(
                bool(appNode, "callKit", App.DEFAULT.callKit()),
                role,
                mode,
                bool(appNode, "defaultToSpeaker", App.DEFAULT.defaultToSpeaker()));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(e.getMessage());
      }
    }
    CallAudioRouting routing =
        word(
                n,
                "callAudioRouting",
                CallAudioRouting::bySpecName,
                "automatic, bluetoothHeadset," + " speaker")
            .orElse(CallAudioRouting.AUTOMATIC);
    try {
      return new Edit(name, new Setup(new World(accessories, app), routing, connected));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
  }

  private static <T> Optional<T> word(
      JsonNode n, String field, Function<String, Optional<T>> byName, String allowed) {
    if (!n.has(field)) {
      return Optional.empty();
    }
    String v = StepJson.text(n, field);
    return Optional.of(
        byName
            .apply(v)
            .orElseThrow(
                () ->
                    ApiError.badRequest("unknown " + field + " '" + v + "'; allowed: " + allowed)));
  }

  private static boolean bool(JsonNode n, String field, boolean otherwise) {
    JsonNode v = n.get(field);
    if (v == null) {
      return otherwise;
    }
    if (!v.isBoolean()) {
      throw ApiError.badRequest("'" + field + "' must be true or false");
    }
    return v.booleanValue();
  }
}
