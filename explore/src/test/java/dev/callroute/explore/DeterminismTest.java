package dev.callroute.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.core.Accessory;
import dev.callroute.core.App;
import dev.callroute.core.Engine;
import dev.callroute.core.Outcome;
import dev.callroute.core.State;
import dev.callroute.core.Step;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Why the explorer checks invariant 5 (determinism) on one transition per state instead of all (see
 * {@link Expander}): the outcome it gets is a function of the packed state and the step code alone.
 * Each try takes a random (packed state, step code) pair and computes the outcome again with
 * everything else changed: fresh world, accessory, id-string, state and step objects (nothing
 * shared, nothing interned), another thread, other engine work done just before on this thread, the
 * order of the computations, and a garbage collection now and then. Every outcome must be equal.
 */
class DeterminismTest {
  private static final World WORLD =
      Worlds.world(
          Worlds.VOIP_SENDER,
          "airpods:BLUETOOTH_HEADSET",
          "boombox:BLUETOOTH_SPEAKER",
          "wired:WIRED_HEADSET",
          "jabra:BLUETOOTH_HEADSET");
  private static final int MAX_CALLS = 3;
  private static final StateCodec CODEC = new StateCodec(WORLD, MAX_CALLS);
  private static final StepMenu MENU = new StepMenu(WORLD, MAX_CALLS);
  private static final ExecutorService OTHER = Executors.newSingleThreadExecutor();
  private static int tries;

  @AfterContainer
  static void stop() throws InterruptedException {
    OTHER.shutdownNow();
    OTHER.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Property(tries = 400)
  void theOutcomeDependsOnThePackedStateAndTheStepCodeOnly(
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 10_000) Integer> picks,
      @ForAll @IntRange(min = 0, max = 10_000) int pick,
      @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 10_000) Integer> noise,
      @ForAll boolean referenceLast)
      throws Exception {
    long[] w = walk(CODEC, MENU, picks);
    State s = CODEC.unpack(w[0], w[1]);
    int[] codes = new int[MENU.size()];
    int n = MENU.codes(s.calls(), codes);
    int code = codes[pick % n];
    int callCount = s.calls().size();
    Outcome reference = referenceLast ? null : Engine.next(s, MENU.step(code, callCount));

    // Fresh objects for everything: world, accessories, id strings, codec, menu, state, step.
    World copy = copyOf(WORLD);
    StateCodec codec = new StateCodec(copy, MAX_CALLS);
    StepMenu menu = new StepMenu(copy, MAX_CALLS);
    Outcome fresh = Engine.next(codec.unpack(w[0], w[1]), menu.step(code, callCount));

    // Other engine work on this thread just before.
    walk(codec, menu, noise);
    Outcome afterNoise = Engine.next(CODEC.unpack(w[0], w[1]), MENU.step(code, callCount));

    // Another thread.
    int c = code;
    Outcome elsewhere =
        OTHER.submit(() -> Engine.next(CODEC.unpack(w[0], w[1]), MENU.step(c, callCount))).get();

    if (++tries % 100 == 0) {
      System.gc();
    }
    Outcome again = Engine.next(s, MENU.step(code, callCount));
    if (reference == null) {
      reference = Engine.next(s, MENU.step(code, callCount));
    }
    assertThat(fresh).isEqualTo(reference);
    assertThat(afterNoise).isEqualTo(reference);
    assertThat(elsewhere).isEqualTo(reference);
    assertThat(again).isEqualTo(reference);
    // What the explorer keeps of the outcome, its packed form, is the same too.
    long[] a = new long[2];
    long[] b = new long[2];
    CODEC.pack(reference.state(), a);
    codec.pack(fresh.state(), b);
    assertThat(b).containsExactly(a[0], a[1]);
  }

  private static World copyOf(World w) {
    List<Accessory> list = new ArrayList<>();
    for (Accessory a : w.accessories()) {
      list.add(new Accessory(new String(a.id()), a.kind(), new String(a.name()), a.hfp()));
    }
    App app = w.app();
    return new World(list, new App(app.callKit(), app.role(), app.mode(), app.defaultToSpeaker()));
  }

  private static long[] walk(StateCodec codec, StepMenu menu, List<Integer> picks) {
    long[] w = new long[2];
    codec.pack(Worlds.start(codec.world()), w);
    int[] codes = new int[menu.size()];
    for (int pick : picks) {
      State s = codec.unpack(w[0], w[1]);
      int n = menu.codes(s.calls(), codes);
      Step step = menu.step(codes[pick % n], s.calls().size());
      w = new long[2];
      codec.pack(Engine.next(s, step).state(), w);
    }
    return w;
  }
}
