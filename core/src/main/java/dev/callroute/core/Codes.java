package dev.callroute.core;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/** Lookup tables for the explicit codes of enums in packed forms (see {@link Packing}). */
final class Codes {
  private Codes() {}

  /**
   * The constants indexed by their code, {@code null} where no constant has a code.
   *
   * @throws IllegalStateException if two constants share a code or a code is negative
   */
  static <E> E[] table(E[] values, ToIntFunction<E> code) {
    int max = 0;
    for (E v : values) {
      max = Math.max(max, code.applyAsInt(v));
    }
    E[] table = Arrays.copyOf(values, max + 1);
    Arrays.fill(table, null);
    for (E v : values) {
      int c = code.applyAsInt(v);
      if (c < 0 || table[c] != null) {
        throw new IllegalStateException("code " + c + " of " + v + " is negative or used twice");
      }
      table[c] = v;
    }
    return table;
  }

  /**
   * The constant with this code in a {@link #table}.
   *
   * @throws IllegalArgumentException if no constant has it
   */
  static <E> E find(E[] table, int code, String what) {
    if (code < 0 || code >= table.length || table[code] == null) {
      throw new IllegalArgumentException("no " + what + " with code " + code);
    }
    return table[code];
  }
}
