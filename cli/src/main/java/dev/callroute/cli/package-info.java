/**
 * The {@code callroute} command line (picocli): {@code run}, {@code explore} and {@code doctor},
 * their options, text and JSON reports. Depends on every other module except {@code bench}; nothing
 * depends on it.
 */
package dev.callroute.cli;
