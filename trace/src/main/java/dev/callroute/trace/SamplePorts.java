package dev.callroute.trace;

import dev.callroute.core.Accessory;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.World;
import java.util.Locale;

/** Ports and routes as iOS prints them, for {@link SampleLogs}. */
final class SamplePorts {
  private SamplePorts() {}

  /** The raw {@code type =} string of a model port. */
  static String type(Port p) {
    switch (p) {
      case BUILT_IN_RECEIVER:
        return "Receiver";
      case BUILT_IN_SPEAKER:
        return "Speaker";
      case BUILT_IN_MIC:
        return "MicrophoneBuiltIn";
      case HEADPHONES:
        return "Headphones";
      case HEADSET_MIC:
        return "MicrophoneWired";
      case BLUETOOTH_HFP:
        return "BluetoothHFP";
      default:
        return "BluetoothA2DPOutput";
    }
  }

  static String name(World w, Port p, int accessory) {
    switch (p) {
      case NONE:
        return "(null)";
      case BUILT_IN_RECEIVER:
        return "Receiver";
      case BUILT_IN_SPEAKER:
        return "Speaker";
      case BUILT_IN_MIC:
        return "iPhone Microphone";
      case HEADSET_MIC:
        return "Headset Microphone";
      case HEADPHONES:
        return "Headphones";
      default:
        return w.accessory(accessory).name();
    }
  }

  static String uid(World w, Port p, int accessory) {
    switch (p) {
      case BLUETOOTH_HFP:
        return address(accessory) + "-tsco";
      case BLUETOOTH_A2DP:
        return address(accessory) + "-tacl";
      case HEADPHONES:
        return "Wired Headphones";
      case HEADSET_MIC:
        return "Wired Microphone";
      case BUILT_IN_MIC:
        return "Built-In Microphone";
      case BUILT_IN_RECEIVER:
        return "Built-In Receiver";
      default:
        return "Speaker";
    }
  }

  static String address(int accessory) {
    return String.format(Locale.ROOT, "4C:B9:10:7E:33:%02X", accessory);
  }

  static String port(World w, Port p, int accessory) {
    if (p == Port.NONE) {
      return "";
    }
    Accessory a = accessory == Route.BUILT_IN ? null : w.accessory(accessory);
    String name = a != null && a.kind().isBluetooth() ? escape(a.name()) : name(w, p, accessory);
    return "<AVAudioSessionPortDescription: 0x2831a0d80, type = "
        + type(p)
        + "; name = "
        + name
        + "; UID = "
        + uid(w, p, accessory)
        + "; selectedDataSource = (null)>";
  }

  static String escape(String name) {
    return name.replace("\u2019", "\\U2019");
  }

  static String description(World w, Route r) {
    StringBuilder b =
        new StringBuilder("<AVAudioSessionRouteDescription: 0x2831a1b50, \ninputs = (\n");
    if (r.input() != Port.NONE) {
      b.append("    \"").append(port(w, r.input(), r.inputAccessory())).append("\"\n");
    }
    b.append(");\noutputs = (\n");
    if (r.output() != Port.NONE) {
      b.append("    \"").append(port(w, r.output(), r.outputAccessory())).append("\"\n");
    }
    return b.append(")>").toString();
  }

  static String json(World w, Port p, int accessory) {
    if (p == Port.NONE) {
      return "[]";
    }
    return "[{\"type\":\""
        + type(p)
        + "\",\"name\":\""
        + name(w, p, accessory).replace("\"", "\\\"")
        + "\",\"uid\":\""
        + uid(w, p, accessory)
        + "\"}]";
  }
}
