package dev.callroute.core;

import java.util.Objects;

/**
 * An audio route: an output and an input port, each with the index of its accessory in the {@link
 * World}, or {@link #BUILT_IN} for the iPhone's own ports and {@link Port#NONE}.
 *
 * @param output the output port
 * @param outputAccessory the index of the output's accessory, or {@link #BUILT_IN}
 * @param input the input port
 * @param inputAccessory the index of the input's accessory, or {@link #BUILT_IN}
 */
public record Route(Port output, int outputAccessory, Port input, int inputAccessory) {
  /** The accessory index of built-in ports and of {@link Port#NONE}. */
  public static final int BUILT_IN = -1;

  /** No route: used where a remembered route is absent. */
  public static final Route NONE = new Route(Port.NONE, BUILT_IN, Port.NONE, BUILT_IN);

  /** The earpiece with the built-in microphone. */
  public static final Route IPHONE =
      new Route(Port.BUILT_IN_RECEIVER, BUILT_IN, Port.BUILT_IN_MIC, BUILT_IN);

  /** The loudspeaker with the built-in microphone. */
  public static final Route SPEAKER =
      new Route(Port.BUILT_IN_SPEAKER, BUILT_IN, Port.BUILT_IN_MIC, BUILT_IN);

  /** The loudspeaker with no input: media and playback-only sessions. */
  public static final Route SPEAKER_PLAYBACK =
      new Route(Port.BUILT_IN_SPEAKER, BUILT_IN, Port.NONE, BUILT_IN);

  public Route {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(input, "input");
    if (!output.isOutput() || !input.isInput()) {
      throw new IllegalArgumentException("not an output/input pair: " + output + "/" + input);
    }
    if (output.isAccessoryPort() != (outputAccessory != BUILT_IN)
        || input.isAccessoryPort() != (inputAccessory != BUILT_IN)) {
      throw new IllegalArgumentException("accessory ports need an accessory, built-in ones none");
    }
  }

  /** Both directions on one accessory's hands-free profile. */
  public static Route hfp(int accessory) {
    return of(Port.BLUETOOTH_HFP, accessory, Port.BLUETOOTH_HFP, accessory);
  }

  /**
   * The call route of a wired accessory: headphones out, and the headset's own microphone in or,
   * for headphones without one, the built-in microphone.
   */
  static Route wiredCall(int accessory, boolean headsetMic) {
    return headsetMic
        ? of(Port.HEADPHONES, accessory, Port.HEADSET_MIC, accessory)
        : of(Port.HEADPHONES, accessory, Port.BUILT_IN_MIC, BUILT_IN);
  }

  /** An output only, with no input. */
  public static Route playback(Port output, int accessory) {
    return of(output, accessory, Port.NONE, BUILT_IN);
  }

  /** Whether this is {@link #NONE}. */
  public boolean isNone() {
    return output == Port.NONE
        && input == Port.NONE
        && outputAccessory == BUILT_IN
        && inputAccessory == BUILT_IN;
  }

  /** Whether either direction uses a port of this accessory. */
  public boolean uses(int accessory) {
    return outputAccessory == accessory || inputAccessory == accessory;
  }

  /** The same output with another input. */
  public Route withInput(Port newInput, int newInputAccessory) {
    return of(output, outputAccessory, newInput, newInputAccessory);
  }

  // Every route of accessories 0 to 14, built on first use and then shared, so that deciding
  // allocates nothing: index by ports and accessories + 1. Routes are values: a shared instance
  // equals a new one.
  private static final int SIDE = ConnectionOrder.CAPACITY + 1;
  private static final int PORTS = Port.values().length;
  private static final Route[] ALL = new Route[PORTS * SIDE * PORTS * SIDE];

  /** The route with these components: a shared instance (routes are values). */
  static Route of(Port output, int outputAccessory, Port input, int inputAccessory) {
    if (outputAccessory < BUILT_IN
        || outputAccessory >= ConnectionOrder.CAPACITY
        || inputAccessory < BUILT_IN
        || inputAccessory >= ConnectionOrder.CAPACITY) {
      return new Route(output, outputAccessory, input, inputAccessory);
    }
    int i =
        ((output.ordinal() * SIDE + outputAccessory + 1) * PORTS + input.ordinal()) * SIDE
            + inputAccessory
            + 1;
    Route r = ALL[i];
    if (r == null) {
      r = new Route(output, outputAccessory, input, inputAccessory);
      ALL[i] = r;
    }
    return r;
  }
}
