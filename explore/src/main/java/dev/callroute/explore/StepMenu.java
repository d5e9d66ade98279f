package dev.callroute.explore;

import dev.callroute.core.Accessory;
import dev.callroute.core.Call;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every step the explorer tries from a state, each with a small code so that the search can
 * remember which step reached a state.
 *
 * <p>Steps that name no call are always tried: connect and disconnect of each accessory, a
 * call-screen and a Control Center pick of each accessory, {@code iphone} and {@code speaker}, each
 * setting, each preferred input, and speakerphone on and off. Below {@code maxCalls} live calls, a
 * new call of each type rings or is dialled. For each live call: {@code end}; for a ringing call
 * also {@code decline} and {@code answer} via the iPhone and via each accessory. Steps the engine
 * rejects are still tried, so invariant 7 is checked on them.
 */
public final class StepMenu {
  private final Step[] fixed;
  private final int newCallBase;
  private final int slotBase;
  private final int perSlot;
  private final int accessories;
  private final int size;
  private final Step[][] byCode;
  private final int maxCalls;
  // 0, 1, 2, ...: the codes of the fixed steps come from here
  private final int[] everyCode;

  /** The menu for this world, with calls named {@code c1..c(maxCalls)}. */
  public StepMenu(World world, int maxCalls) {
    List<Step> f = new ArrayList<>();
    List<Accessory> accs = world.accessories();
    for (Accessory a : accs) {
      f.add(new Step.Connect(a.id()));
      f.add(new Step.Disconnect(a.id()));
    }
    List<Target> picks = new ArrayList<>();
    accs.forEach(a -> picks.add(Target.accessory(a.id())));
    picks.add(Target.IPHONE);
    picks.add(Target.SPEAKER);
    picks.forEach(p -> f.add(new Step.CallScreen(p)));
    picks.forEach(p -> f.add(new Step.ControlCenter(p)));
    for (CallAudioRouting r : CallAudioRouting.values()) {
      f.add(new Step.ChangeSetting(r));
    }
    accs.forEach(a -> f.add(new Step.PreferredInput(Target.accessory(a.id()))));
    f.add(new Step.PreferredInput(Target.BUILT_IN_MIC));
    f.add(new Step.PreferredInput(Target.NONE));
    f.add(new Step.Speakerphone(true));
    f.add(new Step.Speakerphone(false));
    this.fixed = f.toArray(new Step[0]);
    this.maxCalls = maxCalls;
    this.accessories = accs.size();
    this.newCallBase = fixed.length;
    this.slotBase = newCallBase + 2 * CallType.values().length;
    this.perSlot = accessories + 3;
    this.size = slotBase + maxCalls * perSlot;
    // byCode[code][k]: the step of that code when the state's calls are c1..ck (k = slot count).
    this.everyCode = java.util.stream.IntStream.range(0, size).toArray();
    this.byCode = new Step[size][];
    for (int code = 0; code < size; code++) {
      byCode[code] = new Step[maxCalls + 1];
      for (int k = 0; k <= maxCalls; k++) {
        byCode[code][k] = build(code, StateCodec::canonicalCallId, k, world);
      }
    }
  }

  /** How many step codes there are. */
  public int size() {
    return size;
  }

  /**
   * Writes the codes of the steps to try from a state with these calls (named {@code c1..cn} in
   * canonical order) into {@code out}, and returns how many.
   */
  public int codes(List<Call> calls, int[] out) {
    System.arraycopy(everyCode, 0, out, 0, fixed.length);
    int n = fixed.length;
    if (calls.size() < maxCalls) {
      for (int code = newCallBase; code < slotBase; code++) {
        out[n++] = code;
      }
    }
    for (int k = 0; k < calls.size(); k++) {
      int base = slotBase + k * perSlot;
      if (calls.get(k).state() == CallState.RINGING) {
        for (int i = 0; i < perSlot - 1; i++) {
          out[n++] = base + i;
        }
      }
      out[n++] = base + perSlot - 1;
    }
    return n;
  }

  /**
   * The code of the step that does to accessory {@code p[a]} what step {@code code} does to
   * accessory {@code a}: the same step in a state whose accessories were permuted by {@code p}.
   */
  public int permute(int code, int[] p) {
    int a = accessories;
    int settings = CallAudioRouting.values().length;
    if (code < 2 * a) {
      return 2 * p[code / 2] + code % 2;
    }
    int pick = (code - 2 * a) % (a + 2);
    if (code < 2 * a + 2 * (a + 2)) {
      return pick < a ? code - pick + p[pick] : code;
    }
    int input = code - (2 * a + 2 * (a + 2) + settings);
    if (input >= 0 && input < a) {
      return code - input + p[input];
    }
    if (code < slotBase) {
      return code;
    }
    int which = (code - slotBase) % perSlot;
    return which >= 1 && which <= a ? code - which + 1 + p[which - 1] : code;
  }

  /** The step of this code from a canonical state with {@code callCount} calls. */
  public Step step(int code, int callCount) {
    return byCode[code][callCount];
  }

  /**
   * The step of this code with real call ids: {@code slotId} names the call in each canonical slot,
   * and {@code freshId} is the id a new call gets.
   */
  public Step step(int code, IntFunction<String> slotId, String freshId, World world) {
    if (code >= newCallBase && code < slotBase) {
      return newCall(code, freshId);
    }
    return build(code, slotId, -1, world);
  }

  private Step build(int code, IntFunction<String> slotId, int callCount, World world) {
    if (code < newCallBase) {
      return fixed[code];
    }
    if (code < slotBase) {
      return callCount < 0 ? null : newCall(code, slotId.apply(callCount));
    }
    int slot = (code - slotBase) / perSlot;
    int which = (code - slotBase) % perSlot;
    String id = slotId.apply(slot);
    if (which == 0) {
      return new Step.Answer(id, Target.IPHONE);
    }
    if (which <= accessories) {
      return new Step.Answer(id, Target.accessory(world.accessory(which - 1).id()));
    }
    return which == accessories + 1 ? new Step.Decline(id) : new Step.End(id);
  }

  private Step newCall(int code, String id) {
    int i = code - newCallBase;
    CallType type = CallType.values()[i / 2];
    return i % 2 == 0 ? new Step.IncomingCall(id, type) : new Step.Dial(id, type);
  }
}
