package dev.callroute.explore;

import dev.callroute.core.Call;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.CallType;
import dev.callroute.core.ConnectionOrder;
import dev.callroute.core.Packing;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.State;
import dev.callroute.core.StateView;
import dev.callroute.core.Target;
import dev.callroute.core.World;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs a {@link State} of one world into two {@code long}s, and back.
 *
 * <p>The packed form is canonical: calls are sorted by (type, state) and their ids are dropped, so
 * two states that differ only in call names or call order pack to the same bits. Unpacking names
 * the calls {@code c1..cn} in that sorted order. Layout, lowest bits first: the connection order
 * (four bits per accessory), the four remembered routes (each an index into the world's possible
 * routes), the Control Center choice, the setting, two flags, then four bits per call.
 */
public final class StateCodec {

  private final World world;
  final int accessories;
  private final int maxCalls;
  final Route[] routes;
  private final Target[] targets;
  private final String[] callIds;
  final int routeBits;
  final int targetBits;
  final int routesAt;
  final int targetAt;
  private final int settingAt;
  private final int flagsAt;
  private final int callsAt;
  // Each component's bits in the two words, for packSuccessor.
  private final long connectionMask;
  private final long routesMaskLow;
  private final long routesMaskHigh;
  private final long targetMaskLow;
  private final long targetMaskHigh;
  private final long flagsMaskLow;
  private final long flagsMaskHigh;
  private final long callsMaskLow;
  private final long callsMaskHigh;

  /** A codec for states of this world with at most {@code maxCalls} calls at once. */
  public StateCodec(World world, int maxCalls) {
    this.world = world;
    this.accessories = world.accessories().size();
    this.maxCalls = maxCalls;
    this.routes = new Route[(3 + 3 * accessories) * (2 + 2 * accessories)];
    for (int out = 0; out < 3 + 3 * accessories; out++) {
      for (int in = 0; in < 2 + 2 * accessories; in++) {
        routes[out * (2 + 2 * accessories) + in] = routeOf(out, in);
      }
    }
    this.targets = new Target[3 + accessories];
    targets[0] = Target.NONE;
    targets[1] = Target.IPHONE;
    targets[2] = Target.SPEAKER;
    for (int a = 0; a < accessories; a++) {
      targets[3 + a] = Target.accessory(world.accessory(a).id());
    }
    this.callIds = new String[maxCalls + 1];
    for (int i = 0; i <= maxCalls; i++) {
      callIds[i] = canonicalCallId(i);
    }
    this.routeBits = bitsFor(routes.length);
    this.targetBits = bitsFor(targets.length);
    this.routesAt = 4 * accessories;
    this.targetAt = routesAt + 4 * routeBits;
    this.settingAt = targetAt + targetBits;
    this.flagsAt = settingAt + 2;
    this.callsAt = flagsAt + 2;
    int total = callsAt + 4 * maxCalls;
    if (total > 128) {
      throw new IllegalArgumentException(
          "this world needs "
              + total
              + " bits per state, more than 128: use fewer accessories or a lower --max-calls");
    }
    this.connectionMask = lowMask(4 * accessories);
    this.routesMaskLow = maskLow(routesAt, 4 * routeBits);
    this.routesMaskHigh = maskHigh(routesAt, 4 * routeBits);
    this.targetMaskLow = maskLow(targetAt, targetBits);
    this.targetMaskHigh = maskHigh(targetAt, targetBits);
    this.flagsMaskLow = maskLow(settingAt, 4);
    this.flagsMaskHigh = maskHigh(settingAt, 4);
    this.callsMaskLow = maskLow(callsAt, 4 * maxCalls);
    this.callsMaskHigh = maskHigh(callsAt, 4 * maxCalls);
  }

  /** The id that unpacked states give the call at this position, counting from 0: c1, c2, ... */
  public static String canonicalCallId(int position) {
    return "c" + (position + 1);
  }

  /** The most calls a packed state holds. */
  public int maxCalls() {
    return maxCalls;
  }

  /** The world whose states this codec packs. */
  public World world() {
    return world;
  }

  /**
   * Packs the state into {@code out[0]} (low) and {@code out[1]} (high). Allocates nothing: the
   * explorer packs each successor it reads through a {@link dev.callroute.core.Stepper}'s view.
   *
   * @throws IllegalArgumentException when the state has more calls than the codec holds
   */
  public void pack(StateView s, long[] out) {
    long routes = routeCodes(s);
    int target = targetCode(s.controlCenterChoice());
    int flags = flags(s);
    long calls = callCodes(s.calls());
    out[0] =
        Packing.connectionBits(s.connected())
            | low(routesAt, routes)
            | low(targetAt, target)
            | low(settingAt, flags)
            | low(callsAt, calls);
    out[1] =
        high(routesAt, 4 * routeBits, routes)
            | high(targetAt, targetBits, target)
            | high(settingAt, 4, flags)
            | high(callsAt, 4 * maxCalls, calls);
  }

  /**
   * Packs a successor of {@code before}, whose packed words are {@code beforeLow} and {@code
   * beforeHigh}, as {@link #pack} would: the components the step left as they were (the same
   * objects) keep their bits, the others are encoded again. The explorer's successors mostly differ
   * from their state in one or two components.
   */
  public void packSuccessor(
      StateView s, StateView before, long beforeLow, long beforeHigh, long[] out) {
    long lo = beforeLow;
    long hi = beforeHigh;
    if (s.connected() != before.connected()) {
      lo = lo & ~connectionMask | Packing.connectionBits(s.connected());
    }
    if (s.systemRoute() != before.systemRoute()
        || s.voipRoute() != before.voipRoute()
        || s.lastCallRoute() != before.lastCallRoute()
        || s.routeBeforeOverride() != before.routeBeforeOverride()) {
      long routes = routeCodes(s);
      lo = lo & ~routesMaskLow | low(routesAt, routes);
      hi = hi & ~routesMaskHigh | high(routesAt, 4 * routeBits, routes);
    }
    if (s.controlCenterChoice() != before.controlCenterChoice()) {
      int target = targetCode(s.controlCenterChoice());
      lo = lo & ~targetMaskLow | low(targetAt, target);
      hi = hi & ~targetMaskHigh | high(targetAt, targetBits, target);
    }
    int flags = flags(s);
    lo = lo & ~flagsMaskLow | low(settingAt, flags);
    hi = hi & ~flagsMaskHigh | high(settingAt, 4, flags);
    if (s.calls() != before.calls()) {
      long calls = callCodes(s.calls());
      lo = lo & ~callsMaskLow | low(callsAt, calls);
      hi = hi & ~callsMaskHigh | high(callsAt, 4 * maxCalls, calls);
    }
    out[0] = lo;
    out[1] = hi;
  }

  /** The four remembered routes' codes, {@link #routeBits} each (at most 4 * 11 bits). */
  private long routeCodes(StateView s) {
    return routeCode(s.systemRoute())
        | (long) routeCode(s.voipRoute()) << routeBits
        | (long) routeCode(s.lastCallRoute()) << (2 * routeBits)
        | (long) routeCode(s.routeBeforeOverride()) << (3 * routeBits);
  }

  /** The setting's code and the two flags, four bits. */
  private static int flags(StateView s) {
    return s.callAudioRouting().code()
        | (s.systemCallSinceBluetooth() ? 4 : 0)
        | (s.builtInMicPreferred() ? 8 : 0);
  }

  /**
   * The calls' codes (1 to 9), four bits each, in ascending order (canonical: call names and order
   * drop out), counted rather than sorted.
   */
  private long callCodes(List<Call> calls) {
    int n = calls.size();
    if (n > maxCalls) {
      throw new IllegalArgumentException("more than " + maxCalls + " calls: " + n);
    }
    long counts = 0; // four bits per code
    for (int i = 0; i < n; i++) {
      counts += 1L << (4 * (1 + callCode(calls.get(i))));
    }
    long codes = 0;
    int at = 0;
    for (int code = 1; code <= 9; code++) {
      for (int k = (int) (counts >>> (4 * code)) & 15; k > 0; k--) {
        codes |= (long) code << at;
        at += 4;
      }
    }
    return codes;
  }

  /** The bits at {@code pos}, {@code width} wide, that fall in the low word. */
  private static long maskLow(int pos, int width) {
    return low(pos, lowMask(width));
  }

  /** The bits at {@code pos}, {@code width} wide, that fall in the high word. */
  private static long maskHigh(int pos, int width) {
    return high(pos, width, lowMask(width));
  }

  /** The bits of {@code value} written at bit {@code pos} that fall in the low word. */
  private static long low(int pos, long value) {
    return pos < 64 ? value << pos : 0L;
  }

  /** The bits of {@code value} ({@code width} bits) written at bit {@code pos} in the high word. */
  private static long high(int pos, int width, long value) {
    if (pos >= 64) {
      return value << (pos - 64);
    }
    return pos + width > 64 ? value >>> (64 - pos) : 0L;
  }

  /** The state with these packed words; calls are named {@code c1..cn} in canonical order. */
  public State unpack(long lo, long hi) {
    long[] w = {lo, hi};
    ConnectionOrder connected = Packing.connectionOrder(lo & lowMask(4 * accessories));
    List<Call> calls = new ArrayList<>(maxCalls);
    for (int i = 0; i < maxCalls; i++) {
      int code = (int) get(w, callsAt + 4 * i, 4);
      if (code == 0) {
        break;
      }
      CallType type = CallType.ofCode((code - 1) / 3);
      CallState state = CallState.ofCode((code - 1) % 3);
      calls.add(new Call(callIds[i], type, state, world.isSystemCall(type)));
    }
    return new State(
        world,
        connected,
        CallAudioRouting.ofCode((int) get(w, settingAt, 2)),
        calls,
        routes[(int) get(w, routesAt, routeBits)],
        routes[(int) get(w, routesAt + routeBits, routeBits)],
        routes[(int) get(w, routesAt + 2 * routeBits, routeBits)],
        targets[(int) get(w, targetAt, targetBits)],
        get(w, flagsAt, 1) == 1,
        routes[(int) get(w, routesAt + 3 * routeBits, routeBits)],
        get(w, flagsAt + 1, 1) == 1);
  }

  /**
   * The positions of the state's calls in canonical order: element {@code k} is the index in {@code
   * s.calls()} of the call that unpacking names {@code c(k+1)}.
   */
  public static int[] canonicalOrder(State s) {
    List<Call> calls = s.calls();
    Integer[] order = new Integer[calls.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (x, y) ->
            Integer.compare(callCode(calls.get(x)), callCode(calls.get(y))) != 0
                ? Integer.compare(callCode(calls.get(x)), callCode(calls.get(y)))
                : Integer.compare(x, y));
    int[] result = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      result[i] = order[i];
    }
    return result;
  }

  /** A live call's type and state (ringing, active or held: codes 0 to 2) as one code, 0 to 8. */
  private static int callCode(Call c) {
    return c.type().code() * 3 + c.state().code();
  }

  private int routeCode(Route r) {
    int out = OUT_BASE[r.output().ordinal()] + OUT_STEP[r.output().ordinal()] * r.outputAccessory();
    int in = IN_BASE[r.input().ordinal()] + IN_STEP[r.input().ordinal()] * r.inputAccessory();
    if (out < 0 || in < 0) {
      throw new IllegalArgumentException("not an output/input pair: " + r);
    }
    return out * (2 + 2 * accessories) + in;
  }

  private int targetCode(Target t) {
    switch (t.kind()) {
      case NONE:
        return 0;
      case IPHONE:
        return 1;
      case SPEAKER:
        return 2;
      case ACCESSORY:
        for (int i = 3; i < targets.length; i++) {
          if (targets[i].accessory() == t.accessory()) { // the world's own id: the usual case
            return i;
          }
        }
        return 3 + world.indexOf(t.accessory());
      default:
        throw new IllegalArgumentException("not a Control Center choice: " + t);
    }
  }

  private static final Port[] BUILT_IN_OUTPUTS = {
    Port.BUILT_IN_RECEIVER, Port.BUILT_IN_SPEAKER, Port.NONE
  };
  private static final Port[] ACCESSORY_OUTPUTS = {
    Port.HEADPHONES, Port.BLUETOOTH_HFP, Port.BLUETOOTH_A2DP
  };
  private static final Port[] BUILT_IN_INPUTS = {Port.BUILT_IN_MIC, Port.NONE};
  private static final Port[] ACCESSORY_INPUTS = {Port.HEADSET_MIC, Port.BLUETOOTH_HFP};

  // The same layout by port, for encoding: code = base + step * accessory index (built-in ports
  // have index -1 and step 0); base -1 for a port that is not an output (an input).
  private static final int[] OUT_BASE = new int[Port.values().length];
  private static final int[] OUT_STEP = new int[Port.values().length];
  private static final int[] IN_BASE = new int[Port.values().length];
  private static final int[] IN_STEP = new int[Port.values().length];

  static {
    java.util.Arrays.fill(OUT_BASE, -1);
    java.util.Arrays.fill(IN_BASE, -1);
    layout(BUILT_IN_OUTPUTS, ACCESSORY_OUTPUTS, OUT_BASE, OUT_STEP);
    layout(BUILT_IN_INPUTS, ACCESSORY_INPUTS, IN_BASE, IN_STEP);
  }

  /** Fills the encoding tables from the decoding order: built-in ports, then per accessory. */
  private static void layout(Port[] builtIn, Port[] accessory, int[] base, int[] step) {
    for (int i = 0; i < builtIn.length; i++) {
      base[builtIn[i].ordinal()] = i;
    }
    for (int i = 0; i < accessory.length; i++) {
      base[accessory[i].ordinal()] = builtIn.length + i;
      step[accessory[i].ordinal()] = accessory.length;
    }
  }

  private static Route routeOf(int out, int in) {
    Port op = out < 3 ? BUILT_IN_OUTPUTS[out] : ACCESSORY_OUTPUTS[(out - 3) % 3];
    int oa = out < 3 ? Route.BUILT_IN : (out - 3) / 3;
    Port ip = in < 2 ? BUILT_IN_INPUTS[in] : ACCESSORY_INPUTS[(in - 2) % 2];
    int ia = in < 2 ? Route.BUILT_IN : (in - 2) / 2;
    Route r = new Route(op, oa, ip, ia);
    return r.equals(Route.NONE) ? Route.NONE : r;
  }

  private static int bitsFor(int values) {
    return 32 - Integer.numberOfLeadingZeros(Math.max(1, values - 1));
  }

  private static long lowMask(int bits) {
    return bits >= 64 ? -1L : (1L << bits) - 1;
  }

  static long get(long[] w, int pos, int width) {
    long v;
    if (pos < 64) {
      v = w[0] >>> pos;
      if (pos + width > 64) {
        v |= w[1] << (64 - pos);
      }
    } else {
      v = w[1] >>> (pos - 64);
    }
    return v & lowMask(width);
  }
}
