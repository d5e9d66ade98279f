package dev.callroute.core;

import static dev.callroute.core.Rejections.reject;

/** The rules of the app's audio-session APIs during its own call. Package-private. */
final class AppApiRules {
  private AppApiRules() {}

  /** The app's call if it is active (not ringing, interrupted or held), else null. */
  private static Call activeAppCall(Draft d) {
    Call app = d.appCall();
    return app != null && app.state() == CallState.ACTIVE ? app : null;
  }

  private static Route appRoute(Draft d, Call app) {
    return app.system() ? d.systemRoute() : d.voipRoute();
  }

  private static void setAppRoute(Draft d, Call app, Route r) {
    d.routeTo(app.system(), r);
  }

  /** The speaker override ends: the app's call returns to the route it had before. */
  static void dropOverride(Draft d) {
    if (!d.speakerOverride()) {
      return;
    }
    Call app = d.appCall();
    if (app != null) {
      setAppRoute(d, app, d.routeBeforeOverride);
    }
    d.routeBeforeOverride = Route.NONE;
    d.apply(Rule.APP_SPEAKER_OVERRIDE);
  }

  static Rejection preferredInput(Draft d, Target input) {
    Call app = activeAppCall(d);
    if (app == null) {
      return reject(
          d, RejectionReason.APP_CALL_NOT_ACTIVE, "preferredInput", Rule.APP_PREFERRED_INPUT);
    }
    if (input.kind() == Target.Kind.NONE) {
      d.apply(Rule.APP_PREFERRED_INPUT);
      return null;
    }
    if (d.world().app().isReceiver()) {
      return reject(
          d, RejectionReason.RECEIVER_HAS_NO_INPUT, input.toString(), Rule.APP_PREFERRED_INPUT);
    }
    Route current = appRoute(d, app);
    Route chosen;
    if (input.isAccessory()) {
      Rejection r = Rejections.requireConnected(d, input.accessory(), Rule.APP_PREFERRED_INPUT);
      if (r != null) {
        return r;
      }
      int a = d.world().indexOf(input.accessory());
      Accessory acc = d.world().accessory(a);
      if (acc.kind() == AccessoryKind.WIRED_HEADPHONES
          || acc.hfp() == HfpSupport.NEVER && acc.kind().isBluetooth()) {
        return reject(d, RejectionReason.NO_MICROPHONE, acc.id(), Rule.APP_PREFERRED_INPUT);
      }
      if (acc.kind().isBluetooth() && !acc.hfpUsableFor(app.system())) {
        return reject(
            d,
            RejectionReason.HFP_NOT_USABLE_BY_VOIP,
            acc.id(),
            Rule.VOIP_BLUETOOTH_SPEAKER_NEEDS_SYSTEM_CALL);
      }
      d.apply(Rule.APP_PREFERRED_INPUT);
      chosen = RouteRules.coupled(d, Routes.accessoryCallRoute(d.world(), a));
      if (current.inputAccessory() == a) {
        return null;
      }
      d.builtInMicPreferred = false;
    } else {
      d.apply(Rule.APP_PREFERRED_INPUT);
      if (current.input() == Port.BUILT_IN_MIC) {
        return null;
      }
      Route base;
      if (app.system()) {
        base = SystemCallRules.iphoneRouteForApp(d);
      } else {
        base = VoipRules.defaultRoute(d);
      }
      chosen = base.withInput(Port.BUILT_IN_MIC, Route.BUILT_IN);
      d.builtInMicPreferred = true;
    }
    // A preferred input that ends a standing speaker override reports an Override.
    d.routeChangeReason =
        d.speakerOverride()
            ? Notification.ROUTE_CHANGE_OVERRIDE
            : Notification.ROUTE_CHANGE_ROUTE_CONFIGURATION_CHANGE;
    d.routeBeforeOverride = Route.NONE;
    setAppRoute(d, app, chosen);
    return null;
  }

  static Rejection speakerphone(Draft d, boolean on) {
    String subject = on ? "speakerphone: true" : "speakerphone: false";
    Call app = activeAppCall(d);
    if (app == null) {
      return reject(d, RejectionReason.APP_CALL_NOT_ACTIVE, subject, Rule.APP_SPEAKER_OVERRIDE);
    }
    if (d.world().app().isReceiver()) {
      return reject(
          d, RejectionReason.RECEIVER_HAS_NO_OVERRIDE, subject, Rule.APP_SPEAKER_OVERRIDE);
    }
    d.apply(Rule.APP_SPEAKER_OVERRIDE);
    d.routeChangeReason = Notification.ROUTE_CHANGE_OVERRIDE;
    if (on && !d.speakerOverride()) {
      d.routeBeforeOverride = appRoute(d, app);
      setAppRoute(d, app, Route.SPEAKER);
    } else if (!on && d.speakerOverride()) {
      setAppRoute(d, app, d.routeBeforeOverride);
      d.routeBeforeOverride = Route.NONE;
    }
    return null;
  }
}
