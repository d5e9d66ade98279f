package dev.callroute.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The one list class of calls in the engine: a {@link State}'s calls are a frozen one (immutable,
 * like {@code List.of}), and a {@link Draft} edits an unfrozen one in place, reused from step to
 * step, once a step changes its calls. One class rather than the JDK's immutable lists plus a
 * buffer, so that every {@code size()} and {@code get()} on calls is a direct, inlined call (with
 * three list classes they were megamorphic interface calls, measured at about 5% of the explorer's
 * time). Package-private; users see a {@code List<Call>}.
 */
final class CallList extends AbstractList<Call> implements RandomAccess {
  private static final Call[] NONE = new Call[0];
  private Call[] calls;
  private int size;
  private boolean frozen;

  private CallList(Call[] calls, int size, boolean frozen) {
    this.calls = calls;
    this.size = size;
    this.frozen = frozen;
  }

  /** An immutable copy of the calls, or the list itself when it is one already. */
  static CallList copyOf(List<Call> other) {
    if (other instanceof CallList c && c.frozen) {
      return c;
    }
    int n = other.size();
    Call[] copy = n == 0 ? NONE : new Call[n];
    for (int i = 0; i < n; i++) {
      copy[i] = Objects.requireNonNull(other.get(i), "call");
    }
    return new CallList(copy, n, true);
  }

  /** An empty list to edit. */
  static CallList editable() {
    return new CallList(new Call[4], 0, false);
  }

  /**
   * Freezes this editable list: from now on it is a state's, and nothing may change it (a draft
   * that is not reused hands its list over instead of copying it).
   */
  void freeze() {
    requireEditable();
    frozen = true;
  }

  /** Makes this editable list a copy of those calls. */
  void copyFrom(List<Call> other) {
    requireEditable();
    int n = other.size();
    if (n > calls.length) {
      calls = Arrays.copyOf(calls, Math.max(n, 2 * calls.length));
    }
    Arrays.fill(calls, n, Math.max(size, n), null);
    for (int i = 0; i < n; i++) {
      calls[i] = other.get(i);
    }
    size = n;
  }

  private void requireEditable() {
    if (frozen) {
      throw new UnsupportedOperationException("the calls of a state do not change");
    }
  }

  @Override
  public Call get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return calls[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Call set(int index, Call call) {
    requireEditable();
    Call old = get(index);
    calls[index] = Objects.requireNonNull(call, "call");
    return old;
  }

  @Override
  public boolean add(Call call) {
    requireEditable();
    if (size == calls.length) {
      calls = Arrays.copyOf(calls, 2 * size);
    }
    calls[size++] = Objects.requireNonNull(call, "call");
    return true;
  }

  @Override
  public Call remove(int index) {
    requireEditable();
    Call old = get(index);
    System.arraycopy(calls, index + 1, calls, index, size - index - 1);
    calls[--size] = null;
    return old;
  }
}
