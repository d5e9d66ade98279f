package dev.callroute.core;

/**
 * The contract of a packed {@link State}, for sibling modules that store states compactly
 * (explore's {@code StateCodec}); app teams have no use for it. {@code core} owns every fact such a
 * form relies on: the connection order's bits (here), the explicit codes of {@link
 * CallType#code()}, {@link CallState#code()} and {@link CallAudioRouting#code()}, and {@link
 * World#isSystemCall}, which rebuilds a {@link Call}'s system flag. {@code StateContractTest}
 * fails, naming the places to update, when {@link State} gains a component.
 */
public final class Packing {
  private Packing() {}

  /** The bits per connected accessory in {@link #connectionBits}. */
  public static final int BITS_PER_CONNECTION = 4;

  /**
   * The connection order as bits: {@link #BITS_PER_CONNECTION} bits per connected accessory, oldest
   * in the lowest bits, each the accessory's index plus one; zero bits end the list. A world of n
   * accessories uses the lowest {@code 4 * n} bits.
   */
  public static long connectionBits(ConnectionOrder order) {
    return order.packed();
  }

  /**
   * The connection order with these bits, as {@link #connectionBits} returns them. It does not
   * check them (the explorer calls it for every state it expands): other bits give an order that no
   * state has.
   */
  public static ConnectionOrder connectionOrder(long bits) {
    return ConnectionOrder.ofPacked(bits);
  }
}
