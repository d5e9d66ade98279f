package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random sequences of up to 50 steps over a world with two Bluetooth headsets, a Bluetooth speaker
 * and a wired headset, for every kind of app and every Call Audio Routing: the engine never throws,
 * every invariant holds after every step, a rejected step changes nothing, and replaying the same
 * steps gives the same outcomes.
 */
class EnginePropertiesTest {
  static final List<Accessory> ACCESSORIES =
      List.of(
          Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
          Accessory.of("beats", AccessoryKind.BLUETOOTH_HEADSET),
          Accessory.of("jbl", AccessoryKind.BLUETOOTH_SPEAKER),
          Accessory.of("wired", AccessoryKind.WIRED_HEADSET));

  static final String[] CALL_IDS = {"c1", "c2", "c3"};

  @Property(tries = 3000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyStepKeepsEveryInvariant(
      @ForAll("apps") App app,
      @ForAll CallAudioRouting routing,
      @ForAll("connectedFirst") List<String> connectedFirst,
      @ForAll("steps") List<Step> steps) {
    World world = new World(ACCESSORIES, app);
    State initial = State.initial(world, routing, connectedFirst);
    List<Outcome> first = play(initial, steps);
    List<Outcome> replay = play(initial, steps);
    assertThat(replay).as("replaying the same steps").isEqualTo(first);
    // The generator must reach the interesting states, or the property proves little.
    Statistics.label("applied").coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("voip")
        .coverage(
            c -> {
              c.check(VoipState.ACTIVE).percentage(p -> p >= 2);
              c.check(VoipState.INTERRUPTED).percentage(p -> p >= 1);
            });
  }

  /** The same over every accessory kind (wired headphones, an A2DP-only speaker) and app. */
  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void fullWorldKeepsEveryInvariant(
      @ForAll("everyApp") App app,
      @ForAll CallAudioRouting routing,
      @ForAll("fullWorldSteps") List<Step> steps) {
    State initial = State.initial(new World(RuleCase.ACCESSORIES, app), routing, List.of());
    assertThat(play(initial, steps)).isEqualTo(play(initial, steps));
  }

  /** Plays the steps, checking each transition, and returns every outcome. */
  private static List<Outcome> play(State initial, List<Step> steps) {
    List<Outcome> outcomes = new ArrayList<>();
    State state = initial;
    for (Step step : steps) {
      Outcome o = Engine.next(state, step);
      assertThat(Invariant.firstViolated(state, step, o))
          .as("invariant after %s in %s", step, steps)
          .isEmpty();
      checkReport(state, step, o);
      Statistics.label("applied").collect(!o.rejected());
      Statistics.label("voip").collect(o.state().voipState());
      outcomes.add(o);
      state = o.state();
    }
    return outcomes;
  }

  /** The outcome reports what the step did: the route, one route change when it changed. */
  private static void checkReport(State before, Step step, Outcome o) {
    Route now = o.state().currentRoute();
    assertThat(o.decision().route()).as("decision route of %s", step).isEqualTo(now);
    long routeChanges = o.notifications().stream().filter(Notification::isRouteChange).count();
    if (o.rejected()) {
      assertThat(o.state()).as("state after rejected %s", step).isEqualTo(before);
      assertThat(o.notifications()).as("notifications of rejected %s", step).isEmpty();
    } else {
      boolean changed = !before.currentRoute().equals(now);
      assertThat(routeChanges).as("route changes reported by %s", step).isEqualTo(changed ? 1 : 0);
    }
  }

  @Provide
  Arbitrary<App> apps() {
    return Arbitraries.of(
        App.DEFAULT,
        new App(true, Role.SENDER, SessionMode.VOICE_CHAT, false),
        new App(false, Role.RECEIVER, SessionMode.VOICE_CHAT, false),
        new App(false, Role.SENDER, SessionMode.VIDEO_CHAT, true));
  }

  @Provide
  Arbitrary<List<String>> connectedFirst() {
    return Arbitraries.of("airpods", "beats", "jbl", "wired").list().uniqueElements().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return step(idsOf(ACCESSORIES)).list().ofMinSize(1).ofMaxSize(50);
  }

  @Provide
  Arbitrary<List<Step>> fullWorldSteps() {
    return step(idsOf(RuleCase.ACCESSORIES)).list().ofMinSize(1).ofMaxSize(50);
  }

  @Provide
  Arbitrary<App> everyApp() {
    return Arbitraries.of(
        RuleCase.SENDER,
        RuleCase.CALLKIT,
        RuleCase.CALLKIT_SPEAKER,
        RuleCase.CALLKIT_VIDEO,
        RuleCase.SPEAKER_APP,
        RuleCase.VIDEO_APP,
        RuleCase.RECEIVER);
  }

  /** The ids of these accessories, plus one the world does not have, so unknown ids are tried. */
  static List<String> idsOf(List<Accessory> accessories) {
    List<String> ids = new ArrayList<>();
    accessories.forEach(a -> ids.add(a.id()));
    ids.add("nokia");
    return ids;
  }

  /** Every kind of step, over a small pool of call ids and every target. */
  static Arbitrary<Step> step(List<String> ids) {
    List<String> known = ids.subList(0, ids.size() - 1);
    Arbitrary<String> accessory = Arbitraries.of(ids);
    Arbitrary<String> call = Arbitraries.of(CALL_IDS);
    Arbitrary<CallType> type =
        Arbitraries.frequency(
            Tuple.of(2, CallType.APP),
            Tuple.of(2, CallType.CELLULAR),
            Tuple.of(1, CallType.FACETIME));
    Arbitrary<String> answerVia =
        Arbitraries.oneOf(Arbitraries.just("iphone"), Arbitraries.of(known));
    Arbitrary<String> pick =
        Arbitraries.oneOf(Arbitraries.of("iphone", "speaker"), Arbitraries.of(known));
    Arbitrary<String> input =
        Arbitraries.oneOf(Arbitraries.of("builtInMic", "none"), Arbitraries.of(known));
    // Weighted so that calls end often enough for VoIP calls, interruptions and resumes to happen.
    return Arbitraries.frequencyOf(
        Tuple.of(3, accessory.map(Steps::connect)),
        Tuple.of(3, accessory.map(Steps::disconnect)),
        Tuple.of(3, Combinators.combine(call, type).as(Steps::incomingCall)),
        Tuple.of(4, Combinators.combine(call, type).as(Steps::dial)),
        Tuple.of(
            4,
            Combinators.combine(call, answerVia)
                .as((c, via) -> (Step) new Step.Answer(c, Target.parse(via)))),
        Tuple.of(2, call.map(Steps::decline)),
        Tuple.of(6, call.map(Steps::end)),
        Tuple.of(2, pick.map(Steps::callScreen)),
        Tuple.of(3, pick.map(Steps::controlCenter)),
        Tuple.of(1, Arbitraries.of(CallAudioRouting.class).map(Steps::setting)),
        Tuple.of(2, input.map(Steps::preferredInput)),
        Tuple.of(2, Arbitraries.of(true, false).map(Steps::speakerphone)));
  }
}
