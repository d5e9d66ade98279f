/**
 * Reading device logs (docs/trace-format.md §2–§5): bounded line reading with Markdown quoting
 * stripped, the log prefixes (Console.app, Xcode, timestamps), every line shape of the format page,
 * route descriptions reassembled over several lines, and the observations they give, each with its
 * {@code file:line}. Nothing here knows the model's rules; {@code dev.callroute.trace} explains.
 */
package dev.callroute.trace.read;
