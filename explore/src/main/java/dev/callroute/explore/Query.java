package dev.callroute.explore;

import dev.callroute.core.Call;
import dev.callroute.core.CallAudioRouting;
import dev.callroute.core.CallState;
import dev.callroute.core.Names;
import dev.callroute.core.Port;
import dev.callroute.core.Route;
import dev.callroute.core.StateView;
import dev.callroute.core.VoipState;
import dev.callroute.core.Words;
import dev.callroute.core.World;
import dev.callroute.scenario.DidYouMean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A condition on a state, written as {@code key=value} terms joined by {@code &}, all of which must
 * hold. Keys: {@code output} and {@code input} (a port name, an accessory id or {@code none}),
 * {@code voip} ({@code idle}, {@code active}, {@code interrupted}), {@code call} (some call is
 * {@code ringing}, {@code active} or {@code held}) and {@code callAudioRouting}.
 */
public final class Query {
  /** The keys an expression may use, in the order error messages list them. */
  public static final List<String> KEYS =
      List.of("output", "input", "voip", "call", "callAudioRouting");

  private final String text;
  private final List<Predicate<StateView>> terms;
  private final long namedAccessories;

  private Query(String text, List<Predicate<StateView>> terms, long namedAccessories) {
    this.text = Objects.requireNonNull(text, "text");
    this.terms = List.copyOf(terms);
    this.namedAccessories = namedAccessories;
  }

  /**
   * Parses an expression for this world.
   *
   * @throws IllegalArgumentException naming the bad key or value and the allowed ones
   */
  public static Query parse(String text, World world) {
    List<Predicate<StateView>> terms = new ArrayList<>();
    long named = 0;
    List<String> canonical = new ArrayList<>();
    boolean synonyms = false;
    for (String raw : text.split("&", -1)) {
      String term = raw.strip();
      int eq = term.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "'" + term + "' is not key=value; keys: " + String.join(", ", KEYS));
      }
      String key = term.substring(0, eq).strip();
      String value = term.substring(eq + 1).strip();
      terms.add(term(key, value, world));
      boolean port = key.equals("output") || key.equals("input");
      String shown = port ? Words.canonical(value) : value;
      synonyms |= !shown.equals(value);
      canonical.add(key + "=" + shown);
      if (port && Words.accessory(value, world) >= 0) {
        named |= 1L << Words.accessory(value, world);
      }
    }
    // shown back as written, or in canonical form when a colloquial word was used
    return new Query(synonyms ? String.join(" & ", canonical) : text, terms, named);
  }

  /**
   * The accessories the condition names by id, as a bit set of their indices: symmetry reduction
   * never swaps them.
   */
  public long namedAccessories() {
    return namedAccessories;
  }

  /** Whether every term holds in this state. */
  public boolean matches(StateView s) {
    for (int i = 0; i < terms.size(); i++) {
      if (!terms.get(i).test(s)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }

  private static Predicate<StateView> term(String key, String value, World world) {
    switch (key) {
      case "output":
        return portTerm(key, value, world, true);
      case "input":
        return portTerm(key, value, world, false);
      case "voip":
        VoipState v = VoipState.bySpecName(value).orElseThrow(() -> bad(key, value, voipNames()));
        return s -> s.voipState() == v;
      case "call":
        CallState c =
            CallState.bySpecName(value)
                .filter(x -> x != CallState.ENDED)
                .orElseThrow(() -> bad(key, value, List.of("ringing", "active", "held")));
        return s -> {
          for (Call call : s.calls()) {
            if (call.state() == c) {
              return true;
            }
          }
          return false;
        };
      case "callAudioRouting":
        CallAudioRouting r =
            CallAudioRouting.bySpecName(value)
                .orElseThrow(
                    () ->
                        bad(
                            key,
                            value,
                            Names.of(CallAudioRouting.values(), CallAudioRouting::specName)));
        return s -> s.callAudioRouting() == r;
      default:
        throw new IllegalArgumentException(
            "unknown key '"
                + key
                + "'"
                + DidYouMean.hint(key, KEYS)
                + "; allowed keys: "
                + String.join(", ", KEYS));
    }
  }

  private static Predicate<StateView> portTerm(String key, String value, World world, boolean out) {
    int accessory = Words.accessory(value, world); // a port word first, then an accessory id
    if (accessory >= 0) {
      return s -> {
        Route r = s.currentRoute();
        return (out ? r.outputAccessory() : r.inputAccessory()) == accessory;
      };
    }
    Port port =
        Words.port(value)
            .filter(p -> out ? p.isOutput() : p.isInput())
            .orElseThrow(() -> bad(key, value, portValues(world, out)));
    return s -> {
      Route r = s.currentRoute();
      return (out ? r.output() : r.input()) == port;
    };
  }

  private static List<String> portValues(World world, boolean out) {
    return Stream.concat(
            Arrays.stream(Port.values())
                .filter(p -> out ? p.isOutput() : p.isInput())
                .map(Port::specName),
            world.accessories().stream().map(a -> a.id()))
        .collect(Collectors.toList());
  }

  private static List<String> voipNames() {
    return Names.of(VoipState.values(), VoipState::specName);
  }

  private static IllegalArgumentException bad(String key, String value, List<String> allowed) {
    return new IllegalArgumentException(
        "unknown value '"
            + value
            + "' for key '"
            + key
            + "'"
            + DidYouMean.hint(value, allowed)
            + "; allowed values: "
            + String.join(", ", allowed));
  }
}
