/**
 * The explorer: a breadth-first search over every sequence of steps from a scenario's world,
 * checking the spec's invariants and {@code --reach}/{@code --never} queries on packed states, and
 * writing shortest counterexamples as scenario files. Depends on {@code core} and {@code scenario};
 * used by {@code cli} and {@code bench}.
 */
package dev.callroute.explore;
