package dev.callroute.trace;

import dev.callroute.core.Port;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The iPhone's own ports by the names logs give them, in English and a few other languages, for the
 * formats that log names only (L1, S1). A type logged elsewhere for the same name wins.
 */
final class BuiltInNames {
  private static final Set<String> RECEIVER =
      Set.of(
          "receiver",
          "iphone",
          "handset",
          "built-in receiver",
          "écouteur",
          "ecouteur",
          "hörer",
          "auricular",
          "receptor",
          "ricevitore");
  private static final Set<String> SPEAKER =
      Set.of(
          "speaker",
          "built-in speaker",
          "haut-parleur",
          "lautsprecher",
          "altavoz",
          "altoparlante",
          "alto-falante");

  private static final Set<String> WIRED_OUT =
      Set.of("headphones", "wired headphones", "casque", "kopfhörer", "auriculares", "cuffie");
  private static final Set<String> WIRED_IN =
      Set.of("headset microphone", "wired microphone", "micro du casque", "headset-mikrofon");

  private BuiltInNames() {}

  /** The wired port with this name, if it is one of the names iOS gives them. */
  static Optional<Port> wired(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (WIRED_OUT.contains(n)) {
      return Optional.of(Port.HEADPHONES);
    }
    if (WIRED_IN.contains(n)) {
      return Optional.of(Port.HEADSET_MIC);
    }
    return Optional.empty();
  }

  /** The built-in port with this name, if it is one. */
  static Optional<Port> port(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (RECEIVER.contains(n)) {
      return Optional.of(Port.BUILT_IN_RECEIVER);
    }
    if (SPEAKER.contains(n)) {
      return Optional.of(Port.BUILT_IN_SPEAKER);
    }
    if ((n.contains("micr") || n.contains("mikr"))
        && (n.contains("iphone") || n.contains("ipad") || n.contains("built-in"))) {
      return Optional.of(Port.BUILT_IN_MIC);
    }
    return Optional.empty();
  }

  /** The model port of a raw {@code type =} string, or empty when it is outside the model. */
  static Optional<Port> ofType(String type) {
    switch (type) {
      case "Receiver":
        return Optional.of(Port.BUILT_IN_RECEIVER);
      case "Speaker":
        return Optional.of(Port.BUILT_IN_SPEAKER);
      case "MicrophoneBuiltIn":
        return Optional.of(Port.BUILT_IN_MIC);
      case "Headphones":
        return Optional.of(Port.HEADPHONES);
      case "MicrophoneWired":
        return Optional.of(Port.HEADSET_MIC);
      case "BluetoothHFP":
        return Optional.of(Port.BLUETOOTH_HFP);
      case "BluetoothA2DPOutput":
        return Optional.of(Port.BLUETOOTH_A2DP);
      default:
        return Optional.empty();
    }
  }
}
