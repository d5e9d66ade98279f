package dev.callroute.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one resolver for the words a person writes where a port or an accessory is meant: in
 * expectations ({@code output}, {@code input}), explorer queries and the doctor. The order is
 * fixed: a port name ({@code builtInReceiver}, …, {@code none}) or a colloquial synonym ({@code
 * earpiece}, {@code speaker}, {@code mic}) first, then an accessory id. The two never collide: an
 * accessory id may not be a {@linkplain #isReserved reserved word}.
 */
public final class Words {
  private Words() {}

  /** Colloquial words for ports, and the port each means. */
  public static final Map<String, Port> SYNONYMS =
      Map.of(
          "earpiece", Port.BUILT_IN_RECEIVER,
          "speaker", Port.BUILT_IN_SPEAKER,
          "mic", Port.BUILT_IN_MIC);

  /** Words of steps that name the iPhone's own routes ({@code iphone}, {@code speaker}). */
  private static final List<String> ROUTE_WORDS = List.of("iphone", "speaker");

  /** The port a word names, by its name or a synonym; empty for anything else. */
  public static Optional<Port> port(String word) {
    Optional<Port> named = Port.bySpecName(word);
    return named.isPresent() ? named : Optional.ofNullable(SYNONYMS.get(word));
  }

  /** The port a word names, or else the index of the accessory with that id in the world, or -1. */
  public static int accessory(String word, World world) {
    return port(word).isPresent() ? -1 : world.indexOf(word);
  }

  /** The canonical form of a word: a synonym becomes its port name; anything else is kept. */
  public static String canonical(String word) {
    return port(word).map(Port::specName).orElse(word);
  }

  /**
   * Whether a word cannot be an accessory id: a port name (including {@code none}), a synonym, or
   * {@code iphone}/{@code speaker}, which steps use for the iPhone's own routes.
   */
  public static boolean isReserved(String id) {
    return port(id).isPresent() || ROUTE_WORDS.contains(id);
  }

  /** The words for ports: the port names in their order, then the synonyms. */
  public static List<String> portWords() {
    List<String> all = new ArrayList<>(Names.of(Port.values(), Port::specName));
    all.addAll(List.of("earpiece", "speaker", "mic"));
    return List.copyOf(all);
  }

  /** Every reserved word, sorted, for messages and documentation. */
  public static List<String> reserved() {
    List<String> all = new ArrayList<>(Names.of(Port.values(), Port::specName));
    all.addAll(SYNONYMS.keySet());
    for (String w : ROUTE_WORDS) {
      if (!all.contains(w)) {
        all.add(w);
      }
    }
    Collections.sort(all);
    return List.copyOf(all);
  }

  /** An id to suggest instead of a reserved one: {@code my} and the word, capitalised. */
  public static String suggestInstead(String id) {
    return "my" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }
}
