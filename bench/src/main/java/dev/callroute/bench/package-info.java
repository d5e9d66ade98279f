/**
 * JMH benchmarks of {@code Engine.next} and of the explorer; their figures are recorded in {@code
 * bench/README.md}. Depends on {@code core} and {@code explore}; nothing depends on it.
 */
package dev.callroute.bench;
