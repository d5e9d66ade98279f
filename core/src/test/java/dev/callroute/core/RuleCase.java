package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One named row of a rule table, in the style of AOSP's CallAudioRouteTransitionTests: a world
 * (app, setting, accessories connected first), a sequence of steps, and what the last step must
 * give. Every step before the last must be applied, and every invariant must hold after every step.
 */
final class RuleCase {
  /** Every accessory a row may use; rows choose which are connected first. */
  static final List<Accessory> ACCESSORIES =
      List.of(
          Accessory.of("airpods", AccessoryKind.BLUETOOTH_HEADSET),
          Accessory.of("beats", AccessoryKind.BLUETOOTH_HEADSET),
          Accessory.of("jbl", AccessoryKind.BLUETOOTH_SPEAKER),
          Accessory.of("wired", AccessoryKind.WIRED_HEADSET),
          Accessory.of("buds", AccessoryKind.WIRED_HEADPHONES),
          Accessory.of("boom", AccessoryKind.BLUETOOTH_SPEAKER).withHfp(HfpSupport.NEVER));

  static final App SENDER = App.DEFAULT;
  static final App CALLKIT = new App(true, Role.SENDER, SessionMode.VOICE_CHAT, false);
  static final App CALLKIT_SPEAKER = new App(true, Role.SENDER, SessionMode.VOICE_CHAT, true);
  static final App CALLKIT_VIDEO = new App(true, Role.SENDER, SessionMode.VIDEO_CHAT, false);
  static final App SPEAKER_APP = new App(false, Role.SENDER, SessionMode.VOICE_CHAT, true);
  static final App VIDEO_APP = new App(false, Role.SENDER, SessionMode.VIDEO_CHAT, false);
  static final App RECEIVER = new App(false, Role.RECEIVER, SessionMode.VOICE_CHAT, false);

  static final String IPHONE = "builtInReceiver + builtInMic";
  static final String SPEAKER = "builtInSpeaker + builtInMic";
  static final String PLAYBACK_SPEAKER = "builtInSpeaker + none";

  final String name;
  private App app = SENDER;
  private CallAudioRouting setting = CallAudioRouting.AUTOMATIC;
  private List<String> connected = List.of();
  private List<Step> steps = List.of();
  private String route;
  private final List<Rule> rules = new ArrayList<>();
  private final List<Rule> notRules = new ArrayList<>();
  private List<Notification> notified = List.of();
  private RejectionReason rejection;
  private Rule rejectedBy;
  private final Map<String, CallState> calls = new LinkedHashMap<>();
  private VoipState voip;
  private String lastCallRoute;
  private final Map<String, Predicate<State>> checks = new LinkedHashMap<>();

  private RuleCase(String name) {
    this.name = name;
  }

  static RuleCase row(String name) {
    return new RuleCase(name);
  }

  static String hfp(String id) {
    return "bluetoothHFP@" + id + " + bluetoothHFP@" + id;
  }

  static String a2dp(String id) {
    return "bluetoothA2DP@" + id + " + none";
  }

  static String headset(String id) {
    return "headphones@" + id + " + headsetMic@" + id;
  }

  /**
   * Wired output with the built-in mic: wired headphones, or a headset with builtInMic preferred.
   */
  static String headphones(String id) {
    return "headphones@" + id + " + builtInMic";
  }

  static String playbackHeadphones(String id) {
    return "headphones@" + id + " + none";
  }

  /** A route in the compact form the rows use: {@code output[@id] + input[@id]}. */
  static String render(World w, Route r) {
    return port(w, r.output(), r.outputAccessory())
        + " + "
        + port(w, r.input(), r.inputAccessory());
  }

  private static String port(World w, Port p, int a) {
    return a == Route.BUILT_IN ? p.specName() : p.specName() + "@" + w.accessory(a).id();
  }

  /** A phone call answered on the iPhone and ended: a system call became active since Bluetooth. */
  static Step[] phoneCallOnIphone(Step... then) {
    Step[] all = new Step[3 + then.length];
    all[0] = Steps.incomingCall("p1");
    all[1] = Steps.answer("p1");
    all[2] = Steps.end("p1");
    System.arraycopy(then, 0, all, 3, then.length);
    return all;
  }

  RuleCase app(App newApp) {
    this.app = newApp;
    return this;
  }

  RuleCase setting(CallAudioRouting newSetting) {
    this.setting = newSetting;
    return this;
  }

  RuleCase connected(String... ids) {
    this.connected = List.of(ids);
    return this;
  }

  RuleCase steps(Step... newSteps) {
    this.steps = List.of(newSteps);
    return this;
  }

  RuleCase route(String expected) {
    this.route = expected;
    return this;
  }

  RuleCase rules(Rule... expected) {
    rules.addAll(Arrays.asList(expected));
    return this;
  }

  RuleCase notRules(Rule... forbidden) {
    notRules.addAll(Arrays.asList(forbidden));
    return this;
  }

  RuleCase notified(Notification... expected) {
    this.notified = List.of(expected);
    return this;
  }

  RuleCase rejected(RejectionReason reason, Rule rule) {
    this.rejection = reason;
    this.rejectedBy = rule;
    return this;
  }

  RuleCase call(String id, CallState state) {
    calls.put(id, state);
    return this;
  }

  RuleCase voip(VoipState state) {
    this.voip = state;
    return this;
  }

  RuleCase lastCallRoute(String expected) {
    this.lastCallRoute = expected;
    return this;
  }

  RuleCase check(String description, Predicate<State> holds) {
    checks.put(description, holds);
    return this;
  }

  /** The rules this row proves: those it expects named, and the rule of its rejection. */
  List<Rule> rulesNamed() {
    List<Rule> all = new ArrayList<>(rules);
    if (rejectedBy != null) {
      all.add(rejectedBy);
    }
    return all;
  }

  Optional<RejectionReason> rejection() {
    return Optional.ofNullable(rejection);
  }

  List<Notification> notifiedExpected() {
    return notified;
  }

  World world() {
    return new World(ACCESSORIES, app);
  }

  /** Plays the row and checks every expectation. */
  void verify() {
    assertThat(steps).as("a row needs steps").isNotEmpty();
    assertThat(route).as("a row needs an expected route").isNotNull();
    World w = world();
    State state = State.initial(w, setting, connected);
    Outcome last = null;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Outcome o = Engine.next(state, step);
      assertThat(Invariant.firstViolated(state, step, o))
          .as("invariants after step %d %s", i + 1, step)
          .isEmpty();
      if (i < steps.size() - 1) {
        assertThat(o.rejected()).as("setup step %d %s was rejected: %s", i + 1, step, o).isFalse();
      }
      last = o;
      state = o.state();
    }
    checkLast(w, steps.get(steps.size() - 1), last);
  }

  private void checkLast(World w, Step step, Outcome o) {
    State s = o.state();
    assertThat(render(w, o.decision().route())).as("decision route").isEqualTo(route);
    assertThat(render(w, s.currentRoute())).as("current route").isEqualTo(route);
    assertThat(o.notifications()).as("notifications of %s", step).isEqualTo(notified);
    if (rejection == null) {
      assertThat(o.rejected()).as("%s was rejected: %s", step, o).isFalse();
    } else {
      assertThat(o).isInstanceOf(Outcome.Rejected.class);
      Rejection r = ((Outcome.Rejected) o).rejection();
      assertThat(r.reason()).as("rejection reason").isEqualTo(rejection);
      assertThat(r.rule()).as("rejection rule").isEqualTo(rejectedBy);
      assertThat(r.message()).as("rejection message").isNotBlank().doesNotContain("%s");
    }
    assertThat(o.decision().rules()).as("rules named by %s", step).containsAll(rules);
    for (Rule r : notRules) {
      assertThat(o.decision().rules()).as("rules named by %s", step).doesNotContain(r);
    }
    calls.forEach((id, st) -> assertThat(s.callState(id)).as("state of call %s", id).isEqualTo(st));
    if (voip != null) {
      assertThat(s.voipState()).as("VoIP state").isEqualTo(voip);
    }
    if (lastCallRoute != null) {
      assertThat(render(w, s.lastCallRoute())).as("last call route").isEqualTo(lastCallRoute);
    }
    checks.forEach((what, holds) -> assertThat(holds.test(s)).as(what).isTrue());
  }

  @Override
  public String toString() {
    return name;
  }
}
