package dev.callroute.core;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The calls of a {@link Draft} once a step changes them: a list the draft edits in place and reuses
 * from step to step, so that changing calls allocates nothing. {@link State} copies it into an
 * immutable list. Package-private.
 */
final class CallBuffer extends AbstractList<Call> implements RandomAccess {
  private Call[] calls = new Call[4];
  private int size;

  /** Makes this a copy of those calls. */
  void copyOf(List<Call> other) {
    int n = other.size();
    if (n > calls.length) {
      calls = Arrays.copyOf(calls, Math.max(n, 2 * calls.length));
    }
    Arrays.fill(calls, n, size > n ? size : n, null);
    for (int i = 0; i < n; i++) {
      calls[i] = other.get(i);
    }
    size = n;
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
    Call old = get(index);
    calls[index] = call;
    return old;
  }

  @Override
  public boolean add(Call call) {
    if (size == calls.length) {
      calls = Arrays.copyOf(calls, 2 * size);
    }
    calls[size++] = call;
    return true;
  }

  @Override
  public Call remove(int index) {
    Call old = get(index);
    System.arraycopy(calls, index + 1, calls, index, size - index - 1);
    calls[--size] = null;
    return old;
  }
}
