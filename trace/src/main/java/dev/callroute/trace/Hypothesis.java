package dev.callroute.trace;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One value for every fact the log does not tell (§4 of the issue: CallKit or not, sender or
 * receiver, the setting, what kind each accessory is): a world and a setting to explain under.
 *
 * @param world the accessories, as kinds, and the app
 * @param setting Call Audio Routing
 * @param facts each open fact's name and its value here, in a fixed order
 */
record Hypothesis(World world, CallAudioRouting setting, Map<String, String> facts) {
  /** Bluetooth accessories whose kind is enumerated; the others are taken as headsets. */
  static final int MAX_ENUMERATED_KINDS = 3;

  Hypothesis {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(setting, "setting");
    facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  /**
   * The hypotheses that agree with what the user states ({@code --assume}): {@code callKit=yes|no},
   * {@code role=sender|receiver}, {@code callAudioRouting=automatic|bluetoothHeadset|speaker}, and
   * an accessory's id or logged name with its kind.
   *
   * @throws IllegalArgumentException naming the key or value that fits no fact, with those allowed
   */
  static List<Hypothesis> assuming(List<Hypothesis> all, Map<String, String> assumed) {
    List<Hypothesis> out = new ArrayList<>(all);
    for (Map.Entry<String, String> a : assumed.entrySet()) {
      String fact = factOf(a.getKey(), all);
      List<String> values = new ArrayList<>();
      for (Hypothesis h : all) {
        String v = h.facts().get(fact);
        if (v != null && !values.contains(v)) {
          values.add(v);
        }
      }
      String value =
          a.getValue().equals("true") ? "yes" : a.getValue().equals("false") ? "no" : a.getValue();
      if (fact == null || !values.contains(value)) {
        throw new IllegalArgumentException(
            "--assume "
                + a.getKey()
                + "="
                + a.getValue()
                + ": "
                + (fact == null
                    ? "no such fact; allowed: callKit, role, callAudioRouting, or an accessory of the log: "
                        + accessories(all)
                    : "allowed values: " + String.join(", ", values)));
      }
      out.removeIf(h -> !value.equals(h.facts().get(fact)));
    }
    return out;
  }

  private static String factOf(String key, List<Hypothesis> all) {
    switch (key) {
      case "callKit":
        return "CallKit";
      case "role":
        return "app role";
      case "callAudioRouting":
        return "Call Audio Routing";
      default:
        if (all.isEmpty()) {
          return null;
        }
        for (Accessory a : all.get(0).world().accessories()) {
          if (a.id().equals(key) || a.name().equalsIgnoreCase(key)) {
            return a.id() + " is a";
          }
        }
        return null;
    }
  }

  private static String accessories(List<Hypothesis> all) {
    if (all.isEmpty() || all.get(0).world().accessories().isEmpty()) {
      return "(none)";
    }
    return String.join(
        ", ", all.get(0).world().accessories().stream().map(Accessory::id).toArray(String[]::new));
  }

  /** Every hypothesis the catalog leaves open, in a fixed order. */
  static List<Hypothesis> all(Catalog catalog) {
    SessionMode mode =
        catalog.mode().toLowerCase(java.util.Locale.ROOT).contains("video")
            ? SessionMode.VIDEO_CHAT
            : SessionMode.VOICE_CHAT;
    List<App> apps = new ArrayList<>();
    apps.add(new App(false, Role.SENDER, mode, catalog.defaultToSpeaker()));
    apps.add(new App(false, Role.RECEIVER, mode, catalog.defaultToSpeaker()));
    apps.add(new App(true, Role.SENDER, mode, catalog.defaultToSpeaker()));
    if (catalog.callKitSeen()) {
      apps.removeIf(a -> !a.callKit());
    }
    List<List<Accessory>> worlds = new ArrayList<>();
    worlds.add(new ArrayList<>());
    int enumerated = 0;
    for (Catalog.Entry e : catalog.entries()) {
      List<AccessoryKind> kinds = new ArrayList<>();
      if (e.wired) {
        kinds.add(AccessoryKind.WIRED_HEADSET);
        if (!e.headsetMicSeen) {
          kinds.add(AccessoryKind.WIRED_HEADPHONES);
        }
      } else {
        kinds.add(AccessoryKind.BLUETOOTH_HEADSET);
        if (enumerated++ < MAX_ENUMERATED_KINDS) {
          kinds.add(AccessoryKind.BLUETOOTH_SPEAKER);
        }
      }
      List<List<Accessory>> next = new ArrayList<>();
      for (List<Accessory> w : worlds) {
        for (AccessoryKind k : kinds) {
          List<Accessory> copy = new ArrayList<>(w);
          copy.add(Accessory.of(e.id, k).withName(e.name));
          next.add(copy);
        }
      }
      worlds = next;
    }
    List<Hypothesis> out = new ArrayList<>();
    for (App app : apps) {
      for (CallAudioRouting setting : CallAudioRouting.values()) {
        for (List<Accessory> accessories : worlds) {
          Map<String, String> facts = new LinkedHashMap<>();
          facts.put("CallKit", app.callKit() ? "yes" : "no");
          facts.put("app role", app.role().specName());
          facts.put("Call Audio Routing", setting.specName());
          for (Accessory a : accessories) {
            facts.put(a.id() + " is a", a.kind().specName());
          }
          out.add(new Hypothesis(new World(accessories, app), setting, facts));
        }
      }
    }
    return out;
  }
}
