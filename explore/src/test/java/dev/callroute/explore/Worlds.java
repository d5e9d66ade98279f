package dev.callroute.explore;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Role;
import dev.callroute.core.SessionMode;
import dev.callroute.core.State;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small worlds for the explorer's tests. */
final class Worlds {
  private Worlds() {}

  /** A VoIP sender without CallKit. */
  static final App VOIP_SENDER = new App(false, Role.SENDER, SessionMode.VOICE_CHAT, false);

  /** A CallKit sender. */
  static final App CALLKIT_SENDER = new App(true, Role.SENDER, SessionMode.VOICE_CHAT, false);

  /** A receiver that only plays audio. */
  static final App RECEIVER = new App(false, Role.RECEIVER, SessionMode.VOICE_CHAT, false);

  /** A world of accessories named {@code id:kind}, e.g. {@code "airpods:BLUETOOTH_HEADSET"}. */
  static World world(App app, String... accessories) {
    List<Accessory> list = new ArrayList<>();
    for (String a : accessories) {
      String[] parts = a.split(":");
      list.add(Accessory.of(parts[0], AccessoryKind.valueOf(parts[1])));
    }
    return new World(list, app);
  }

  /** The same world with every accessory id given a prefix. */
  static World renamed(World w, String prefix) {
    List<Accessory> list = new ArrayList<>();
    for (Accessory a : w.accessories()) {
      list.add(new Accessory(prefix + a.id(), a.kind(), a.name(), a.hfp()));
    }
    return new World(list, w.app());
  }

  /** A search from the empty start of the world. */
  static Explorer explorer(World w, ExploreOptions options) {
    return new Explorer(State.initial(w, CallAudioRouting.AUTOMATIC), Set.of(), options);
  }

  /** The start state of a world, nothing connected, Call Audio Routing automatic. */
  static State start(World w) {
    return State.initial(w, CallAudioRouting.AUTOMATIC);
  }
}
