package dev.callroute.trace;

import dev.callroute.core.Notification;
import dev.callroute.core.Route;
import dev.callroute.core.Step;
import dev.callroute.core.Target;
import dev.callroute.trace.read.Observation;
import dev.callroute.trace.read.ObservationKind;
import dev.callroute.trace.read.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Explains a trace observation by observation, in bounded memory: for every hypothesis still open
 * it keeps a frontier of nodes (states the explanations so far reach), searches from them for each
 * observation, and drops the hypotheses that cannot explain it, unless none can: that is a
 * deviation, and the search goes on from the observed route. For an exact log (J1) the frontier is
 * every state, deduplicated, that some explanation of the observations so far reaches (up to {@link
 * #MAX_FRONTIER}), so that a trace the engine produced never deviates; for the other logs it is the
 * states of the shortest explanations.
 */
public final class Explainer {
  /** The most explanations of the same length shown for one observation. */
  public static final int MAX_ALTERNATIVES = 3;

  /**
   * The most nodes kept per hypothesis between observations; past it, the nodes of the shortest
   * explanations are kept first.
   */
  static final int MAX_FRONTIER = 64;

  /** The most steps {@code --write} writes; past it, the file stops there. */
  public static final int MAX_WRITE_STEPS = 100_000;

  /** The default bound on hidden steps per observation ({@code --max-hidden}). */
  public static final int DEFAULT_MAX_HIDDEN = 4;

  /** The largest {@code --max-hidden} accepted. */
  public static final int MAX_MAX_HIDDEN = 8;

  /**
   * What {@code --write} writes: the explanation under one hypothesis, up to the first break.
   *
   * @param hypothesis the world and setting
   * @param chain the explanation
   * @param stoppedAt why and where the explanation stops early, or empty when it covers the trace
   */
  record Written(Hypothesis hypothesis, Chain chain, String stoppedAt) {}

  private final Catalog catalog;
  private final int maxHidden;
  private final Children children = new Children();
  private boolean keep;
  private List<Live> live = new ArrayList<>();
  private boolean started;
  private boolean outsideStretch;
  private long observations;
  private long explained;
  private long deviations;
  private long outside;
  private Written written;

  /**
   * An explainer for the trace this catalog was learned from.
   *
   * @param maxHidden the most hidden steps before each observation
   * @param keepForWrite whether to keep the explanation for {@code --write}
   */
  public Explainer(Catalog catalog, int maxHidden, boolean keepForWrite) {
    this(catalog, maxHidden, keepForWrite, Map.of());
  }

  /**
   * An explainer under what the user states about the facts the log leaves open.
   *
   * @param assumed fact to value, as {@code --assume} takes them
   * @throws IllegalArgumentException if an assumption names no fact or no possible value
   */
  public Explainer(
      Catalog catalog, int maxHidden, boolean keepForWrite, Map<String, String> assumed) {
    if (maxHidden < 0 || maxHidden > MAX_MAX_HIDDEN) {
      throw new IllegalArgumentException("max hidden steps must be 0 to " + MAX_MAX_HIDDEN);
    }
    this.catalog = catalog;
    this.maxHidden = maxHidden;
    this.keep = keepForWrite;
    for (Hypothesis h : Hypothesis.assuming(Hypothesis.all(catalog), assumed)) {
      live.add(new Live(h));
    }
  }

  /** Explains the next observation of the trace. */
  public Explained accept(Observation o) {
    if (!o.kind().checked()) {
      return verdict(o, Explained.Status.NOTE, "", List.of(), false, List.of(), "");
    }
    observations++;
    if (!started) {
      started = true;
      live.forEach(l -> l.frontier = Across.starts(l.h, keep));
    }
    Optional<Notification> notification = o.reason().flatMap(Reason::notification);
    RoutePattern route = null;
    String words = "";
    if (o.kind() == ObservationKind.ROUTE) {
      RoutePattern.Resolved r = RoutePattern.resolve(o.route().orElseThrow(), catalog);
      if (r.pattern().isEmpty()) {
        outsideStretch = true;
        return outside(o, "outside the model: " + String.join(", ", r.outside()));
      }
      route = r.pattern().get();
      words = route.describe(live.get(0).h.world());
    } else if (outsideStretch) {
      return outside(o, "in a stretch of the trace outside the model");
    }
    // A logged previous route is shown, not checked: apps log it from their own session, whose
    // idle route (playAndRecord before a call) the model does not follow.
    RoutePattern previous = null;
    Target input = null;
    if (o.kind() == ObservationKind.PREFERRED_INPUT) {
      input = inputNamed(o.value());
      if (input == null) {
        return outside(o, "no port of the model is named \"" + o.value() + "\"");
      }
    }
    // Leaving a stretch outside the model, the logged reason is about the port outside it (a car
    // disconnecting): only the route is checked.
    Notification expected = outsideStretch ? null : notification.orElse(null);
    Goal goal = new Goal(o.kind(), route, previous, expected, input, o.format().equals("J1"));
    Map<Route, Search.Reached> reached = new LinkedHashMap<>();
    Map<Live, List<Search.Match>> found = Across.explain(live, goal, maxHidden, reached, children);
    if (!found.isEmpty()) {
      String remark = "";
      if (outsideStretch) {
        outsideStretch = false;
        remark = "back inside the model after the stretch outside it";
      }
      return explainedBy(o, goal, found, words, remark);
    }
    if (outsideStretch && route != null) {
      outsideStretch = false;
      Map<Live, List<Search.Match>> restart = Across.restart(live, goal, maxHidden);
      if (!restart.isEmpty()) {
        breakChain(o, "after the stretch outside the model at " + o.at());
        return explainedBy(
            o,
            goal,
            restart,
            words,
            "after the stretch outside the model, the explanation starts again from this route");
      }
    }
    deviations++;
    for (Live l : live) {
      Search.run(l.frontier, goal, maxHidden, reached);
    }
    List<Explained.Allowed> allowed = Render.allowed(reached, live.get(0).h.world());
    String remark = "";
    if (route != null) {
      breakChain(o, "at the deviation at " + o.at());
      Map<Live, List<Search.Match>> restart = Across.restart(live, goal, maxHidden);
      if (restart.isEmpty()) {
        remark =
            "no start of the model reaches this route either; continuing from the model's routes";
      } else {
        restart.forEach((l, m) -> l.frontier = ends(m, null, null));
        remark = "continuing from the observed route";
      }
    }
    return verdict(o, Explained.Status.DEVIATION, words, List.of(), false, allowed, remark);
  }

  private Explained explainedBy(
      Observation o, Goal goal, Map<Live, List<Search.Match>> found, String words, String remark) {
    explained++;
    int best = Integer.MAX_VALUE;
    for (List<Search.Match> ms : found.values()) {
      best = Math.min(best, ms.get(0).paths().get(0).size());
    }
    Set<List<Step>> seen = new LinkedHashSet<>();
    List<Explained.Alternative> alternatives = new ArrayList<>();
    boolean tooMany = false;
    for (Map.Entry<Live, List<Search.Match>> e : found.entrySet()) {
      for (Search.Match m : e.getValue()) {
        for (List<Step> path : m.paths()) {
          if (path.size() != best || !seen.add(path)) {
            continue;
          }
          if (alternatives.size() < MAX_ALTERNATIVES) {
            alternatives.add(Render.alternative(m.origin().state, path, goal.logged()));
          } else {
            tooMany = true;
          }
        }
      }
    }
    live = new ArrayList<>(found.keySet());
    for (Map.Entry<Live, List<Search.Match>> e : found.entrySet()) {
      e.getKey().frontier = ends(e.getValue(), goal, o);
    }
    return verdict(o, Explained.Status.EXPLAINED, words, alternatives, tooMany, List.of(), remark);
  }

  private List<Node> ends(List<Search.Match> matches, Goal goal, Observation o) {
    List<Node> out = new ArrayList<>();
    Set<Object> keys = new LinkedHashSet<>();
    for (Search.Match m : matches) {
      if (out.size() >= MAX_FRONTIER) {
        break;
      }
      Node end = m.end();
      if (!keys.add(end.key())) {
        continue;
      }
      Chain chain = null;
      if (keep && m.origin().chain != null && goal != null) {
        chain = m.origin().chain;
        for (Step s : m.paths().get(0)) {
          chain = chain.then(s);
        }
        Optional<dev.callroute.scenario.Expectation> pin = Render.pin(goal, end.state, end.last);
        if (pin.isPresent()) {
          chain = chain.expect(pin.get());
        }
      }
      out.add(new Node(end.state, end.last, end.before, chain));
    }
    if (keep
        && !out.isEmpty()
        && out.get(0).chain != null
        && out.get(0).chain.size > MAX_WRITE_STEPS) {
      breakChain(o, "after " + MAX_WRITE_STEPS + " steps, the most --write writes");
    }
    return out;
  }

  private void breakChain(Observation o, String why) {
    if (keep) {
      keep = false;
      Live first = live.get(0);
      Chain c = first.frontier.isEmpty() ? null : first.frontier.get(0).chain;
      written = c == null ? null : new Written(first.h, c, "the explanation stops " + why);
    }
  }

  private Explained outside(Observation o, String why) {
    outside++;
    return verdict(o, Explained.Status.OUTSIDE, "", List.of(), false, List.of(), why);
  }

  private Explained verdict(
      Observation o,
      Explained.Status s,
      String words,
      List<Explained.Alternative> alternatives,
      boolean tooMany,
      List<Explained.Allowed> allowed,
      String remark) {
    return new Explained(o, s, words, alternatives, tooMany, allowed, remark);
  }

  private Target inputNamed(String name) {
    String n = name.strip();
    if (n.isEmpty() || n.equalsIgnoreCase("none") || n.equals("(null)")) {
      return Target.NONE;
    }
    if (BuiltInNames.port(n).filter(p -> p == dev.callroute.core.Port.BUILT_IN_MIC).isPresent()
        || n.equals("MicrophoneBuiltIn")) {
      return Target.BUILT_IN_MIC;
    }
    int i =
        catalog.indexOf(
            dev.callroute.trace.read.LoggedPort.named(n), dev.callroute.core.Port.BLUETOOTH_HFP);
    return i < 0 ? null : Target.accessory(catalog.entries().get(i).id);
  }

  /** The counts so far, and the facts the hypotheses still open leave possible. */
  public Summary summary() {
    Map<String, List<String>> facts = new LinkedHashMap<>();
    for (Live l : live) {
      l.h
          .facts()
          .forEach(
              (k, v) -> {
                List<String> vs = facts.computeIfAbsent(k, x -> new ArrayList<>());
                if (!vs.contains(v)) {
                  vs.add(v);
                }
              });
    }
    return new Summary(observations, explained, deviations, outside, facts);
  }

  /** The explanation to write, up to its first break; empty before any observation is explained. */
  Optional<Written> forWrite() {
    if (written != null) {
      return Optional.of(written);
    }
    if (!keep || live.isEmpty() || live.get(0).frontier == null || live.get(0).frontier.isEmpty()) {
      return Optional.empty();
    }
    Live first = live.get(0);
    Chain c = first.frontier.get(0).chain;
    return c == null ? Optional.empty() : Optional.of(new Written(first.h, c, ""));
  }
}
