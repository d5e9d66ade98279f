/**
 * {@code callroute trace}: from a device log's observations to an explanation under the model. The
 * {@link dev.callroute.trace.Catalog} learns the accessories and the app from a first pass; the
 * {@link dev.callroute.trace.Explainer} searches, observation by observation, for the fewest hidden
 * steps whose routes match, over every value of the facts the log leaves open; the {@link
 * dev.callroute.trace.TraceWriter} writes the explanation as a scenario file. {@link
 * dev.callroute.trace.Trace} ties the two passes over the files together.
 */
package dev.callroute.trace;
