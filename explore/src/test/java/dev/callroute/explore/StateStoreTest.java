package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link StateStore} against a plain map of states to numbers: the same numbers, the same answers
 * to {@code add}, {@code contains} and {@code containsAll}, with the rule that {@code contains}
 * trusts only the states stored when the round started.
 */
class StateStoreTest {
  /** The golden ratio constant of {@link StateStore#mix}: lo+1, hi-C has the hash of lo, hi. */
  private static final long C = 0x9E3779B97F4A7C15L;

  /**
   * A universe of states in which many share their whole hash (so also their slot and fingerprint)
   * and differ only in their words, and the rest are random.
   */
  private static List<long[]> universe(SplittableRandom random, int size) {
    List<long[]> states = new ArrayList<>();
    while (states.size() < size) {
      long lo = random.nextLong();
      long hi = random.nextLong();
      int twins = random.nextInt(4);
      for (int k = 0; k <= twins && states.size() < size; k++) {
        states.add(new long[] {lo + k, hi - k * C});
      }
    }
    return states;
  }

  @Property(tries = 200)
  void answersAsAMapOfStatesWithTheTrustedRule(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6000) int operations) {
    SplittableRandom random = new SplittableRandom(seed);
    List<long[]> states = universe(random, 1 + random.nextInt(2 * operations));
    StateStore store = new StateStore();
    Map<List<Long>, Integer> numbers = new HashMap<>();
    int trusted = Integer.MAX_VALUE;
    long[] lo = new long[8];
    long[] hi = new long[8];
    int[] scratch = new int[8];
    boolean[] out = new boolean[8];
    for (int i = 0; i < operations; i++) {
      int what = random.nextInt(20);
      if (what == 0) {
        store.startRound();
        trusted = numbers.size();
      } else if (what < 9) {
        long[] s = states.get(random.nextInt(states.size()));
        Integer known = numbers.get(List.of(s[0], s[1]));
        int parent = random.nextInt(1000) - 1;
        int step = random.nextInt(Short.MAX_VALUE);
        int id = store.add(s[0], s[1], parent, step);
        if (known != null) {
          assertThat(id).isEqualTo(-1);
        } else {
          assertThat(id).isEqualTo(numbers.size());
          numbers.put(List.of(s[0], s[1]), id);
          assertThat(store.parent(id)).isEqualTo(parent);
          assertThat(store.step(id)).isEqualTo(step);
        }
      } else {
        int n = random.nextInt(lo.length + 1);
        for (int j = 0; j < n; j++) {
          long[] s = states.get(random.nextInt(states.size()));
          lo[j] = s[0];
          hi[j] = s[1];
        }
        store.containsAll(lo, hi, n, scratch, out);
        for (int j = 0; j < n; j++) {
          Integer id = numbers.get(List.of(lo[j], hi[j]));
          boolean expected = id != null && id < trusted;
          assertThat(store.contains(lo[j], hi[j])).isEqualTo(expected);
          assertThat(out[j]).isEqualTo(expected);
        }
      }
      assertThat(store.size()).isEqualTo(numbers.size());
    }
    for (Map.Entry<List<Long>, Integer> e : numbers.entrySet()) {
      assertThat(store.low(e.getValue())).isEqualTo(e.getKey().get(0));
      assertThat(store.high(e.getValue())).isEqualTo(e.getKey().get(1));
    }
  }

  @Test
  void keepsFindingStatesAsTheTableGrowsAndItsFingerprintsShrink() {
    SplittableRandom random = new SplittableRandom(7);
    List<long[]> states = universe(random, 600_000);
    Set<List<Long>> all = new HashSet<>();
    StateStore store = new StateStore();
    for (int id = 0; id < states.size(); id++) {
      long[] s = states.get(id);
      all.add(List.of(s[0], s[1]));
      assertThat(store.add(s[0], s[1], id - 1, 0)).isEqualTo(id);
      assertThat(store.add(s[0], s[1], id - 1, 0)).isEqualTo(-1);
    }
    store.startRound();
    for (long[] s : states) {
      assertThat(store.contains(s[0], s[1])).isTrue();
      boolean stored = all.contains(List.of(s[0] ^ 1, s[1]));
      assertThat(store.contains(s[0] ^ 1, s[1])).isEqualTo(stored);
    }
    // The bytes are those of the arrays: 2 x 8 + 4 + 2 per state of capacity (grown by a quarter
    // from 1,024) and 4 per table slot (doubled from 2,048 while more than half full).
    long capacity = 1024;
    while (capacity < states.size()) {
      capacity += capacity >> 2;
    }
    long slots = 2048;
    while (2L * states.size() > slots) {
      slots *= 2;
    }
    assertThat(slots).isEqualTo(1L << 21);
    assertThat(store.bytes()).isEqualTo(22 * capacity + 4 * slots);
  }
}
