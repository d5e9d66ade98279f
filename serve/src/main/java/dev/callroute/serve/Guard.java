package dev.callroute.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The safety checks every request passes and the JSON every answer is: security headers on every
 * response, the Host allow-list (against DNS rebinding), JSON-only bodies on state-changing
 * requests and the body cap; errors as {@code {"error": message}}, never a stack trace.
 */
final class Guard {
  /** The Content-Security-Policy of every response. */
  static final String CSP = PlaygroundServer.CSP;

  private static final String ERROR_SENT = "callroute.error";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final Set<String> allowedHosts;
  private final ServeLimits limits;

  Guard(String host, int port, ServeLimits limits) {
    this.allowedHosts = allowed(host, port);
    this.limits = limits;
  }

  static Set<String> allowed(String host, int port) {
    HashSet<String> out = new HashSet<>();
    for (String name : LOOPBACK_NAMES) {
      out.add(name + ":" + port);
    }
    if (!PlaygroundServer.isLoopback(host)) {
      out.add(bracketed(host) + ":" + port);
    }
    if (PlaygroundServer.isWildcard(host)) {
      // Bound to every interface: the machine's own names and addresses are also "the server".
      try {
        out.add(
            java.net.InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT)
                + ":"
                + port);
        for (java.net.NetworkInterface ni :
            java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
          for (java.net.InetAddress a : java.util.Collections.list(ni.getInetAddresses())) {
            out.add(bracketed(a.getHostAddress().replaceAll("%.*", "")) + ":" + port);
          }
        }
      } catch (java.io.IOException e) {
        // Without the list, only the loopback names are admitted.
      }
    }
    return Set.copyOf(out);
  }

  private static String bracketed(String host) {
    return (host.contains(":") ? "[" + host + "]" : host).toLowerCase(Locale.ROOT);
  }

  /** Headers on every response, then the Host, content-type and size checks. */
  void check(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    String hostHeader = Optional.ofNullable(ctx.header("Host")).orElse("");
    if (!allowedHosts.contains(hostHeader.toLowerCase(Locale.ROOT))) {
      throw new ApiError(
          403,
          "this server answers only to "
              + String.join(", ", allowedHosts.stream().sorted().toList())
              + " (Host allow-list, against DNS rebinding)");
    }
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    long length = ctx.contentLength();
    if (length > limits.maxBodyBytes()) {
      throw new ApiError(
          413, "the request body is larger than " + limits.maxBodyBytes() / 1024 + " KB");
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw new ApiError(
          415,
          "send state-changing requests as Content-Type: application/json, not '" + type + "'");
    }
  }

  /** Sends a JSON answer. */
  static void send(Context ctx, int status, ObjectNode json) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(json.toString());
  }

  /** Turns Javalin's own 404 and 405 into JSON, unless an error was already sent. */
  static void notFound(Context ctx) {
    if (ctx.attribute(ERROR_SENT) != null) {
      return;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put(
        "error",
        ctx.status().getCode() == 405
            ? "method " + ctx.method().name() + " is not allowed on " + ctx.path()
            : "nothing at " + ctx.path() + "; the API is described in docs/http-api.md");
    ctx.contentType("application/json; charset=utf-8").result(out.toString());
  }

  /** Sends an error as JSON. */
  static void error(Context ctx, ApiError e) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("error", e.getMessage() == null ? "error" : e.getMessage());
    if (!e.problems().isEmpty()) {
      e.problems().forEach(out.putArray("problems")::add);
    }
    ctx.attribute(ERROR_SENT, Boolean.TRUE);
    ctx.status(e.status()).contentType("application/json; charset=utf-8").result(out.toString());
  }
}
