package dev.callroute.doctor;

import dev.callroute.core.Accessory;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallType;
import dev.callroute.core.Decision;
import dev.callroute.core.Explanations;
import dev.callroute.core.Outcome;
import dev.callroute.core.Route;
import dev.callroute.core.Setup;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario that reproduces a report: a world, the steps up to the moment of the complaint, the
 * call complained about and the accessory it should be on. Fixes are transformations of it.
 *
 * @param world the accessories and the app
 * @param callAudioRouting the setting before the first step
 * @param connectedFirst accessories connected before the first step
 * @param steps the steps up to the moment of the complaint
 * @param callId the id of the call complained about
 * @param accessoryId the id of the accessory the call should be on
 */
public record Repro(
    World world,
    CallAudioRouting callAudioRouting,
    List<String> connectedFirst,
    List<Step> steps,
    String callId,
    String accessoryId) {
  public Repro {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(callAudioRouting, "callAudioRouting");
    connectedFirst = List.copyOf(connectedFirst);
    steps = List.copyOf(steps);
    Objects.requireNonNull(callId, "callId");
    if (world.indexOf(accessoryId) < 0) {
      throw new IllegalArgumentException("no accessory " + accessoryId + " in the world");
    }
  }

  /** The accessory the call should be on. */
  public Accessory accessory() {
    return world.accessory(accessoryId).orElseThrow();
  }

  /** The accessory's index in the world. */
  public int accessoryIndex() {
    return world.indexOf(accessoryId);
  }

  /** Plays every step, stopping at the first rejected one. */
  public Playback play() {
    return playFirst(steps.size());
  }

  /** Plays the first {@code count} steps, stopping at the first rejected one. */
  public Playback playFirst(int count) {
    Setup.Played p =
        new Setup(world, callAudioRouting, connectedFirst).play(steps.subList(0, count));
    int i = p.firstRejected();
    if (i >= 0) {
      Outcome.Rejected o = p.firstRejection().orElseThrow();
      return new Playback(o.state(), o.decision(), Optional.of(o.rejection()), i);
    }
    Decision d =
        p.outcomes().isEmpty()
            ? new Decision(p.start().currentRoute(), 0L)
            : p.outcomes().get(count - 1).decision();
    return new Playback(p.last(), d, Optional.empty(), -1);
  }

  /** The index of the step that declares the call (its ring or dial), or -1. */
  public int callStart() {
    for (int i = 0; i < steps.size(); i++) {
      Step st = steps.get(i);
      if (st instanceof Step.IncomingCall && ((Step.IncomingCall) st).call().equals(callId)
          || st instanceof Step.Dial && ((Step.Dial) st).call().equals(callId)) {
        return i;
      }
    }
    return -1;
  }

  /** The same scenario with these steps inserted before index {@code at}. */
  public Repro inserting(int at, Step... inserted) {
    List<Step> next = new ArrayList<>(steps.subList(0, at));
    next.addAll(List.of(inserted));
    next.addAll(steps.subList(at, steps.size()));
    return withSteps(next);
  }

  /** The same scenario with the step at {@code index} replaced. */
  public Repro replacing(int index, Step step) {
    List<Step> next = new ArrayList<>(steps);
    next.set(index, step);
    return withSteps(next);
  }

  /** The same scenario with other steps. */
  public Repro withSteps(List<Step> newSteps) {
    return new Repro(world, callAudioRouting, connectedFirst, newSteps, callId, accessoryId);
  }

  /** The same scenario in another world (another app, for example). */
  public Repro withWorld(World newWorld) {
    return new Repro(newWorld, callAudioRouting, connectedFirst, steps, callId, accessoryId);
  }

  /** A route as a person reads it, with accessory ids. */
  public String describe(Route route) {
    return Explanations.describe(world, route);
  }

  /** The type of the call complained about, if a step declares it. */
  public Optional<CallType> callType() {
    int i = callStart();
    if (i < 0) {
      return Optional.empty();
    }
    Step st = steps.get(i);
    return Optional.of(
        st instanceof Step.Dial ? ((Step.Dial) st).type() : ((Step.IncomingCall) st).type());
  }

  /** Whether the call complained about is a system call: cellular, FaceTime, or CallKit. */
  public boolean systemCall() {
    return callType().map(t -> t != CallType.APP || world.app().callKit()).orElse(false);
  }
}
