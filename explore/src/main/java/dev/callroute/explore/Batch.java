package dev.callroute.explore;

import java.util.Arrays;

/**
 * What expanding a run of states found: the successors not stored before (with duplicates among
 * themselves), which conditions each matches, and the first violation of each check. One thread
 * fills a batch; the search then merges batches in order, so the result does not depend on the
 * number of threads.
 */
final class Batch {
  long[] words = new long[2 * 64];
  int[] parents = new int[64];
  short[] steps = new short[64];
  long[] matches = new long[64];
  int size;
  long transitions;
  final int[] violationState;
  final int[] violationStep;

  Batch(int checks) {
    violationState = new int[checks];
    violationStep = new int[checks];
  }

  void clear() {
    size = 0;
    transitions = 0;
    Arrays.fill(violationState, -1);
  }

  long bytes() {
    return 8L * words.length + 4L * parents.length + 2L * steps.length + 8L * matches.length;
  }

  void add(long lo, long hi, int parent, int step, long match) {
    if (size == parents.length) {
      int grown = size * 2;
      words = Arrays.copyOf(words, 2 * grown);
      parents = Arrays.copyOf(parents, grown);
      steps = Arrays.copyOf(steps, grown);
      matches = Arrays.copyOf(matches, grown);
    }
    words[2 * size] = lo;
    words[2 * size + 1] = hi;
    parents[size] = parent;
    steps[size] = (short) step;
    matches[size] = match;
    size++;
  }
}
