package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The explorer's fast path and the reference agree: {@link Stepper#step} and {@link Engine#next}
 * give the same successor, notifications, route, rules and rejection, and every invariant answers
 * the same through the stepper's views as through the built {@link Outcome}. One stepper is reused
 * for every step of every try (as the explorer reuses one per thread), so a field that {@link
 * Draft#reset} forgot to reset shows up as a difference. States come from random walks (reachable
 * ones) and from random components (any state, reachable or not).
 */
class StepperEquivalenceProperties {
  private static final Stepper STEPPER = new Stepper();

  @Property(tries = 2000)
  void sameAsEngineNextOnRandomWalks(
      @ForAll("apps") App app,
      @ForAll CallAudioRouting routing,
      @ForAll("fullWorldSteps") List<Step> steps) {
    State state = State.initial(new World(RuleCase.ACCESSORIES, app), routing, List.of());
    for (Step step : steps) {
      state = compare(state, step);
    }
  }

  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void sameAsEngineNextOnAnyState(
      @ForAll("anyState") State state, @ForAll("fullWorldSteps") List<Step> steps) {
    for (Step step : steps) {
      compare(state, step); // every step from the same state, so the stepper reuses its route
    }
  }

  /** Steps both ways, asserts they agree, and returns the successor. */
  private static State compare(State state, Step step) {
    Outcome expected = Engine.next(state, step);
    boolean applied = STEPPER.step(state, step);
    String what = step + " from " + state;
    assertThat(applied).as("applied: %s", what).isEqualTo(!expected.rejected());
    assertThat(STEPPER.rejected()).as("rejected: %s", what).isEqualTo(expected.rejected());
    assertThat(STEPPER.rejection())
        .as("rejection: %s", what)
        .isEqualTo(
            expected instanceof Outcome.Rejected r
                ? java.util.Optional.of(r.rejection())
                : java.util.Optional.empty());
    assertThat(StateView.same(STEPPER.after(), expected.state()))
        .as("successor: %s", what)
        .isTrue();
    assertThat(STEPPER.after().toState())
        .as("successor built: %s", what)
        .isEqualTo(expected.state());
    assertThat(STEPPER.after().currentRoute())
        .as("current route: %s", what)
        .isEqualTo(expected.state().currentRoute());
    assertThat(STEPPER.after().owner()).as("owner: %s", what).isEqualTo(expected.state().owner());
    assertThat(STEPPER.notifications())
        .as("notifications: %s", what)
        .isEqualTo(expected.notifications());
    assertThat(STEPPER.route()).as("route: %s", what).isEqualTo(expected.decision().route());
    assertThat(STEPPER.packedRules())
        .as("rules: %s", what)
        .isEqualTo(expected.decision().packedRules());
    if (STEPPER.unchanged()) {
      assertThat(expected.state()).as("unchanged: %s", what).isEqualTo(state);
    }
    assertThat(STEPPER.outcome()).as("outcome: %s", what).isEqualTo(expected);
    // Ends in the state after, from another state by another step: state-only invariants agree.
    Outcome elsewhere =
        new Outcome.Rejected(
            expected.state(),
            new Rejection(RejectionReason.NO_SUCH_CALL, "c9", Rule.CALL_ANSWER_ON_IPHONE),
            new Decision(expected.state().currentRoute(), 0L));
    for (Invariant i : Invariant.values()) {
      assertThat(i.holds(state, step, STEPPER))
          .as("invariant %s through views: %s", i.number(), what)
          .isEqualTo(i.holds(state, step, expected));
      if (i.stateOnly()) {
        assertThat(i.holds(expected.state(), new Step.End("c9"), elsewhere))
            .as("invariant %s reads only the state after: %s", i.number(), what)
            .isEqualTo(i.holds(state, step, expected));
      }
    }
    return expected.state();
  }

  /** Every kind of app, as {@code EnginePropertiesTest} draws them. */
  @Provide
  Arbitrary<App> apps() {
    return new EnginePropertiesTest().everyApp();
  }

  @Provide
  Arbitrary<List<Step>> fullWorldSteps() {
    return EnginePropertiesTest.step(EnginePropertiesTest.idsOf(RuleCase.ACCESSORIES))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  /** Any state of the full world: every component drawn on its own. */
  @Provide
  Arbitrary<State> anyState() {
    int n = RuleCase.ACCESSORIES.size();
    Arbitrary<World> world = apps().map(app -> new World(RuleCase.ACCESSORIES, app));
    Arbitrary<ConnectionOrder> connected =
        Arbitraries.integers()
            .between(0, n - 1)
            .list()
            .uniqueElements()
            .ofMaxSize(n)
            .map(
                order -> {
                  ConnectionOrder c = ConnectionOrder.EMPTY;
                  for (int a : order) {
                    c = c.with(a);
                  }
                  return c;
                });
    Arbitrary<Route> route = Arbitraries.oneOf(Arbitraries.just(Route.NONE), routes(n));
    Arbitrary<Target> target =
        Arbitraries.oneOf(
            Arbitraries.of(Target.NONE, Target.IPHONE, Target.SPEAKER),
            Arbitraries.of(RuleCase.ACCESSORIES).map(a -> Target.accessory(a.id())));
    return Combinators.combine(
            world,
            connected,
            Arbitraries.of(CallAudioRouting.class),
            calls(),
            route.list().ofSize(4),
            target,
            Arbitraries.of(true, false).list().ofSize(2))
        .as(
            (w, c, setting, calls, r, t, flags) -> {
              List<Call> live = new ArrayList<>();
              for (Call call : calls) {
                live.add(
                    new Call(call.id(), call.type(), call.state(), w.isSystemCall(call.type())));
              }
              return new State(
                  w,
                  c,
                  setting,
                  live,
                  r.get(0),
                  r.get(1),
                  r.get(2),
                  t,
                  flags.get(0),
                  r.get(3),
                  flags.get(1));
            });
  }

  /** Every route a rule can build in a world of {@code n} accessories. */
  private static Arbitrary<Route> routes(int n) {
    Arbitrary<Integer> a = Arbitraries.integers().between(0, n - 1);
    return Arbitraries.oneOf(
        Arbitraries.of(Route.IPHONE, Route.SPEAKER, Route.SPEAKER_PLAYBACK),
        a.map(Route::hfp),
        a.map(x -> Route.playback(Port.BLUETOOTH_A2DP, x)),
        a.map(x -> Route.playback(Port.HEADPHONES, x)),
        a.map(x -> Route.wiredCall(x, true)),
        a.map(x -> Route.wiredCall(x, false)));
  }

  /** Up to three calls with distinct ids, of any type and live state. */
  private static Arbitrary<List<Call>> calls() {
    Arbitrary<Call> call =
        Combinators.combine(
                Arbitraries.of(EnginePropertiesTest.CALL_IDS),
                Arbitraries.of(CallType.class),
                Arbitraries.of(CallState.RINGING, CallState.ACTIVE, CallState.HELD))
            .as((id, type, state) -> new Call(id, type, state, true));
    return call.list().ofMaxSize(3).uniqueElements(Call::id);
  }
}
