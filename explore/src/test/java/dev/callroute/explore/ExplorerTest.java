package dev.callroute.explore;

import static dev.callroute.explore.Worlds.CALLKIT_SENDER;
import static dev.callroute.explore.Worlds.RECEIVER;
import static dev.callroute.explore.Worlds.VOIP_SENDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.CallState;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplorerTest {
  static Stream<Named<World>> worlds() {
    return Stream.of(
        Named.of("no accessories", Worlds.world(VOIP_SENDER)),
        Named.of("a headset", Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET")),
        Named.of(
            "headset and speaker, CallKit",
            Worlds.world(CALLKIT_SENDER, "airpods:BLUETOOTH_HEADSET", "boombox:BLUETOOTH_SPEAKER")),
        Named.of(
            "receiver with speaker and headphones",
            Worlds.world(RECEIVER, "boombox:BLUETOOTH_SPEAKER", "cans:WIRED_HEADPHONES")));
  }

  private static ExploreOptions options(int maxDepth, List<Query> never, Optional<Query> reach) {
    return new ExploreOptions(ExploreOptions.DEFAULT_MAX_CALLS, maxDepth, never, reach);
  }

  @ParameterizedTest
  @MethodSource("worlds")
  void theStateCountIsTheSameOnEveryRunAndAfterRenamingAccessories(World world) {
    ExploreResult first =
        Worlds.explorer(world, ExploreOptions.defaults()).run(Explorer.Progress.NONE);
    ExploreResult again =
        Worlds.explorer(world, ExploreOptions.defaults()).run(Explorer.Progress.NONE);
    ExploreResult renamed =
        Worlds.explorer(Worlds.renamed(world, "x"), ExploreOptions.defaults())
            .run(Explorer.Progress.NONE);
    assertThat(first.states()).isGreaterThan(1);
    assertThat(again.states()).isEqualTo(first.states());
    assertThat(again.transitions()).isEqualTo(first.transitions());
    assertThat(renamed.states()).isEqualTo(first.states());
    assertThat(renamed.transitions()).isEqualTo(first.transitions());
    assertThat(renamed.maxDepth()).isEqualTo(first.maxDepth());
  }

  @ParameterizedTest
  @MethodSource("worlds")
  void twoThreadsFindTheSameStatesAndTheSamePathsAsOne(World world) {
    List<Query> never = List.of(Query.parse("call=held", world), Query.parse("voip=active", world));
    Optional<Query> reach = Optional.of(Query.parse("output=builtInSpeaker & call=active", world));
    ExploreOptions one = options(Integer.MAX_VALUE, never, reach);
    ExploreResult single = Worlds.explorer(world, one).run(Explorer.Progress.NONE);
    ExploreResult multi = Worlds.explorer(world, one.withThreads(2)).run(Explorer.Progress.NONE);
    assertThat(multi.states()).isEqualTo(single.states());
    assertThat(multi.transitions()).isEqualTo(single.transitions());
    assertThat(multi.maxDepth()).isEqualTo(single.maxDepth());
    assertThat(multi.violations()).isEqualTo(single.violations());
    assertThat(multi.reached()).isEqualTo(single.reached());
  }

  @ParameterizedTest
  @MethodSource("worlds")
  void moreCallsAtOnceReachMoreStates(World world) {
    ExploreResult one =
        Worlds.explorer(
                world, new ExploreOptions(1, Integer.MAX_VALUE, List.of(), Optional.empty()))
            .run(Explorer.Progress.NONE);
    ExploreResult two =
        Worlds.explorer(world, ExploreOptions.defaults()).run(Explorer.Progress.NONE);
    assertThat(two.states()).isGreaterThan(one.states());
  }

  @ParameterizedTest
  @MethodSource("worlds")
  void aDepthBoundStopsTheSearch(World world) {
    ExploreResult full =
        Worlds.explorer(world, ExploreOptions.defaults()).run(Explorer.Progress.NONE);
    ExploreResult bounded =
        Worlds.explorer(world, options(2, List.of(), Optional.empty())).run(Explorer.Progress.NONE);
    assertThat(full.maxDepth()).isGreaterThan(2);
    assertThat(bounded.maxDepth()).isEqualTo(2);
    assertThat(bounded.complete()).as("cut off by --max-depth").isFalse();
    assertThat(full.complete()).isTrue();
    assertThat(bounded.states()).isLessThan(full.states());
    ExploreResult nothing =
        Worlds.explorer(world, options(0, List.of(), Optional.empty())).run(Explorer.Progress.NONE);
    assertThat(nothing.states()).isEqualTo(1);
    assertThat(nothing.transitions()).isZero();
  }

  static Stream<Arguments> plantedViolations() {
    World headset = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    World both =
        Worlds.world(CALLKIT_SENDER, "airpods:BLUETOOTH_HEADSET", "boombox:BLUETOOTH_SPEAKER");
    return Stream.of(
        Arguments.of(Named.of("VoIP on the headset", headset), "input=airpods & voip=active"),
        Arguments.of(Named.of("VoIP interrupted", headset), "voip=interrupted & output=airpods"),
        Arguments.of(Named.of("a held call", both), "call=held & output=builtInSpeaker"),
        Arguments.of(Named.of("speaker records a CallKit call", both), "input=boombox"),
        Arguments.of(
            Named.of("setting changed, call ringing", both),
            "callAudioRouting=speaker & call=ringing & output=bluetoothA2DP"));
  }

  @ParameterizedTest
  @MethodSource("plantedViolations")
  void aPlantedViolationIsFoundWithAShortestCounterexampleThatReplays(World world, String expr) {
    Query q = Query.parse(expr, world);
    ExploreResult r = never(world, q, Integer.MAX_VALUE);
    List<Finding> nevers =
        r.violations().stream().filter(f -> f.property().startsWith("--never")).toList();
    assertThat(nevers).hasSize(1);
    Finding f = nevers.get(0);
    assertThat(f.property()).isEqualTo("--never " + expr);
    assertThat(replay(Worlds.start(world), f.steps()))
        .satisfies(s -> assertThat(q.matches(s)).isTrue());
    int length = f.steps().size();
    ExploreResult shorter = never(world, q, length - 1);
    assertThat(shorter.violations()).noneMatch(v -> v.property().startsWith("--never"));
  }

  @Test
  void aBrokenRuleIsCaughtAndItsCounterexampleEndsWithTheBreakingStep() {
    World world = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    TransitionCheck noHold =
        new TransitionCheck() {
          @Override
          public String property() {
            return "no call is ever held";
          }

          @Override
          public boolean holds(State before, Step step, Outcome outcome) {
            return outcome.state().calls().stream().noneMatch(c -> c.state() == CallState.HELD);
          }
        };
    ExploreResult r =
        new Explorer(
                Worlds.start(world), java.util.Set.of(), ExploreOptions.defaults(), List.of(noHold))
            .run(Explorer.Progress.NONE);
    assertThat(r.violations())
        .extracting(Finding::property)
        .containsExactly("no call is ever held");
    Finding f = r.violations().get(0);
    State end = replay(Worlds.start(world), f.steps());
    assertThat(end.calls()).anyMatch(c -> c.state() == CallState.HELD);
    assertThat(f.last().state()).isEqualTo(end);
    // A VoIP call is held (interrupted) as soon as a system call rings: two steps, no fewer.
    assertThat(f.steps()).hasSize(2);
    assertThat(f.steps().get(0)).isInstanceOf(Step.Dial.class);
    assertThat(f.steps().get(1)).isInstanceOf(Step.IncomingCall.class);
  }

  /**
   * A check that reads only the state after the step may say so ({@link
   * TransitionCheck#stateOnly}): the explorer then answers it once per state for the transitions
   * that leave the state as it was. The counterexamples must be those of the full check, for a
   * property first broken by a step that moves (a held call) and for one the start state already
   * breaks, so that a rejected step from it is the first violation (the loudspeaker, media's route
   * with nothing connected).
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aStateOnlyCheckFindsTheCounterexamplesOfTheFullCheck(int threads) {
    World world = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    List<java.util.function.Predicate<State>> properties =
        List.of(
            s -> s.calls().stream().noneMatch(c -> c.state() == CallState.HELD),
            s -> s.currentRoute().output() != dev.callroute.core.Port.BUILT_IN_SPEAKER);
    for (java.util.function.Predicate<State> p : properties) {
      List<Finding> full = violations(world, threads, stateCheck(p, false));
      List<Finding> once = violations(world, threads, stateCheck(p, true));
      assertThat(full).hasSize(1);
      assertThat(once)
          .extracting(Finding::steps)
          .isEqualTo(full.stream().map(Finding::steps).toList());
      assertThat(once)
          .extracting(Finding::last)
          .isEqualTo(full.stream().map(Finding::last).toList());
    }
  }

  private static TransitionCheck stateCheck(
      java.util.function.Predicate<State> p, boolean stateOnly) {
    return new TransitionCheck() {
      @Override
      public String property() {
        return "a property of the state";
      }

      @Override
      public boolean holds(State before, Step step, Outcome outcome) {
        return p.test(outcome.state());
      }

      @Override
      public boolean stateOnly() {
        return stateOnly;
      }
    };
  }

  private static List<Finding> violations(World world, int threads, TransitionCheck check) {
    return new Explorer(
            Worlds.start(world),
            java.util.Set.of(),
            new ExploreOptions(2, Integer.MAX_VALUE, List.of(), Optional.empty(), threads),
            List.of(check))
        .run(Explorer.Progress.NONE)
        .violations();
  }

  static Stream<Arguments> reachQueries() {
    World world =
        Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET", "boombox:BLUETOOTH_SPEAKER");
    return Stream.of(
            "voip=active",
            "output=bluetoothA2DP & input=none",
            "call=held & voip=interrupted",
            "output=boombox & call=active",
            "input=airpods & voip=interrupted",
            "callAudioRouting=bluetoothHeadset & output=airpods & call=ringing",
            "output=builtInReceiver & voip=idle")
        .map(e -> Arguments.of(world, e));
  }

  @ParameterizedTest(name = "--reach {1}")
  @MethodSource("reachQueries")
  void eachReachAnswerReplaysToAMatchingState(World world, String expr) {
    Query q = Query.parse(expr, world);
    ExploreResult r = reach(world, q, Integer.MAX_VALUE);
    assertThat(r.reached()).isPresent();
    Finding f = r.reached().get();
    State end = replay(Worlds.start(world), f.steps());
    assertThat(q.matches(end)).isTrue();
    ExploreResult shorter =
        Worlds.explorer(world, options(f.steps().size() - 1, List.of(), Optional.of(q)))
            .run(Explorer.Progress.NONE);
    assertThat(shorter.reached()).isEmpty();
  }

  @Test
  void anUnreachableConditionIsNotReached() {
    World world = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    Query q = Query.parse("output=headphones", world);
    ExploreResult r = reach(world, q, Integer.MAX_VALUE);
    assertThat(r.reached()).isEmpty();
  }

  @Test
  void aBluetoothSpeakerNeverRecordsAVoipCall() {
    World world =
        Worlds.world(VOIP_SENDER, "boombox:BLUETOOTH_SPEAKER", "airpods:BLUETOOTH_HEADSET");
    Query q = Query.parse("input=boombox & voip=active", world);
    ExploreResult r = never(world, q, Integer.MAX_VALUE);
    assertThat(r.states()).isGreaterThan(1000);
    assertThat(r.violations()).noneMatch(v -> v.property().startsWith("--never"));
    // The same speaker does record a system call, so the condition is not vacuous.
    Query systemCall = Query.parse("input=boombox & call=active", world);
    ExploreResult r2 = reach(world, systemCall, Integer.MAX_VALUE);
    assertThat(r2.reached()).isPresent();
  }

  @Test
  void aConditionTheStartAlreadyMatchesHoldsAtTheStartWithNoStep() {
    World world = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    Query q = Query.parse("voip=idle", world);
    ExploreResult r = reach(world, q, Integer.MAX_VALUE);
    Finding f = r.reached().orElseThrow();
    assertThat(f.steps()).isEmpty();
    assertThat(f.atStart()).isTrue();
    assertThat(f.last().rejected()).isFalse();
    assertThat(f.last().state()).isEqualTo(Worlds.start(world));
  }

  @Test
  void aBoundOnStatesStopsTheSearchIncompleteWithTheFiguresSoFar() {
    World world = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    ExploreResult full =
        Worlds.explorer(world, ExploreOptions.defaults()).run(Explorer.Progress.NONE);
    long all = full.states();

    ExploreResult at =
        Worlds.explorer(world, ExploreOptions.defaults().withBounds(all, Long.MAX_VALUE))
            .run(Explorer.Progress.NONE);
    ExploreResult under =
        Worlds.explorer(world, ExploreOptions.defaults().withBounds(all - 1, Long.MAX_VALUE))
            .run(Explorer.Progress.NONE);

    assertThat(full.stopped()).isEmpty();
    assertThat(at.stopped()).isEmpty();
    assertThat(at.states()).isEqualTo(all);
    assertThat(under.stopped()).contains("--max-states " + (all - 1));
    assertThat(under.states()).isEqualTo(all - 1);
  }

  @Test
  void aBoundOnMemoryStopsTheSearchBeforeItsArraysWouldPassIt() {
    World world = Worlds.world(VOIP_SENDER, "airpods:BLUETOOTH_HEADSET");
    ExploreResult r =
        Worlds.explorer(world, ExploreOptions.defaults().withBounds(Long.MAX_VALUE, 200_000))
            .run(Explorer.Progress.NONE);
    ExploreResult roomy =
        Worlds.explorer(world, ExploreOptions.defaults().withBounds(Long.MAX_VALUE, 1L << 30))
            .run(Explorer.Progress.NONE);

    assertThat(r.stopped()).contains("--max-memory (200,000 bytes)");
    assertThat(r.states()).isLessThan(roomy.states());
    assertThat(roomy.stopped()).isEmpty();
  }

  /** The search for a --reach condition, up to a depth. */
  private static ExploreResult reach(World world, Query q, int maxDepth) {
    return Worlds.explorer(world, options(maxDepth, List.of(), Optional.of(q)))
        .run(Explorer.Progress.NONE);
  }

  /** The search with one --never condition, up to a depth. */
  private static ExploreResult never(World world, Query q, int maxDepth) {
    return Worlds.explorer(world, options(maxDepth, List.of(q), Optional.empty()))
        .run(Explorer.Progress.NONE);
  }

  private static State replay(State start, List<Step> steps) {
    State s = start;
    for (Step step : steps) {
      Outcome o = Engine.next(s, step);
      assertThat(o.rejected()).as("step %s is applied", step).isFalse();
      s = o.state();
    }
    return s;
  }
}
