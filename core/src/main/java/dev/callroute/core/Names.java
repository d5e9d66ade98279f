package dev.callroute.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Finds the constants of a closed set by the name users write, and lists the allowed names. */
public final class Names {
  private Names() {}

  /** The first constant whose name is {@code name}, if there is one. */
  public static <E> Optional<E> find(E[] values, Function<? super E, String> nameOf, String name) {
    for (E value : values) {
      if (nameOf.apply(value).equals(name)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The names of these constants, in their order, for messages and suggestions. */
  public static <E> List<String> of(E[] values, Function<? super E, String> nameOf) {
    List<String> names = new ArrayList<>(values.length);
    for (E value : values) {
      names.add(nameOf.apply(value));
    }
    return Collections.unmodifiableList(names);
  }
}
