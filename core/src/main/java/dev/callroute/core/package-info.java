/**
 * The routing engine: an executable model of how iOS picks the audio route of a call.
 *
 * <p><b>For app teams</b> (the README's "Java API", kept source-compatible): {@link
 * dev.callroute.core.Simulation} and its builder, {@link dev.callroute.core.Steps}, {@link
 * dev.callroute.core.State}, {@link dev.callroute.core.Route}, {@link dev.callroute.core.Port},
 * {@link dev.callroute.core.Rule}, {@link dev.callroute.core.Outcome} and the value records and
 * enums they return.
 *
 * <p><b>For sibling modules</b> ({@code scenario}, {@code explore}, {@code doctor}, {@code cli},
 * {@code bench}): {@link dev.callroute.core.Engine#next}, {@link dev.callroute.core.Invariant},
 * {@link dev.callroute.core.Names}, {@link dev.callroute.core.ConnectionOrder} and the other public
 * types; they may change between versions.
 *
 * <p><b>Inside</b> (package-private): the step handler {@code AccessoryRules}; the deciders named
 * after the sections of {@code docs/routing-rules.md} ({@code SystemCallRules}, {@code VoipRules},
 * {@code AppApiRules}, {@code RouteRules}), each the only file that applies the rules of its
 * section; {@code Draft}, the working copy of a state whose {@code routeTo} is the one writer of
 * the call routes; {@code Routes}, pure route helpers. This package depends on nothing but the JDK.
 */
package dev.callroute.core;
