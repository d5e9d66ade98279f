package dev.callroute.trace;

import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded random walk of the engine over the explainer's step menu, as a device would take it: at
 * most {@link StepMenu#MAX_CALLS} calls, calls declined, ended and dialled again freely, and never
 * more than {@link Explainer#DEFAULT_MAX_HIDDEN} steps in a row that the format does not log (once
 * the bound is reached, only a step the format logs is taken, and the last hidden step allowed
 * leads to a state from which such a step exists).
 *
 * @param world the world walked
 * @param start the outcome that sets the setting, whose route the log starts from
 * @param outcomes every step's outcome, in order
 */
record Walk(World world, Outcome start, List<Outcome> outcomes) {
  /** A walk of {@code length} steps taken. */
  static Walk of(World world, CallAudioRouting setting, SampleLogs.Format f, int length, Random r) {
    State state = State.initial(world, setting, List.of());
    Outcome start = Engine.next(state, new Step.ChangeSetting(setting));
    List<Outcome> outcomes = new ArrayList<>();
    int silent = 0;
    while (outcomes.size() < length) {
      List<Outcome> menu = new ArrayList<>();
      for (Step step : StepMenu.from(state)) {
        Outcome o = Engine.next(state, step);
        if (o.rejected()) {
          continue;
        }
        if (loggedCount(f, o) > 0
            || silent < Explainer.DEFAULT_MAX_HIDDEN - 1
            || (silent < Explainer.DEFAULT_MAX_HIDDEN && canBeLogged(f, o.state()))) {
          menu.add(o);
        }
      }
      if (menu.isEmpty()) {
        throw new IllegalStateException(
            "the walk is stuck after " + outcomes.size() + " steps in " + state);
      }
      Outcome o = menu.get(r.nextInt(menu.size()));
      outcomes.add(o);
      state = o.state();
      silent = loggedCount(f, o) > 0 ? 0 : silent + 1;
    }
    return new Walk(world, start, List.copyOf(outcomes));
  }

  /**
   * Whether some step from this state shows in a log in this format. The last hidden step allowed
   * in a row must lead to such a state: otherwise the walk would be stuck, as in a world without
   * accessories where a receiver's app call rings and nothing the user does changes the route.
   */
  private static boolean canBeLogged(SampleLogs.Format f, State state) {
    for (Step step : StepMenu.from(state)) {
      Outcome o = Engine.next(state, step);
      if (!o.rejected() && loggedCount(f, o) > 0) {
        return true;
      }
    }
    return false;
  }

  /** How many observations a log in this format shows. */
  long observations(SampleLogs.Format f) {
    return outcomes.stream().mapToLong(o -> loggedCount(f, o)).sum();
  }

  /** The log of this walk in a format. */
  String log(SampleLogs.Format f) {
    return SampleLogs.render(f, world, start.decision().route(), outcomes);
  }

  /** Explains the log of this walk in a format, keeping every result. */
  TraceRun explain(SampleLogs.Format f) throws IOException {
    Path file = Files.createTempFile("trace-walk-", ".log");
    try {
      Files.writeString(file, log(f), StandardCharsets.UTF_8);
      return TraceRun.of(file, java.util.Map.of());
    } finally {
      Files.delete(file);
    }
  }

  /** Whether the format logs routes (not only reasons), so that the routes can be compared. */
  static boolean showsRoutes(SampleLogs.Format f) {
    return f == SampleLogs.Format.W1
        || f == SampleLogs.Format.C1
        || f == SampleLogs.Format.L1
        || f == SampleLogs.Format.S1
        || f == SampleLogs.Format.J1;
  }

  private static boolean interruptionsLogged(SampleLogs.Format f) {
    return f == SampleLogs.Format.R1
        || f == SampleLogs.Format.C1
        || f == SampleLogs.Format.S1
        || f == SampleLogs.Format.J1;
  }

  static long loggedCount(SampleLogs.Format f, Outcome o) {
    return o.notifications().stream()
        .filter(n -> n.isRouteChange() || interruptionsLogged(f))
        .count();
  }
}
