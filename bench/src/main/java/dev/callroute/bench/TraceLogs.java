package dev.callroute.bench;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import dev.callroute.trace.SampleLogs;
import java.util.ArrayList;
import java.util.List;

/**
 * Device logs for the trace benchmarks: a seeded random walk of a typical world (two headsets, a
 * Bluetooth speaker, a VoIP sender), played through the engine and rendered by {@link SampleLogs}.
 * Setting changes and preferred inputs are left out of the walk: a log does not show them.
 */
final class TraceLogs {
  private TraceLogs() {}

  /** The typical world. */
  static World world() {
    return new World(
        List.of(
            Accessory.of("danas-airpods", AccessoryKind.BLUETOOTH_HEADSET)
                .withName("Dana’s AirPods"),
            Accessory.of("bose-qc45", AccessoryKind.BLUETOOTH_HEADSET).withName("Bose QC45"),
            Accessory.of("jbl-flip-6", AccessoryKind.BLUETOOTH_SPEAKER).withName("JBL Flip 6")),
        App.DEFAULT);
  }

  /**
   * A log in this format with at least {@code routeChanges} route changes.
   *
   * @param noise lines of other chatter (the app's own, other processes') between two entries
   */
  static String log(SampleLogs.Format format, int routeChanges, int noise, long seed) {
    World w = world();
    State start = State.initial(w, CallAudioRouting.AUTOMATIC);
    List<Outcome> outcomes = new ArrayList<>();
    int changes = 0;
    long s = seed;
    while (changes < routeChanges) {
      Step[] steps = StepStream.generate(start, 2, 4096, s++);
      State state = start;
      for (Step step : steps) {
        if (step instanceof Step.ChangeSetting || step instanceof Step.PreferredInput) {
          continue;
        }
        Outcome o = Engine.next(state, step);
        if (o.rejected()) {
          continue;
        }
        outcomes.add(o);
        state = o.state();
        changes += (int) o.notifications().stream().filter(n -> n.isRouteChange()).count();
        if (changes >= routeChanges) {
          break;
        }
      }
      start = state;
    }
    String text =
        SampleLogs.render(
            format, w, State.initial(w, CallAudioRouting.AUTOMATIC).currentRoute(), outcomes);
    if (noise == 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() * (noise + 1));
    int n = 0;
    for (String line : text.split("\n", -1)) {
      b.append(line).append('\n');
      for (int i = 0; i < noise; i++) {
        b.append(NOISE[n++ % NOISE.length]).append('\n');
      }
    }
    return b.toString();
  }

  private static final String[] NOISE = {
    "2026-03-01 10:15:02.301977+0100 Ringo[2817:1051224] [WebRTC] Peer connection state: connected",
    "2026-03-01 10:15:02.302004+0100 Ringo[2817:1051224] [Network] nw_connection_receive_internal_block_invoke [C12] Receive reply failed with error \"Operation canceled\"",
    "2026-03-01 10:15:02.310777+0100 Ringo[2817:1051402] [Analytics] flushed 14 events in 38 ms",
    "2026-03-01 10:15:02.322981+0100 Ringo[2817:1051315] (audio_device_ios.mm:442 OnInterruptionBegin): ignored, playout is not active",
    "2026-03-01 10:15:02.330001+0100 Ringo[2817:1051224] [UI] CallViewController viewDidLayoutSubviews bounds={{0, 0}, {393, 852}}",
  };
}
