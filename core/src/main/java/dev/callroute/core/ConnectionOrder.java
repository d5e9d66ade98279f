package dev.callroute.core;

/**
 * The connected accessories, oldest first: an immutable list of accessory indices packed into one
 * {@code long}, four bits each, so that {@link #lastMatching} answers "the most recently connected
 * one that qualifies" ({@code route.last-in-wins}) without allocating.
 */
public final class ConnectionOrder {
  /** How many accessories a world may have. */
  public static final int CAPACITY = 15;

  /** Nothing connected. */
  public static final ConnectionOrder EMPTY = new ConnectionOrder(0L);

  // The lowest bit of each four-bit slot.
  private static final long SLOT_LOW_BITS = 0x1111_1111_1111_1111L;

  // Slot i (four bits at 4*i) holds accessory index + 1; slots fill from 0; 0 ends the list.
  private final long packed;

  private ConnectionOrder(long packed) {
    this.packed = packed;
  }

  /** The order with these packed bits, as returned by {@link #packed()}; see {@link Packing}. */
  static ConnectionOrder ofPacked(long packed) {
    return packed == 0 ? EMPTY : new ConnectionOrder(packed);
  }

  /** The packed form: four bits per connected accessory, oldest in the lowest bits. */
  long packed() {
    return packed;
  }

  /** How many accessories are connected. */
  public int size() {
    // The position of the first empty slot, at most CAPACITY.
    return Math.min(Long.numberOfTrailingZeros(emptySlots(packed)) >>> 2, CAPACITY);
  }

  /** The accessory index at this position, oldest first. */
  public int get(int position) {
    return (int) ((packed >>> (4 * position)) & 15) - 1;
  }

  /** Whether the accessory at this index is connected. */
  public boolean contains(int accessory) {
    for (int i = 0; i < CAPACITY; i++) {
      long slot = (packed >>> (4 * i)) & 15;
      if (slot == 0) {
        return false;
      }
      if (slot == accessory + 1) {
        return true;
      }
    }
    return false;
  }

  /** The lowest bit of every slot that is zero in these bits, and no other bit. */
  private static long emptySlots(long bits) {
    long marked = bits | (bits >>> 1);
    marked = (marked | (marked >>> 2)) & SLOT_LOW_BITS;
    return ~marked & SLOT_LOW_BITS;
  }

  /** This order with the accessory appended as the most recent. */
  public ConnectionOrder with(int accessory) {
    return ofPacked(packedWith(accessory));
  }

  /** The packed form of {@link #with}. */
  long packedWith(int accessory) {
    if (accessory < 0 || accessory >= CAPACITY) {
      throw new IllegalArgumentException("accessory index out of range: " + accessory);
    }
    return packed | ((long) (accessory + 1) << (4 * size()));
  }

  /** This order without the accessory. */
  public ConnectionOrder without(int accessory) {
    return ofPacked(packedWithout(accessory));
  }

  /** The packed form of {@link #without}. */
  long packedWithout(int accessory) {
    long result = 0;
    int out = 0;
    for (int i = 0; i < CAPACITY; i++) {
      long slot = (packed >>> (4 * i)) & 15;
      if (slot == 0) {
        break;
      }
      if (slot != accessory + 1) {
        result |= slot << (4 * out++);
      }
    }
    return result;
  }

  /** A test on an accessory index. */
  @FunctionalInterface
  public interface IndexTest {
    /** Whether the accessory at this index qualifies. */
    boolean test(int accessory);
  }

  /** The most recently connected accessory that passes the test, or -1. */
  public int lastMatching(IndexTest test) {
    for (int i = size() - 1; i >= 0; i--) {
      int a = get(i);
      if (test.test(a)) {
        return a;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectionOrder && ((ConnectionOrder) o).packed == packed;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(packed);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < size(); i++) {
      b.append(i == 0 ? "" : ", ").append(get(i));
    }
    return b.append(']').toString();
  }
}
