package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Accessory;
import dev.callroute.core.AccessoryKind;
import dev.callroute.core.CallType;
import dev.callroute.core.Engine;
import dev.callroute.core.HfpSupport;
import dev.callroute.core.Outcome;
import dev.callroute.core.Port;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SymmetryTest {
  /** Three interchangeable headsets, a speaker, and a headset that never offers HFP. */
  private static final World WORLD =
      new World(
          List.of(
              Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
              Accessory.of("boombox", AccessoryKind.BLUETOOTH_SPEAKER),
              Accessory.of("jabra", AccessoryKind.BLUETOOTH_HEADSET).withName("Jabra Evolve"),
              Accessory.of("bose", AccessoryKind.BLUETOOTH_HEADSET),
              Accessory.of("mute", AccessoryKind.BLUETOOTH_HEADSET).withHfp(HfpSupport.NEVER)),
          Worlds.VOIP_SENDER);

  /** Three interchangeable headsets, small enough to search exhaustively in a test. */
  private static final World SMALL =
      Worlds.world(
          Worlds.VOIP_SENDER,
          "airpods:BLUETOOTH_HEADSET",
          "jabra:BLUETOOTH_HEADSET",
          "bose:BLUETOOTH_HEADSET");

  private static final int MAX_CALLS = 2;
  private static final StateCodec CODEC = new StateCodec(WORLD, MAX_CALLS);
  private static final StepMenu MENU = new StepMenu(WORLD, MAX_CALLS);

  @Test
  void theGroupSwapsAccessoriesWithTheSameKindAndHfpOnlyAndLeavesNamedOnesAlone() {
    long[] w = pack(Worlds.start(WORLD));
    Symmetry all = Symmetry.of(CODEC, 0, w[0], w[1]);
    assertThat(all.order()).isEqualTo(6);
    assertThat(all.classes()).containsExactly(List.of("airpods", "bose", "jabra"));
    Symmetry named = Symmetry.of(CODEC, 1L << WORLD.indexOf("jabra"), w[0], w[1]);
    assertThat(named.order()).isEqualTo(2);
    assertThat(named.classes()).containsExactly(List.of("airpods", "bose"));
    // With the AirPods connected at the start, only the other two may be swapped.
    long[] c = pack(Engine.next(Worlds.start(WORLD), new Step.Connect("airpods")).state());
    Symmetry connected = Symmetry.of(CODEC, 0, c[0], c[1]);
    assertThat(connected.classes()).containsExactly(List.of("bose", "jabra"));
  }

  /**
   * Soundness of the reduction: swapping interchangeable accessories in a state and in a step gives
   * the swapped outcome, and the same invariants hold.
   */
  @Property(tries = 300)
  void swappingInterchangeableAccessoriesCommutesWithEveryStep(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10_000) Integer> picks,
      @ForAll @IntRange(min = 0, max = 5) int g) {
    long[] w = walk(picks);
    long[] start = pack(Worlds.start(WORLD));
    Symmetry sym = Symmetry.of(CODEC, 0, start[0], start[1]);
    long[] image = new long[2];
    sym.apply(g, w[0], w[1], image);
    int[] p = sym.mapping(w[0], w[1], image[0], image[1]);
    State s = CODEC.unpack(w[0], w[1]);
    State t = CODEC.unpack(image[0], image[1]);
    int[] codes = new int[MENU.size()];
    int n = MENU.codes(s.calls(), codes);
    for (int i = 0; i < n; i++) {
      Step step = MENU.step(codes[i], s.calls().size());
      Step swapped = MENU.step(MENU.permute(codes[i], p), t.calls().size());
      Outcome a = Engine.next(s, step);
      Outcome b = Engine.next(t, swapped);
      assertThat(b.rejected()).as("%s vs %s", step, swapped).isEqualTo(a.rejected());
      long[] after = pack(a.state());
      long[] expected = new long[2];
      long[] actual = pack(b.state());
      // The image of a's state under the permutation p that took s to t.
      boolean found = false;
      for (int h = 0; h < sym.order(); h++) {
        sym.apply(h, w[0], w[1], expected);
        if (expected[0] == image[0] && expected[1] == image[1]) {
          sym.apply(h, after[0], after[1], expected);
          found |= expected[0] == actual[0] && expected[1] == actual[1];
        }
      }
      assertThat(found).as("%s then %s", s, step).isTrue();
      for (TransitionCheck check : TransitionCheck.invariants()) {
        assertThat(check.holds(t, swapped, b)).isEqualTo(check.holds(s, step, a));
      }
    }
  }

  @Property(tries = 200)
  void aCanonicalFormIsTheSameForEveryMemberOfAClass(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10_000) Integer> picks) {
    long[] w = walk(picks);
    long[] start = pack(Worlds.start(WORLD));
    Symmetry sym = Symmetry.of(CODEC, 0, start[0], start[1]);
    long[] canonical = new long[2];
    sym.canonical(w[0], w[1], canonical);
    long[] image = new long[2];
    long[] other = new long[2];
    java.util.Set<List<Long>> members = new java.util.HashSet<>();
    for (int g = 0; g < sym.order(); g++) {
      sym.apply(g, w[0], w[1], image);
      members.add(List.of(image[0], image[1]));
      sym.canonical(image[0], image[1], other);
      assertThat(other).containsExactly(canonical[0], canonical[1]);
    }
    assertThat(sym.classSize(w[0], w[1], image)).isEqualTo(members.size());
  }

  static Stream<Arguments> searches() {
    State empty = Worlds.start(SMALL);
    State airpods = Engine.next(empty, new Step.Connect("airpods")).state();
    State twoAndACall =
        Engine.next(
                Engine.next(airpods, new Step.Connect("bose")).state(),
                new Step.Dial("x", CallType.APP))
            .state();
    List<String> symmetric =
        List.of(
            "call=ringing & output=bluetoothHFP",
            "input=bluetoothHFP & voip=active & callAudioRouting=speaker",
            "call=active & output=bluetoothHFP & callAudioRouting=speaker",
            "output=headphones");
    List<String> namingJabra = new ArrayList<>(symmetric);
    namingJabra.add("output=jabra & call=active");
    List<Arguments> all = new ArrayList<>();
    for (Named<State> start :
        List.of(
            Named.of("nothing connected", empty),
            Named.of("AirPods connected", airpods),
            Named.of("two headsets and a VoIP call", twoAndACall))) {
      all.add(Arguments.of(start, symmetric, "input=bluetoothHFP & voip=active"));
      all.add(Arguments.of(start, namingJabra, "input=jabra & voip=active"));
      all.add(Arguments.of(start, symmetric, "output=headphones"));
    }
    return all.stream();
  }

  /**
   * The reduced search finds exactly what the full one finds: the same violated properties and
   * reach answer, each with a shortest path of the same length that replays to a real violation,
   * and its classes stand for exactly the states the full search visits.
   */
  @ParameterizedTest(name = "{0}, --reach {2}")
  @MethodSource("searches")
  void theReducedSearchFindsExactlyTheViolationsAndAnswersOfTheFullOne(
      State start, List<String> nevers, String reach) {
    ExploreOptions full =
        new ExploreOptions(
            1,
            Integer.MAX_VALUE,
            nevers.stream().map(e -> Query.parse(e, SMALL)).toList(),
            Optional.of(Query.parse(reach, SMALL)));
    ExploreResult exact = search(start, full);
    assertThat(exact.violations()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(exact.representedStates()).isEqualTo(exact.states());
    for (int threads : new int[] {1, 2}) {
      ExploreResult reduced = search(start, full.withSymmetry(true).withThreads(threads));
      if (start.connected().size() == 0) {
        assertThat(reduced.interchangeable()).isNotEmpty();
      }
      if (!reduced.interchangeable().isEmpty()) {
        assertThat(reduced.states()).isLessThan(exact.states());
      }
      assertThat(reduced.representedStates()).isEqualTo(exact.states());
      assertThat(lengths(reduced.violations())).isEqualTo(lengths(exact.violations()));
      assertThat(reduced.maxDepth()).isEqualTo(exact.maxDepth());
      assertThat(reduced.reached().map(f -> f.steps().size()))
          .isEqualTo(exact.reached().map(f -> f.steps().size()));
      for (Finding f : reduced.violations()) {
        String expr = f.property().substring("--never ".length());
        assertThat(Query.parse(expr, SMALL).matches(replay(start, f))).as(expr).isTrue();
      }
      reduced
          .reached()
          .ifPresent(f -> assertThat(Query.parse(reach, SMALL).matches(replay(start, f))).isTrue());
    }
  }

  @Test
  void aTransitionCheckBrokenOnASwappedAccessoryEndsWithItsConcreteBreakingStep() {
    TransitionCheck noHfpAfterConnect =
        new TransitionCheck() {
          @Override
          public String property() {
            return "connecting a headset during a call does not move the call to it";
          }

          @Override
          public boolean holds(State before, Step step, Outcome outcome) {
            return !(step instanceof Step.Connect)
                || outcome.state().currentRoute().output() != Port.BLUETOOTH_HFP
                || before.currentRoute().output() == Port.BLUETOOTH_HFP;
          }
        };
    State start = Worlds.start(SMALL);
    ExploreOptions options = new ExploreOptions(1, Integer.MAX_VALUE, List.of(), Optional.empty());
    ExploreResult exact =
        new Explorer(start, Set.of(), options, List.of(noHfpAfterConnect))
            .run(Explorer.Progress.NONE);
    ExploreResult reduced =
        new Explorer(start, Set.of(), options.withSymmetry(true), List.of(noHfpAfterConnect))
            .run(Explorer.Progress.NONE);
    assertThat(exact.violations()).hasSize(1);
    assertThat(reduced.violations()).hasSize(1);
    Finding f = reduced.violations().get(0);
    assertThat(f.steps()).hasSameSizeAs(exact.violations().get(0).steps());
    // Replayed for real, the last step breaks the property.
    State before = start;
    for (Step s : f.steps().subList(0, f.steps().size() - 1)) {
      before = Engine.next(before, s).state();
    }
    Step last = f.steps().get(f.steps().size() - 1);
    assertThat(noHfpAfterConnect.holds(before, last, Engine.next(before, last))).isFalse();
  }

  @Test
  void stepCodesMapToTheSameStepOnThePermutedAccessory() {
    int[] p = {3, 1, 0, 2, 4};
    for (int code = 0; code < MENU.size(); code++) {
      String text = MENU.step(code, MAX_CALLS).toString();
      String swapped = MENU.step(MENU.permute(code, p), MAX_CALLS).toString();
      String expected = text;
      for (int a = 0; a < p.length; a++) {
        expected = expected.replace(WORLD.accessory(a).id(), "#" + p[a]);
      }
      for (int a = 0; a < p.length; a++) {
        expected = expected.replace("#" + a, WORLD.accessory(a).id());
      }
      assertThat(swapped).as("code %d: %s", code, text).isEqualTo(expected);
      assertThat(MENU.permute(code, new int[] {0, 1, 2, 3, 4})).isEqualTo(code);
    }
  }

  private static ExploreResult search(State start, ExploreOptions options) {
    return new Explorer(start, Set.of("x"), options).run(Explorer.Progress.NONE);
  }

  private static Map<String, Integer> lengths(List<Finding> findings) {
    Map<String, Integer> m = new TreeMap<>();
    for (Finding f : findings) {
      m.put(f.property(), f.steps().size());
    }
    return m;
  }

  private static State replay(State start, Finding f) {
    State s = start;
    for (Step step : f.steps()) {
      s = Engine.next(s, step).state();
    }
    assertThat(s).isEqualTo(f.last().state());
    return s;
  }

  private static long[] walk(List<Integer> picks) {
    long[] w = pack(Worlds.start(WORLD));
    int[] codes = new int[MENU.size()];
    for (int pick : picks) {
      State s = CODEC.unpack(w[0], w[1]);
      int n = MENU.codes(s.calls(), codes);
      w = pack(Engine.next(s, MENU.step(codes[pick % n], s.calls().size())).state());
    }
    return w;
  }

  private static long[] pack(State s) {
    long[] w = new long[2];
    CODEC.pack(s, w);
    return w;
  }
}
