package dev.callroute.serve;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.App;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.Outcome;
import dev.callroute.core.Simulation;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;

/**
 * One playground session: a world, its settings, the accessories connected before the first step,
 * and the steps played. Nothing else is stored: every view replays the steps through {@link
 * Simulation}, which is exact because the engine is deterministic. Methods are synchronized: one
 * request at a time changes a session.
 */
final class Session {
  /** The world a new session starts with: AirPods, not connected, and the default app. */
  static final World DEFAULT_WORLD =
      new World(
          List.of(
              Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET).withName("Dana's AirPods")),
          App.DEFAULT);

  private final String id;
  private String name = "playground";
  private String description = "";
  private World world = DEFAULT_WORLD;
  private CallAudioRouting callAudioRouting = CallAudioRouting.AUTOMATIC;
  private List<String> connectedFirst = List.of();
  private final List<Step> steps = new ArrayList<>();

  Session(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  /** What the session holds now, copied so that it can be read outside the lock. */
  synchronized Snapshot snapshot() {
    return new Snapshot(
        id, name, description, world, callAudioRouting, connectedFirst, List.copyOf(steps));
  }

  /** Replaces the world; only before the first step (409 otherwise). */
  synchronized Snapshot setWorld(
      String newName, World newWorld, CallAudioRouting routing, List<String> connected) {
    if (!steps.isEmpty()) {
      throw new ApiError(
          409, "the world can be edited only before the first step; undo or reset the steps first");
    }
    Simulation.of(newWorld, routing, connected); // validates the connections
    name = newName;
    world = newWorld;
    callAudioRouting = routing;
    connectedFirst = List.copyOf(connected);
    return snapshot();
  }

  /** Adds a step (rejected ones too: they are recorded as in a scenario file), up to the cap. */
  synchronized Snapshot add(Step step, int maxSteps) {
    if (steps.size() >= maxSteps) {
      throw new ApiError(
          409,
          "a session holds at most " + maxSteps + " steps; undo some, reset, or export and load");
    }
    checkCallIds(steps, List.of(step));
    steps.add(step);
    return snapshot();
  }

  /** Adds several steps at once, all or none, up to the cap. */
  synchronized Snapshot addAll(List<Step> more, int maxSteps) {
    if (steps.size() + more.size() > maxSteps) {
      throw new ApiError(
          409,
          "these "
              + more.size()
              + " steps would pass the cap of "
              + maxSteps
              + " steps per session; reset first");
    }
    checkCallIds(steps, more);
    steps.addAll(more);
    return snapshot();
  }

  /** Removes the last step (409 when there is none). */
  synchronized Snapshot undo() {
    if (steps.isEmpty()) {
      throw new ApiError(409, "there is no step to undo");
    }
    steps.remove(steps.size() - 1);
    return snapshot();
  }

  /** Removes every step, keeping the world. */
  synchronized Snapshot reset() {
    steps.clear();
    return snapshot();
  }

  /** Replaces everything: a loaded scenario, a doctor reproduction or fix. */
  synchronized Snapshot replace(
      String newName,
      String newDescription,
      World newWorld,
      CallAudioRouting routing,
      List<String> connected,
      List<Step> newSteps,
      int maxSteps) {
    if (newSteps.size() > maxSteps) {
      throw ApiError.badRequest(
          "the scenario has " + newSteps.size() + " steps; a session holds at most " + maxSteps);
    }
    Simulation.of(newWorld, routing, connected);
    name = newName;
    description = newDescription;
    world = newWorld;
    callAudioRouting = routing;
    connectedFirst = List.copyOf(connected);
    steps.clear();
    steps.addAll(newSteps);
    return snapshot();
  }

  /**
   * Refuses steps a scenario file could not hold, so that every session exports and loads back to
   * the same timeline: a call id declared twice, or a call named before any step declares it.
   */
  private static void checkCallIds(List<Step> existing, List<Step> more) {
    java.util.Set<String> declared = Choices.declared(existing);
    for (Step st : more) {
      String declares =
          st instanceof Step.IncomingCall i
              ? i.call()
              : st instanceof Step.Dial d ? d.call() : null;
      String names =
          st instanceof Step.Answer a
              ? a.call()
              : st instanceof Step.Decline d
                  ? d.call()
                  : st instanceof Step.End e ? e.call() : null;
      if (declares != null && !declared.add(declares)) {
        throw ApiError.badRequest(
            "call id '"
                + declares
                + "' is already used in this session; call ids are unique, as in a scenario file");
      }
      if (names != null && !declared.contains(names)) {
        throw ApiError.badRequest(
            "call '" + names + "' is not declared by an earlier incomingCall or dial step");
      }
    }
  }

  /**
   * An immutable copy of a session.
   *
   * @param id the session id
   * @param name the scenario name used on export
   * @param description the scenario description used on export; empty for none
   * @param world the accessories and the app
   * @param callAudioRouting the setting before the first step
   * @param connectedFirst the accessories connected before the first step, in order
   * @param steps the steps played, rejected ones included
   */
  record Snapshot(
      String id,
      String name,
      String description,
      World world,
      CallAudioRouting callAudioRouting,
      List<String> connectedFirst,
      List<Step> steps) {
    /** Replays the steps: the simulation after them, with every outcome in its history. */
    Simulation replay() {
      Simulation sim = Simulation.of(world, callAudioRouting, connectedFirst);
      for (Step s : steps) {
        sim.apply(s);
      }
      return sim;
    }

    /** The outcome of every step, in order. */
    List<Outcome> outcomes() {
      return replay().history();
    }
  }
}
