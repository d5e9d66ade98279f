/**
 * Scenario files ({@code docs/scenario-format.md}): {@link dev.callroute.scenario.ScenarioReader}
 * parses and validates them with precise positions, {@link dev.callroute.scenario.ScenarioPlayer}
 * replays them through the engine and checks the expectations, {@link
 * dev.callroute.scenario.ScenarioWriter} writes them back so that every written file passes {@code
 * run}. Depends on {@code core}, SnakeYAML Engine and Jackson; used by {@code explore}, {@code
 * doctor} and {@code cli}. Not part of the app teams' Java API.
 */
package dev.callroute.scenario;
