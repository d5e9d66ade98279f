package dev.callroute.trace;

import dev.callroute.core.Notification;
import dev.callroute.core.Outcome;
import dev.callroute.core.Route;
import dev.callroute.core.World;
import java.util.List;
import java.util.Locale;

/**
 * Renders what the engine did as a device log in one of the formats of docs/trace-format.md, as the
 * real loggers would write it: for tests that read the logs back, for benchmarks, and for sample
 * logs. Each step's notifications become the lines that format logs for them; a format that does
 * not log something (W1 logs no interruptions, B1 no routes) leaves it out.
 */
public final class SampleLogs {
  /** The formats rendered. */
  public enum Format {
    /** WebRTC's route change lines in an Xcode console copy. */
    W1,
    /** react-native-incall-manager: reasons and interruptions. */
    R1,
    /** react-native-callkeep's JavaScript payload: output type and reason. */
    R2,
    /** A Console.app copy of W1 and R1 messages, with other processes' lines in between. */
    C1,
    /** Linphone: previous and new route by name. */
    L1,
    /** baresip: reason codes. */
    B1,
    /** An app logger in Swift: reasons, port arrays, interruptions. */
    S1,
    /** callroute's JSON lines. */
    J1
  }

  /** The app's process name in rendered logs. */
  public static final String APP = "Ringo";

  private SampleLogs() {}

  /**
   * The log of these outcomes, one per step, starting from the route {@code start}.
   *
   * @param world the world the steps were played in
   */
  public static String render(Format f, World world, Route start, List<Outcome> outcomes) {
    StringBuilder b = new StringBuilder();
    Route before = start;
    int second = 0;
    for (Outcome o : outcomes) {
      second++;
      Route now = o.decision().route();
      for (Notification n : o.notifications()) {
        line(b, f, world, before, now, n, second);
      }
      before = now;
    }
    return b.toString();
  }

  private static void line(
      StringBuilder b, Format f, World w, Route before, Route now, Notification n, int second) {
    String time =
        String.format(
            Locale.ROOT, "10:%02d:%02d.%06d", second / 60 % 60, second % 60, second * 37 % 1000000);
    boolean interruption = !n.isRouteChange();
    String reason = reasonName(n);
    int code = reasonCode(n);
    switch (f) {
      case W1:
        if (!interruption) {
          String prefix = "2026-03-01 " + time + "+0100 " + APP + "[2817:1051315] ";
          b.append(prefix)
              .append(
                  "(RTCAudioSession.mm:576 -[RTCAudioSession handleRouteChangeNotification:]): Audio route changed: ")
              .append(reason)
              .append('\n');
          b.append(prefix)
              .append(
                  "(RTCAudioSession.mm:604 -[RTCAudioSession handleRouteChangeNotification:]): Previous route: ")
              .append(SamplePorts.description(w, before))
              .append("\nCurrent route:")
              .append(SamplePorts.description(w, now))
              .append('\n');
        }
        break;
      case R1:
        b.append("2026-03-01 ").append(time).append("+0100 ").append(APP).append("[912:233410] ");
        b.append(
                interruption
                    ? "RNInCallManager.AudioSessionInterruptionNotification: "
                        + (n == Notification.INTERRUPTION_BEGAN ? "Began" : "Ended")
                    : "RNInCallManager.AudioRouteChange.Reason: " + reason)
            .append('\n');
        break;
      case R2:
        if (!interruption) {
          b.append(" LOG  didChangeAudioRoute { output: '")
              .append(SamplePorts.type(now.output()))
              .append("', reason: ")
              .append(code)
              .append(" }\n");
        }
        break;
      case C1:
        b.append("default\t")
            .append(time)
            .append(
                "+0100\tSpringBoard\tPosting AVAudioSessionRouteChangeNotification. Reason: AVAudioSessionRouteChangeReasonCategoryChange\n");
        if (interruption) {
          b.append("default\t")
              .append(time)
              .append("+0100\t")
              .append(APP)
              .append("\tRNInCallManager.AudioSessionInterruptionNotification: ")
              .append(n == Notification.INTERRUPTION_BEGAN ? "Began" : "Ended")
              .append('\n');
        } else {
          b.append("default\t")
              .append(time)
              .append("+0100\t")
              .append(APP)
              .append(
                  "\t(RTCAudioSession.mm:576 -[RTCAudioSession handleRouteChangeNotification:]): Audio route changed: ")
              .append(reason)
              .append('\n');
          b.append("default\t")
              .append(time)
              .append("+0100\t")
              .append(APP)
              .append(
                  "\t(RTCAudioSession.mm:604 -[RTCAudioSession handleRouteChangeNotification:]): Previous route: ")
              .append(SamplePorts.description(w, before))
              .append("\nCurrent route:")
              .append(SamplePorts.description(w, now))
              .append('\n');
        }
        b.append("info\t").append(time).append("+0100\tbluetoothd\tState changed for device\n");
        break;
      case L1:
        if (!interruption) {
          b.append("2026-03-01 ")
              .append(time.substring(0, 8))
              .append(":")
              .append(String.format(Locale.ROOT, "%03d", second % 1000))
              .append(" liblinphone-message-[IOS Audio Route Change] Previous audio route: input=")
              .append(SamplePorts.name(w, before.input(), before.inputAccessory()))
              .append(", output=")
              .append(SamplePorts.name(w, before.output(), before.outputAccessory()))
              .append(", New audio route: input=")
              .append(SamplePorts.name(w, now.input(), now.inputAccessory()))
              .append(", output=")
              .append(SamplePorts.name(w, now.output(), now.outputAccessory()))
              .append('\n');
        }
        break;
      case B1:
        if (!interruption) {
          b.append("audiounit: AudioRouteChange - reason ").append(code).append('\n');
        }
        break;
      case S1:
        String s = "[" + time.substring(0, 12) + "] ";
        if (interruption) {
          b.append(s)
              .append("CallAudio: ")
              .append(
                  n == Notification.INTERRUPTION_BEGAN
                      ? "audioInterruptionBegan"
                      : "interruptionEnded")
              .append('\n');
        } else {
          b.append(s)
              .append("AudioRouteObserver: routeChange reason=")
              .append(camel(reason))
              .append('(')
              .append(code)
              .append(")\n");
          b.append(s)
              .append("AudioRouteObserver: currentRoute.inputs: [")
              .append(SamplePorts.port(w, now.input(), now.inputAccessory()))
              .append("]\n");
          b.append(s)
              .append("AudioRouteObserver: currentRoute.outputs: [")
              .append(SamplePorts.port(w, now.output(), now.outputAccessory()))
              .append("]\n");
        }
        break;
      default:
        if (interruption) {
          b.append("{\"t\":\"2026-03-01T")
              .append(time, 0, 12)
              .append("Z\",\"event\":\"interruption\",\"phase\":\"")
              .append(n == Notification.INTERRUPTION_BEGAN ? "began" : "ended")
              .append("\"}\n");
        } else {
          b.append("{\"t\":\"2026-03-01T")
              .append(time, 0, 12)
              .append("Z\",\"event\":\"routeChange\",\"reason\":\"")
              .append(camel(reason))
              .append("\",\"inputs\":")
              .append(SamplePorts.json(w, now.input(), now.inputAccessory()))
              .append(",\"outputs\":")
              .append(SamplePorts.json(w, now.output(), now.outputAccessory()))
              .append("}\n");
        }
        break;
    }
  }

  private static String reasonName(Notification n) {
    switch (n) {
      case ROUTE_CHANGE_NEW_DEVICE_AVAILABLE:
        return "NewDeviceAvailable";
      case ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE:
        return "OldDeviceUnavailable";
      case ROUTE_CHANGE_OVERRIDE:
        return "Override";
      case ROUTE_CHANGE_CATEGORY_CHANGE:
        return "CategoryChange";
      default:
        return "RouteConfigurationChange";
    }
  }

  private static int reasonCode(Notification n) {
    switch (n) {
      case ROUTE_CHANGE_NEW_DEVICE_AVAILABLE:
        return 1;
      case ROUTE_CHANGE_OLD_DEVICE_UNAVAILABLE:
        return 2;
      case ROUTE_CHANGE_OVERRIDE:
        return 4;
      case ROUTE_CHANGE_CATEGORY_CHANGE:
        return 3;
      default:
        return 8;
    }
  }

  private static String camel(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
