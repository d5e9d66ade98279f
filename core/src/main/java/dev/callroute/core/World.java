package dev.callroute.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What does not change while steps play: the accessories that exist and the app under study.
 * Accessories are referred to by their index in {@link #accessories()}.
 *
 * @param accessories every accessory that may connect, with unique ids
 * @param app the calling app
 */
public record World(List<Accessory> accessories, App app) {
  public World {
    accessories = List.copyOf(accessories);
    Objects.requireNonNull(app, "app");
    Set<String> ids = new HashSet<>();
    for (Accessory a : accessories) {
      if (!ids.add(a.id())) {
        throw new IllegalArgumentException("duplicate accessory id: " + a.id());
      }
    }
    if (accessories.size() > ConnectionOrder.CAPACITY) {
      throw new IllegalArgumentException(
          "a world has at most " + ConnectionOrder.CAPACITY + " accessories");
    }
  }

  /** The index of the accessory with this id, or -1. */
  public int indexOf(String id) {
    // Steps usually carry the world's own id strings: a same-instance pass skips string compares.
    for (int i = 0; i < accessories.size(); i++) {
      if (accessories.get(i).id() == id) {
        return i;
      }
    }
    for (int i = 0; i < accessories.size(); i++) {
      if (accessories.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The accessory with this id, if there is one. */
  public Optional<Accessory> accessory(String id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(accessories.get(i));
  }

  /**
   * The accessory with this id, which the caller knows exists (the engine's rules, once a step's
   * accessory is checked): as {@code accessory(id).orElseThrow()}, without an {@link Optional}.
   */
  Accessory known(String id) {
    int i = indexOf(id);
    if (i < 0) {
      throw new java.util.NoSuchElementException("no accessory '" + id + "'");
    }
    return accessories.get(i);
  }

  /** The accessory at this index. */
  public Accessory accessory(int index) {
    return accessories.get(index);
  }

  /**
   * Whether a call of this type is a system call with this world's app ({@link
   * CallType#isSystemCall}).
   */
  public boolean isSystemCall(CallType type) {
    return type.isSystemCall(app.callKit());
  }

  /** A display label for a port of the accessory at this index, or of the iPhone. */
  public String label(Port port, int accessory) {
    return accessory == Route.BUILT_IN
        ? port.specName()
        : port.specName() + " (" + accessories.get(accessory).id() + ")";
  }
}
