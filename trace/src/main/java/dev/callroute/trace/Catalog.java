package dev.callroute.trace;

import dev.callroute.core.ConnectionOrder;
import dev.callroute.core.Port;
import dev.callroute.core.Target;
import dev.callroute.trace.read.LogSink;
import dev.callroute.trace.read.LoggedPort;
import dev.callroute.trace.read.LoggedRoute;
import dev.callroute.trace.read.Observation;
import dev.callroute.trace.read.ObservationKind;
import dev.callroute.trace.read.Reason;
import dev.callroute.trace.read.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a first pass over the log learns (§4): the accessories (one per Bluetooth address, HFP and
 * A2DP links joined; one wired accessory; names where only names are logged), the app's process and
 * session shape, and whether CallKit is seen. Then resolves logged routes to model ports.
 */
public final class Catalog implements LogSink {
  /** One accessory as the log shows it. */
  static final class Entry {
    final String id;
    final String name;
    final boolean wired;
    boolean hfpSeen;
    boolean headsetMicSeen;

    Entry(String id, String name, boolean wired) {
      this.id = id;
      this.name = name;
      this.wired = wired;
    }
  }

  /** The formats that only the app writes: their processes name the app. */
  private static final Set<String> APP_FORMATS = Set.of("W1", "R1", "R2", "S1", "L1", "B1", "J1");

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byAddress = new HashMap<>();
  private final Map<String, Entry> byName = new HashMap<>();
  private final Map<String, String> typeOfName = new HashMap<>();
  private final Map<String, Integer> appProcesses = new LinkedHashMap<>();
  private final List<String> overflow = new ArrayList<>();
  private Entry wired;
  private boolean callKitSeen;
  private String mode = "";
  private boolean defaultToSpeaker;
  private long checked;

  @Override
  public void observation(Observation o) {
    if (o.kind().checked()) {
      checked++;
    }
    if (!o.process().isEmpty() && APP_FORMATS.contains(o.format())) {
      appProcesses.merge(o.process(), 1, Integer::sum);
    }
    if (o.kind().name().startsWith("CALLKIT_")) {
      callKitSeen = true;
    }
    o.route().ifPresent(this::learn);
    o.previous().ifPresent(this::learn);
    if (o.kind() == ObservationKind.REASON
        && o.reason()
            .filter(r -> r == Reason.NEW_DEVICE_AVAILABLE || r == Reason.OLD_DEVICE_UNAVAILABLE)
            .isPresent()) {
      devicesComeAndGo = true;
    }
    if (o.kind() == ObservationKind.PREFERRED_INPUT && !o.value().isBlank()) {
      byNameOrNew(o.value(), false);
    }
  }

  @Override
  public void session(Source at, String sessionMode, boolean speaker) {
    if (!sessionMode.isEmpty()) {
      mode = sessionMode;
    }
    defaultToSpeaker |= speaker;
  }

  private void learn(LoggedRoute r) {
    for (LoggedPort p : r.outputs()) {
      learnType(p);
    }
    for (LoggedPort p : r.inputs()) {
      learnType(p);
    }
    for (LoggedPort p : r.outputs()) {
      learn(p);
    }
    for (LoggedPort p : r.inputs()) {
      learn(p);
    }
  }

  private void learnType(LoggedPort p) {
    if (!p.type().isEmpty() && !p.name().isEmpty()) {
      typeOfName.putIfAbsent(key(p.name()), p.type());
    }
  }

  private void learn(LoggedPort p) {
    Optional<Port> port = portOf(p);
    if (port.isEmpty() || !port.get().isAccessoryPort()) {
      return;
    }
    if (p.name().isEmpty() && p.uid().isEmpty()) {
      // A type alone (R2's payload): some accessory of that transport exists.
      if (port.get() == Port.HEADPHONES || port.get() == Port.HEADSET_MIC) {
        anonymousWired = true;
      } else {
        devicesComeAndGo = true;
      }
      return;
    }
    Entry e = entryOf(p, port.get(), true);
    if (e == null) {
      return;
    }
    if (port.get() == Port.BLUETOOTH_HFP) {
      e.hfpSeen = true;
    }
    if (port.get() == Port.HEADSET_MIC) {
      e.headsetMicSeen = true;
    }
  }

  /** The model port of a logged port; for a name alone, from a type logged for that name. */
  Optional<Port> portOf(LoggedPort p) {
    String type = p.type();
    if (type.isEmpty()) {
      type = typeOfName.getOrDefault(key(p.name()), "");
    }
    if (!type.isEmpty()) {
      return BuiltInNames.ofType(type);
    }
    Optional<Port> builtIn = BuiltInNames.port(p.name());
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Optional<Port> wiredPort = BuiltInNames.wired(p.name());
    if (wiredPort.isPresent() && !byName.containsKey(key(p.name()))) {
      return wiredPort;
    }
    Entry e = byName.get(key(p.name()));
    if (e != null && e.wired) {
      return Optional.of(Port.HEADPHONES);
    }
    return p.name().isBlank() ? Optional.empty() : Optional.of(Port.BLUETOOTH_HFP);
  }

  /** The accessory of an accessory port; null when past the world's size (reported outside). */
  private Entry entryOf(LoggedPort p, Port port, boolean create) {
    boolean wiredPort = port == Port.HEADPHONES || port == Port.HEADSET_MIC;
    if (wiredPort) {
      if (wired == null && create) {
        wired = add(p.name().isEmpty() ? "Wired headset" : p.name(), true);
      }
      return wired;
    }
    String address = p.address();
    if (!address.isEmpty()) {
      Entry e = byAddress.get(address);
      if (e == null && create) {
        e = byName.get(key(p.name()));
        if (e == null || e.wired) {
          e = add(p.name().isEmpty() ? address : p.name(), false);
        }
        if (e != null) {
          byAddress.put(address, e);
        }
      }
      return e;
    }
    return p.name().isBlank()
        ? null
        : create ? byNameOrNew(p.name(), false) : byName.get(key(p.name()));
  }

  private Entry byNameOrNew(String name, boolean isWired) {
    if (BuiltInNames.port(name).isPresent()) {
      return null;
    }
    Entry e = byName.get(key(name));
    return e != null ? e : add(name, isWired);
  }

  private Entry add(String name, boolean isWired) {
    if (entries.size() >= ConnectionOrder.CAPACITY) {
      if (!overflow.contains(name)) {
        overflow.add(name);
      }
      return null;
    }
    Entry e = new Entry(uniqueId(name, isWired), name, isWired);
    entries.add(e);
    byName.putIfAbsent(key(name), e);
    return e;
  }

  private String uniqueId(String name, boolean isWired) {
    StringBuilder b = new StringBuilder();
    String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    for (int i = 0; i < n.length(); i++) {
      char c = Character.toLowerCase(n.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if ((c == ' ' || c == '-' || c == '_')
          && b.length() > 0
          && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String base = b.toString().replaceAll("-+$", "");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = (isWired ? "wired" : "bt") + (base.isEmpty() ? "" : "-" + base);
    }
    if (base.equals("iphone")
        || base.equals("speaker")
        || Port.bySpecName(base).isPresent()
        || Target.parse(base).kind() != Target.Kind.ACCESSORY) {
      // Scenario files read these words as ports or targets, not as accessory ids.
      base = (isWired ? "wired-" : "bt-") + base;
    }
    if (base.length() > 32) {
      base = base.substring(0, 32).replaceAll("-+$", "");
    }
    String id = base;
    for (int k = 2; idTaken(id); k++) {
      id = base + "-" + k;
    }
    return id;
  }

  private boolean idTaken(String id) {
    return entries.stream().anyMatch(e -> e.id.equals(id));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The accessories, in the order the log first shows them. When the log says devices come and go
   * but names none (reasons only, as baresip logs), one unnamed Bluetooth accessory stands for
   * them.
   */
  List<Entry> entries() {
    if (devicesComeAndGo && entries.stream().allMatch(e -> e.wired)) {
      add(UNNAMED, false);
    }
    if (anonymousWired && entries.stream().noneMatch(e -> e.wired)) {
      wired = add("Headphones", true);
    }
    devicesComeAndGo = false;
    anonymousWired = false;
    return List.copyOf(entries);
  }

  private boolean anonymousWired;

  /** The name of the accessory that stands for devices a log does not name. */
  static final String UNNAMED = "Unnamed accessory";

  private boolean devicesComeAndGo;

  /** The index of the accessory of an accessory port, or -1. */
  int indexOf(LoggedPort p, Port port) {
    Entry e = entryOf(p, port, false);
    return e == null ? -1 : entries.indexOf(e);
  }

  /** Names of accessories past the world's limit of {@link ConnectionOrder#CAPACITY}. */
  List<String> overflow() {
    return List.copyOf(overflow);
  }

  /** The process that wrote most of the app's lines, or empty when no line named one. */
  public String appProcess() {
    String best = "";
    int most = 0;
    for (Map.Entry<String, Integer> e : appProcesses.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** Whether CallKit events are logged: the app uses CallKit. */
  boolean callKitSeen() {
    return callKitSeen;
  }

  /** The session mode logged ({@code VoiceChat}, {@code VideoChat}, …), or empty. */
  String mode() {
    return mode;
  }

  /** Whether the session is logged with {@code defaultToSpeaker}. */
  boolean defaultToSpeaker() {
    return defaultToSpeaker;
  }

  /** The observations the explanation checks, counted in the first pass. */
  public long checked() {
    return checked;
  }
}
