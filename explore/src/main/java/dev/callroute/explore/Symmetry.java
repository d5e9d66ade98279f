package dev.callroute.explore;

import dev.callroute.core.Accessory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symmetry reduction: a group of permutations of interchangeable accessories, acting on packed
 * states, and the canonical member of each class of states the group makes equivalent.
 *
 * <p>Two accessories are interchangeable when they have the same kind and the same HFP support (the
 * display name only labels explanations). The engine never looks at an accessory's index or id,
 * only at its kind, its HFP support and the connection order, and every step of the menu exists for
 * every accessory, so swapping two interchangeable accessories in a state, in a step and in the
 * outcome gives another transition of the same world ({@code SymmetryTest} checks this on random
 * states and steps). The invariants read kinds and HFP support only, so a transition and its
 * swapped image break the same ones.
 *
 * <p>The group only swaps accessories that no {@code --never} or {@code --reach} condition names by
 * id, and only keeps the permutations that leave the start state unchanged. The set of states
 * reachable from the start is then closed under the group, so the sizes of the classes visited add
 * up to exactly the number of states an exhaustive search visits, and a class is first met at the
 * depth of its shallowest member: shortest paths keep their length.
 *
 * <p>The canonical member of a class is the one whose packed words are least (high word first,
 * unsigned). The group is listed element by element, at most {@link #MAX_ORDER} of them: a larger
 * class of interchangeable accessories is split into smaller ones (a subgroup is still sound).
 */
final class Symmetry {
  /** The most permutations the group lists; canonical forms cost one pass over each. */
  static final int MAX_ORDER = 720;

  private final StateCodec codec;
  private final int[][] perms;
  private final int[][] routeMaps;
  private final int[][] targetMaps;
  private final List<List<String>> classes;
  private final long[] w = new long[2];

  private Symmetry(StateCodec codec, List<int[]> perms, List<List<String>> classes) {
    this.codec = codec;
    this.perms = perms.toArray(new int[0][]);
    this.classes = List.copyOf(classes);
    this.routeMaps = new int[this.perms.length][];
    this.targetMaps = new int[this.perms.length][];
    int a = codec.accessories;
    int ins = 2 + 2 * a;
    for (int g = 0; g < this.perms.length; g++) {
      int[] p = this.perms[g];
      routeMaps[g] = new int[1 << codec.routeBits];
      for (int code = 0; code < routeMaps[g].length; code++) {
        if (code >= codec.routes.length) {
          routeMaps[g][code] = code;
          continue;
        }
        int out = code / ins;
        int in = code % ins;
        int pout = out < 3 ? out : 3 + 3 * p[(out - 3) / 3] + (out - 3) % 3;
        int pin = in < 2 ? in : 2 + 2 * p[(in - 2) / 2] + (in - 2) % 2;
        routeMaps[g][code] = pout * ins + pin;
      }
      targetMaps[g] = new int[1 << codec.targetBits];
      for (int t = 0; t < targetMaps[g].length; t++) {
        targetMaps[g][t] = t < 3 || t >= 3 + a ? t : 3 + p[t - 3];
      }
    }
  }

  /** The trivial group: every state is its own class. */
  static Symmetry none(StateCodec codec) {
    return new Symmetry(codec, List.of(identity(codec.accessories)), List.of());
  }

  /**
   * The group of a world's interchangeable accessories that leaves the start state ({@code lo},
   * {@code hi}) unchanged and never swaps the accessories in {@code fixed} (a bit set of indices).
   */
  static Symmetry of(StateCodec codec, long fixed, long lo, long hi) {
    Map<String, List<Integer>> byDeclaration = new LinkedHashMap<>();
    for (int i = 0; i < codec.accessories; i++) {
      if ((fixed & (1L << i)) == 0) {
        Accessory acc = codec.world().accessory(i);
        byDeclaration.computeIfAbsent(acc.kind() + "/" + acc.hfp(), k -> new ArrayList<>()).add(i);
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> members : byDeclaration.values()) {
      if (members.size() > 1) {
        groups.add(members);
      }
    }
    while (order(groups) > MAX_ORDER) {
      List<Integer> largest = groups.get(0);
      for (List<Integer> g : groups) {
        largest = g.size() > largest.size() ? g : largest;
      }
      groups.remove(largest);
      int half = largest.size() / 2;
      for (List<Integer> part :
          List.of(largest.subList(0, half), largest.subList(half, largest.size()))) {
        if (part.size() > 1) {
          groups.add(new ArrayList<>(part));
        }
      }
    }
    List<int[]> all = new ArrayList<>();
    all.add(identity(codec.accessories));
    for (List<Integer> members : groups) {
      List<int[]> next = new ArrayList<>();
      for (int[] base : all) {
        for (int[] shuffle : permutations(members.size())) {
          int[] p = base.clone();
          for (int k = 0; k < members.size(); k++) {
            p[members.get(k)] = base[members.get(shuffle[k])];
          }
          next.add(p);
        }
      }
      all = next;
    }
    Symmetry full = new Symmetry(codec, all, List.of());
    List<int[]> keep = new ArrayList<>();
    long[] image = new long[2];
    for (int g = 0; g < all.size(); g++) {
      full.apply(g, lo, hi, image);
      if (image[0] == lo && image[1] == hi) {
        keep.add(all.get(g));
      }
    }
    List<List<String>> named = new ArrayList<>();
    for (List<Integer> members : groups) {
      List<String> ids = new ArrayList<>();
      for (int[] p : keep) {
        for (int m : members) {
          String id = codec.world().accessory(m).id();
          if (p[m] != m && !ids.contains(id)) {
            ids.add(id);
          }
        }
      }
      if (!ids.isEmpty()) {
        ids.sort(null);
        named.add(ids);
      }
    }
    return new Symmetry(codec, keep, named);
  }

  /** How many permutations the group has; 1 when nothing is swapped. */
  int order() {
    return perms.length;
  }

  /** The ids of the accessories that are swapped, one list per class of interchangeable ones. */
  List<List<String>> classes() {
    return classes;
  }

  /** Writes the image of the packed state under permutation {@code g} to {@code out}. */
  void apply(int g, long lo, long hi, long[] out) {
    int[] p = perms[g];
    long order = 0;
    for (int i = 0; i < codec.accessories; i++) {
      long slot = (lo >>> (4 * i)) & 15;
      if (slot == 0) {
        break;
      }
      order |= (long) (p[(int) slot - 1] + 1) << (4 * i);
    }
    w[0] = lo;
    w[1] = hi;
    for (int r = 0; r < 4; r++) {
      int at = codec.routesAt + r * codec.routeBits;
      replace(at, codec.routeBits, routeMaps[g][(int) StateCodec.get(w, at, codec.routeBits)]);
    }
    replace(
        codec.targetAt,
        codec.targetBits,
        targetMaps[g][(int) StateCodec.get(w, codec.targetAt, codec.targetBits)]);
    int orderBits = 4 * codec.accessories;
    long orderMask = orderBits >= 64 ? -1L : (1L << orderBits) - 1;
    out[0] = (w[0] & ~orderMask) | order;
    out[1] = w[1];
  }

  /** Writes the canonical member of the state's class to {@code out}. */
  void canonical(long lo, long hi, long[] out) {
    long bestLo = lo;
    long bestHi = hi;
    for (int g = 1; g < perms.length; g++) {
      apply(g, lo, hi, out);
      int c = Long.compareUnsigned(out[1], bestHi);
      if (c < 0 || c == 0 && Long.compareUnsigned(out[0], bestLo) < 0) {
        bestLo = out[0];
        bestHi = out[1];
      }
    }
    out[0] = bestLo;
    out[1] = bestHi;
  }

  /** How many distinct states the state's class holds. */
  int classSize(long lo, long hi, long[] scratch) {
    int fixedBy = 0;
    for (int g = 0; g < perms.length; g++) {
      apply(g, lo, hi, scratch);
      if (scratch[0] == lo && scratch[1] == hi) {
        fixedBy++;
      }
    }
    return perms.length / fixedBy;
  }

  /**
   * The accessory permutation that takes the packed state ({@code lo}, {@code hi}) to ({@code
   * toLo}, {@code toHi}).
   *
   * @throws IllegalStateException when the two states are not in one class
   */
  int[] mapping(long lo, long hi, long toLo, long toHi) {
    long[] image = new long[2];
    for (int g = 0; g < perms.length; g++) {
      apply(g, lo, hi, image);
      if (image[0] == toLo && image[1] == toHi) {
        return perms[g].clone();
      }
    }
    throw new IllegalStateException("a replayed state left its class of symmetric states");
  }

  /** A copy of this group with its own scratch space, for another thread. */
  Symmetry copy() {
    return new Symmetry(codec, Arrays.asList(perms), classes);
  }

  private void replace(int pos, int width, long value) {
    long mask = (1L << width) - 1;
    if (pos < 64) {
      w[0] = (w[0] & ~(mask << pos)) | (value << pos);
      if (pos + width > 64) {
        w[1] = (w[1] & ~(mask >>> (64 - pos))) | (value >>> (64 - pos));
      }
    } else {
      w[1] = (w[1] & ~(mask << (pos - 64))) | (value << (pos - 64));
    }
  }

  private static long order(List<List<Integer>> groups) {
    long n = 1;
    for (List<Integer> g : groups) {
      for (int k = 2; k <= g.size(); k++) {
        n *= k;
      }
    }
    return n;
  }

  private static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  /** Every permutation of {@code 0..n-1}, identity first. */
  private static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(identity(n), 0, out);
    return out;
  }

  private static void permute(int[] a, int k, List<int[]> out) {
    if (k == a.length) {
      out.add(a.clone());
      return;
    }
    for (int i = k; i < a.length; i++) {
      int t = a[k];
      a[k] = a[i];
      a[i] = t;
      permute(a, k + 1, out);
      a[i] = a[k];
      a[k] = t;
    }
  }
}
