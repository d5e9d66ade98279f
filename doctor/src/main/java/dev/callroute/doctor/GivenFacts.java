package dev.callroute.doctor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts a user gave about a situation: a typed value for each fact they know, and the facts
 * they said they do not know. Every other fact takes its default.
 *
 * @param known the value of each fact given, by fact
 * @param unknown the facts given as {@link Factor#UNKNOWN}
 */
public record GivenFacts(Map<Factor, FactValue> known, Set<Factor> unknown) {
  public GivenFacts {
    EnumMap<Factor, FactValue> copy = new EnumMap<>(Factor.class);
    copy.putAll(known);
    for (Map.Entry<Factor, FactValue> e : copy.entrySet()) {
      if (e.getValue().factor() != e.getKey()) {
        throw new IllegalArgumentException(e.getKey().option() + ": " + e.getValue());
      }
    }
    EnumSet<Factor> open = EnumSet.noneOf(Factor.class);
    open.addAll(unknown);
    open.stream()
        .filter(copy::containsKey)
        .findFirst()
        .ifPresent(
            f -> {
              throw new IllegalArgumentException(f.option() + " is both given and unknown");
            });
    known = Collections.unmodifiableMap(copy);
    unknown = Collections.unmodifiableSet(open);
  }

  /** No fact given: every fact takes its default. */
  public static GivenFacts none() {
    return new GivenFacts(Map.of(), Set.of());
  }

  /**
   * The facts these words give, flag by flag: a value of the fact or {@link Factor#UNKNOWN}. The
   * words are checked at the edge (flags, interview, JSON); another word is an error here.
   */
  public static GivenFacts parse(Map<Factor, String> words) {
    EnumMap<Factor, FactValue> known = new EnumMap<>(Factor.class);
    EnumSet<Factor> unknown = EnumSet.noneOf(Factor.class);
    words.forEach(
        (f, w) -> {
          if (Factor.UNKNOWN.equals(w)) {
            unknown.add(f);
          } else {
            known.put(
                f,
                f.parse(w)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                f.option() + ": '" + w + "'; allowed values: " + f.allowed())));
          }
        });
    return new GivenFacts(known, unknown);
  }

  /** The facts the user named, known or unknown, in fact order. */
  public Set<Factor> named() {
    EnumSet<Factor> out = EnumSet.noneOf(Factor.class);
    out.addAll(known.keySet());
    out.addAll(unknown);
    return out;
  }

  /** Whether the user named no fact at all. */
  public boolean isEmpty() {
    return known.isEmpty() && unknown.isEmpty();
  }

  /**
   * The value to start from for {@code f}: the one given, else the fact's default; empty when it is
   * unknown, given so or by default.
   */
  public Optional<FactValue> value(Factor f) {
    if (known.containsKey(f)) {
      return Optional.of(known.get(f));
    }
    return unknown.contains(f) ? Optional.empty() : f.parse(f.defaultValue());
  }

  /** These facts with {@code f} given as {@code value}, or as unknown when it is empty. */
  public GivenFacts with(Factor f, Optional<FactValue> value) {
    EnumMap<Factor, FactValue> k = new EnumMap<>(Factor.class);
    k.putAll(known);
    EnumSet<Factor> u = EnumSet.noneOf(Factor.class);
    u.addAll(unknown);
    k.remove(f);
    u.remove(f);
    value.ifPresentOrElse(v -> k.put(f, v), () -> u.add(f));
    return new GivenFacts(k, u);
  }

  /** These facts with every fact not named given as unknown. */
  public GivenFacts openRest() {
    EnumSet<Factor> u = EnumSet.allOf(Factor.class);
    u.removeAll(known.keySet());
    return new GivenFacts(known, u);
  }
}
