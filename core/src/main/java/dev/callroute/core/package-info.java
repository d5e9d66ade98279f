/**
 * The routing engine: an executable model of how iOS picks the audio route of a call.
 *
 * <p><b>For app teams</b> (the README's "Java API", kept source-compatible): {@link
 * dev.callroute.core.Simulation} and its builder, {@link dev.callroute.core.Setup} (a world, its
 * setting and the accessories connected first, with {@code play(steps)}), {@link
 * dev.callroute.core.Steps}, {@link dev.callroute.core.State}, {@link dev.callroute.core.Route},
 * {@link dev.callroute.core.Port}, {@link dev.callroute.core.Rule}, {@link
 * dev.callroute.core.Outcome} and the value records and enums they return.
 *
 * <p><b>For sibling modules</b> ({@code scenario}, {@code explore}, {@code doctor}, {@code cli},
 * {@code bench}): {@link dev.callroute.core.Engine#next}, {@link dev.callroute.core.Stepper} (the
 * same step function over one reused working copy, allocating nothing, read through {@link
 * dev.callroute.core.StateView} and {@link dev.callroute.core.Transition}; the explorer's hot
 * path), {@link dev.callroute.core.Invariant}, {@link dev.callroute.core.Names}, {@link
 * dev.callroute.core.Words} (the one resolver of port and accessory words), {@link
 * dev.callroute.core.Packing} (the contract of a packed state, with the enums' explicit {@code
 * code()}s), {@link dev.callroute.core.ConnectionOrder} and the other public types; they may change
 * between versions.
 *
 * <p><b>Inside</b> (package-private): the step handler {@code AccessoryRules}; the deciders named
 * after the sections of {@code docs/routing-rules.md} ({@code SystemCallRules}, {@code VoipRules},
 * {@code AppApiRules}, {@code RouteRules}), each the only file that applies the rules of its
 * section; {@code Draft}, the working copy of a state whose {@code routeTo} is the one writer of
 * the call routes; {@code Routes}, pure route helpers; {@code Views}, the answers derived from a
 * state's components; {@code CallList}, the list class of calls; {@code Interned}, a stepper's kept
 * instances of the values a step builds. This package depends on nothing but the JDK.
 */
package dev.callroute.core;
