/**
 * {@code callroute serve}: a local web server with a JSON API over the engine, the scenario reader
 * and writer, the explorer and the doctor, and the playground page served from the jar.
 *
 * <p>{@link dev.callroute.serve.PlaygroundServer} wires the routes; {@code Guard} and {@code
 * JettyErrors} apply the safety checks and headers; {@link dev.callroute.serve.Sessions} keeps the
 * server-side sessions (least recently used evicted); {@link dev.callroute.serve.Session} is one
 * world and its steps, replayed through {@link dev.callroute.core.Simulation}; the {@code *Json}
 * classes turn values into the API's JSON and back. The page lives under {@code
 * resources/dev/callroute/serve/web}.
 */
package dev.callroute.serve;
