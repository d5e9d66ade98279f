package dev.callroute.core;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The route after a step, and the rules that decided it in the order they applied. Rules are packed
 * into a {@code long} so that deciding builds no objects; {@link #rules()} unpacks them.
 *
 * @param route the current route after the step
 * @param packedRules rule ordinals plus one, five bits each, first rule in the lowest bits
 */
public record Decision(Route route, long packedRules) {
  static final int BITS = 5;
  static final int MAX_RULES = 64 / BITS;

  public Decision {
    Objects.requireNonNull(route, "route");
    // Valid: up to MAX_RULES non-zero rule codes from the lowest bits, then only zeros.
    long rest = packedRules;
    for (int i = 0; i < MAX_RULES && rest != 0; i++, rest >>>= BITS) {
      long code = rest & 31;
      if (code == 0 || code > Rule.count()) {
        throw new IllegalArgumentException("not a packed rule list: " + packedRules);
      }
    }
    if (rest != 0) {
      throw new IllegalArgumentException("not a packed rule list: " + packedRules);
    }
  }

  /** A decision naming these rules, in this order. */
  public static Decision of(Route route, Rule... rules) {
    long packed = 0;
    for (int i = 0; i < rules.length; i++) {
      packed = append(packed, rules[i]);
    }
    return new Decision(route, packed);
  }

  static long append(long packed, Rule rule) {
    long code = rule.ordinal() + 1;
    for (int shift = 0; shift + BITS <= 64; shift += BITS) {
      long slot = (packed >>> shift) & 31;
      if (slot == code) {
        return packed;
      }
      if (slot == 0) {
        return packed | (code << shift);
      }
    }
    return packed;
  }

  /** The rules that decided, in the order they applied, each once. */
  public List<Rule> rules() {
    final long packed = packedRules;
    int n = 0;
    while (n < MAX_RULES && ((packed >>> (n * BITS)) & 31) != 0) {
      n++;
    }
    final int size = n;
    return new AbstractList<>() {
      @Override
      public Rule get(int index) {
        Objects.checkIndex(index, size);
        return Rule.ofOrdinal((int) ((packed >>> (index * BITS)) & 31) - 1);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** Whether the explanation names this rule. */
  public boolean names(Rule rule) {
    long code = rule.ordinal() + 1;
    for (int shift = 0; shift + BITS <= 64; shift += BITS) {
      long slot = (packedRules >>> shift) & 31;
      if (slot == code) {
        return true;
      }
      if (slot == 0) {
        return false;
      }
    }
    return false;
  }
}
