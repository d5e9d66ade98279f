package dev.callroute.core;

import java.util.function.Predicate;

/** Route building blocks shared by the rules: who qualifies, and what route each choice means. */
final class Routes {
  private Routes() {}

  /** The call route of an accessory: HFP both ways, or the wired headset or headphones. */
  static Route accessoryCallRoute(World w, int a) {
    Accessory acc = w.accessory(a);
    switch (acc.kind()) {
      case WIRED_HEADSET:
        return Route.wiredCall(a, true);
      case WIRED_HEADPHONES:
        return Route.wiredCall(a, false);
      default:
        return Route.hfp(a);
    }
  }

  /**
   * The most recently connected accessory that qualifies, or -1. The tests passed here capture
   * nothing, so that no call allocates one.
   */
  private static int last(World w, ConnectionOrder c, Predicate<Accessory> qualifies) {
    for (int i = c.size() - 1; i >= 0; i--) {
      int a = c.get(i);
      if (qualifies.test(w.accessory(a))) {
        return a;
      }
    }
    return -1;
  }

  /** The most recently connected wired accessory, or -1. */
  static int lastWired(World w, ConnectionOrder c) {
    return last(w, c, acc -> acc.kind().isWired());
  }

  /** The most recently connected Bluetooth accessory whose HFP can carry a system call, or -1. */
  static int lastBluetoothFor(World w, ConnectionOrder c, boolean systemCall) {
    return systemCall
        ? last(w, c, acc -> acc.hfpUsableFor(true))
        : last(w, c, acc -> acc.hfpUsableFor(false));
  }

  /** Whether an accessory can carry a system call: usable HFP, or wired. */
  static boolean callCapable(Accessory acc) {
    return acc.kind().isWired() || acc.hfpUsableFor(true);
  }

  /** Whether a sender's VoIP session can carry its call on this accessory. */
  static boolean voipCapable(Accessory acc) {
    return acc.kind().isWired() || acc.hfpUsableFor(false);
  }

  /** The most recently connected call-capable accessory, or -1. */
  static int lastCallCapable(World w, ConnectionOrder c) {
    return last(w, c, Routes::callCapable);
  }

  /**
   * The iPhone route of {@code call.answer-on-iphone}: a wired accessory if plugged in, otherwise
   * the earpiece, or the loudspeaker for an app call whose session defaults to it.
   */
  static Route iphoneRoute(World w, ConnectionOrder c, boolean appCall) {
    int wired = lastWired(w, c);
    if (wired >= 0) {
      return accessoryCallRoute(w, wired);
    }
    return appCall && w.app().prefersSpeaker() ? Route.SPEAKER : Route.IPHONE;
  }

  /** The route of {@code voip.default-route} for the app's session. */
  static Route voipDefault(World w, ConnectionOrder c) {
    if (w.app().isReceiver()) {
      int last = c.size() == 0 ? -1 : c.get(c.size() - 1);
      return last < 0
          ? Route.SPEAKER_PLAYBACK
          : Route.playback(w.accessory(last).mediaOutput(), last);
    }
    return iphoneRoute(w, c, true);
  }

  /** The route a pick means for playback: A2DP or headphones, or the loudspeaker. */
  static Route playbackRoute(World w, Target pick) {
    if (pick.isAccessory()) {
      int a = w.indexOf(pick.accessory());
      return Route.playback(w.accessory(a).mediaOutput(), a);
    }
    return Route.SPEAKER_PLAYBACK;
  }

  /**
   * The route a Control Center pick means for the app's call: for a sender, the accessory's call
   * route, the earpiece or the loudspeaker; for a receiver, its playback route.
   */
  static Route pickForSession(World w, Target pick) {
    if (w.app().isReceiver()) {
      return playbackRoute(w, pick);
    }
    switch (pick.kind()) {
      case ACCESSORY:
        return accessoryCallRoute(w, w.indexOf(pick.accessory()));
      case IPHONE:
        return Route.IPHONE;
      default:
        return Route.SPEAKER;
    }
  }

  /** The route a call-screen pick means for a system call. */
  static Route pickForSystemCall(World w, Target pick) {
    switch (pick.kind()) {
      case ACCESSORY:
        return accessoryCallRoute(w, w.indexOf(pick.accessory()));
      case IPHONE:
        return Route.IPHONE;
      default:
        return Route.SPEAKER;
    }
  }

  /** Whether every accessory port of the route is connected. */
  static boolean connected(Route r, ConnectionOrder c) {
    return (r.outputAccessory() == Route.BUILT_IN || c.contains(r.outputAccessory()))
        && (r.inputAccessory() == Route.BUILT_IN || c.contains(r.inputAccessory()));
  }

  /**
   * Whether the app's VoIP session can use this route now: connected ports only, HFP it can use, no
   * earpiece while a wired accessory is plugged in, and no input for a receiver.
   */
  static boolean voipCanUse(World w, ConnectionOrder c, Route r) {
    if (r.isNone() || !connected(r, c)) {
      return false;
    }
    if (w.app().isReceiver()) {
      return r.input() == Port.NONE;
    }
    if (r.input() == Port.NONE) {
      return false;
    }
    if (r.output() == Port.BLUETOOTH_HFP && !w.accessory(r.outputAccessory()).hfpUsableFor(false)) {
      return false;
    }
    return r.output() != Port.BUILT_IN_RECEIVER || lastWired(w, c) < 0;
  }

  /** The route with a wired headset's own microphone restored: a remembered route is re-coupled. */
  static Route recoupled(World w, Route r) {
    if (r.output() == Port.HEADPHONES
        && w.accessory(r.outputAccessory()).kind() == AccessoryKind.WIRED_HEADSET
        && r.input() != Port.HEADSET_MIC) {
      return accessoryCallRoute(w, r.outputAccessory());
    }
    return r;
  }

  /** Whether the route plays on a wired headset but records with the built-in mic. */
  static boolean headsetWithBuiltInMic(World w, Route r) {
    return r.output() == Port.HEADPHONES
        && r.input() == Port.BUILT_IN_MIC
        && w.accessory(r.outputAccessory()).kind() == AccessoryKind.WIRED_HEADSET;
  }

  /** Whether a connected Bluetooth accessory offers HFP to system calls only. */
  static boolean systemOnlyBluetoothConnected(World w, ConnectionOrder c) {
    return last(w, c, acc -> acc.hfp() == HfpSupport.SYSTEM_CALLS_ONLY) >= 0;
  }

  /** The media route of {@code idle.media-route}. */
  static Route mediaRoute(StateView s) {
    World w = s.world();
    if (s.controlCenterChoice().kind() != Target.Kind.NONE) {
      return playbackRoute(w, s.controlCenterChoice());
    }
    ConnectionOrder c = s.connected();
    int n = c.size();
    if (n == 0) {
      return Route.SPEAKER_PLAYBACK;
    }
    int last = c.get(n - 1);
    return Route.playback(w.accessory(last).mediaOutput(), last);
  }
}
