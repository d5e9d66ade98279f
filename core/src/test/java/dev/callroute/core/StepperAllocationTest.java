package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Stepper#step} and the invariants read through its views allocate nothing: over a random
 * walk of every kind of step (rejected ones included) for each kind of app, the bytes this thread
 * allocates while stepping again through the same transitions (the interned values are warm by
 * then) stay near zero. It counts bytes, not time, so it is steady on a busy machine.
 */
class StepperAllocationTest {
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  static List<App> apps() {
    return List.of(
        RuleCase.SENDER,
        RuleCase.CALLKIT,
        RuleCase.CALLKIT_SPEAKER,
        RuleCase.SPEAKER_APP,
        RuleCase.VIDEO_APP,
        RuleCase.RECEIVER);
  }

  @ParameterizedTest
  @MethodSource("apps")
  void steppingAllocatesNothing(App app) {
    World world = new World(RuleCase.ACCESSORIES, app);
    List<Step> menu = menu(world);
    List<State> from = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    State s = State.initial(world, CallAudioRouting.AUTOMATIC);
    for (int walked = 0; walked < 2_000; walked++) {
      List<State> next = new ArrayList<>();
      for (Step step : menu) {
        from.add(s);
        steps.add(step);
        Outcome o = Engine.next(s, step);
        if (!o.rejected()) {
          next.add(o.state());
        }
      }
      s = next.get(random.nextInt(next.size()));
    }
    State[] f = from.toArray(new State[0]);
    Step[] st = steps.toArray(new Step[0]);
    Stepper stepper = new Stepper();
    long warm = walk(stepper, f, st); // fills the interned values
    long before = THREADS.getCurrentThreadAllocatedBytes();
    long again = walk(stepper, f, st);
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    assertThat(again).isEqualTo(warm);
    assertThat(f.length).isGreaterThan(50_000);
    // Measured: 40 bytes in all (the measuring itself). Building outcomes costs ~190 B per step.
    assertThat(allocated).as("bytes allocated over %,d steps", f.length).isLessThan(1024);
  }

  /** Steps through every transition and checks the invariants but 5; returns a checksum. */
  private static long walk(Stepper stepper, State[] f, Step[] st) {
    Invariant[] checked = {
      Invariant.HFP_COUPLING,
      Invariant.ONLY_CONNECTED_PORTS,
      Invariant.SYSTEM_ONLY_HFP,
      Invariant.RECEIVER_HAS_NO_INPUT,
      Invariant.BLUETOOTH_SETTING_HONOURED,
      Invariant.REJECTION_CHANGES_NOTHING
    };
    long sum = 0;
    for (int i = 0; i < f.length; i++) {
      sum = sum * 31 + (stepper.step(f[i], st[i]) ? 1 : 0);
      for (Invariant inv : checked) {
        sum += inv.holds(f[i], st[i], stepper) ? 1 : 2;
      }
      StateView after = stepper.after();
      sum += after.currentRoute().outputAccessory() + after.calls().size() + stepper.packedRules();
    }
    return sum;
  }

  /** Every step of the world: each accessory, call id, call type, pick, setting and input. */
  private static List<Step> menu(World world) {
    List<Step> all = new ArrayList<>();
    List<Target> picks = new ArrayList<>(List.of(Target.IPHONE, Target.SPEAKER));
    for (Accessory a : world.accessories()) {
      all.add(new Step.Connect(a.id()));
      all.add(new Step.Disconnect(a.id()));
      all.add(new Step.PreferredInput(Target.accessory(a.id())));
      picks.add(Target.accessory(a.id()));
    }
    for (Target p : picks) {
      all.add(new Step.CallScreen(p));
      all.add(new Step.ControlCenter(p));
    }
    for (String id : List.of("c1", "c2")) {
      for (CallType type : CallType.values()) {
        all.add(new Step.IncomingCall(id, type));
        all.add(new Step.Dial(id, type));
      }
      all.add(new Step.Answer(id, Target.IPHONE));
      world.accessories().forEach(a -> all.add(new Step.Answer(id, Target.accessory(a.id()))));
      all.add(new Step.Decline(id));
      all.add(new Step.End(id));
    }
    for (CallAudioRouting r : CallAudioRouting.values()) {
      all.add(new Step.ChangeSetting(r));
    }
    all.add(new Step.PreferredInput(Target.BUILT_IN_MIC));
    all.add(new Step.PreferredInput(Target.NONE));
    all.add(new Step.Speakerphone(true));
    all.add(new Step.Speakerphone(false));
    return all;
  }
}
