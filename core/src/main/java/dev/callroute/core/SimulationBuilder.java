package dev.callroute.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link Simulation}: accessories in the order given, each optionally named, with its HFP
 * overridden, and connected before the first step; the app; Call Audio Routing.
 *
 * <p>{@link #named}, {@link #hfp} and {@link #connected} refer to the accessory added last. Invalid
 * input (a duplicate id, HFP on a wired kind) fails at that call or at {@link #build} with an
 * {@link IllegalArgumentException}.
 */
public final class SimulationBuilder {
  private final List<Accessory> accessories = new ArrayList<>();
  private final List<String> connectedFirst = new ArrayList<>();
  private App app = App.DEFAULT;
  private CallAudioRouting callAudioRouting = CallAudioRouting.AUTOMATIC;

  SimulationBuilder() {}

  /** Adds an accessory of this kind with its default HFP, named by its id. */
  public SimulationBuilder accessory(String id, AccessoryKind kind) {
    accessories.add(Accessory.of(id, kind));
    return this;
  }

  /** Gives the accessory added last the name a person sees. */
  public SimulationBuilder named(String name) {
    replaceLast(last().withName(name));
    return this;
  }

  /** Overrides the HFP support of the Bluetooth accessory added last. */
  public SimulationBuilder hfp(HfpSupport hfp) {
    replaceLast(last().withHfp(hfp));
    return this;
  }

  /** Connects the accessory added last before the first step, after those marked before it. */
  public SimulationBuilder connected() {
    String id = last().id();
    if (!connectedFirst.contains(id)) {
      connectedFirst.add(id);
    }
    return this;
  }

  /** Sets the app under study; {@link App#DEFAULT} if never called. */
  public SimulationBuilder app(App newApp) {
    this.app = Objects.requireNonNull(newApp, "app");
    return this;
  }

  /** Sets Call Audio Routing; {@code automatic} if never called. */
  public SimulationBuilder callAudioRouting(CallAudioRouting setting) {
    this.callAudioRouting = Objects.requireNonNull(setting, "callAudioRouting");
    return this;
  }

  /** The world built so far. */
  public World world() {
    return new World(accessories, app);
  }

  /** A new simulation, with the accessories marked connected already connected. */
  public Simulation build() {
    return Simulation.of(new Setup(world(), callAudioRouting, connectedFirst));
  }

  private Accessory last() {
    if (accessories.isEmpty()) {
      throw new IllegalStateException("add an accessory first");
    }
    return accessories.get(accessories.size() - 1);
  }

  private void replaceLast(Accessory a) {
    accessories.set(accessories.size() - 1, a);
  }
}
