package dev.callroute.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.callroute.scenario.Scenario;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The playground's web server: the page from the jar and the JSON API of {@code docs/http-api.md},
 * on Javalin. Safe by default: bound to loopback unless told otherwise; a Host allow-list against
 * DNS rebinding; JSON-only bodies on state-changing requests; no CORS headers; bodies capped;
 * {@code Content-Security-Policy: default-src 'self'} and {@code nosniff} on every response; errors
 * as JSON with a message, never a stack trace.
 */
public final class PlaygroundServer implements AutoCloseable {
  /** The Content-Security-Policy of every response. */
  public static final String CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ServeLimits limits;
  private final Sessions sessions;
  private final ExploreJson explore;
  private final java.util.concurrent.Semaphore heavyWork = new java.util.concurrent.Semaphore(1);
  private final Optional<Scenario> initial;
  private final String host;
  private final Javalin app;

  /** Until the port is known, a guard that admits no host. */
  private volatile Guard guard;

  private PlaygroundServer(
      String host,
      ServeLimits limits,
      Optional<Scenario> initial,
      java.util.Map<String, Handler> extraPosts) {
    this.host = host;
    this.limits = limits;
    this.sessions = new Sessions(limits.maxSessions());
    this.explore = new ExploreJson(limits, heavyWork);
    this.initial = initial;
    this.guard = new Guard(host, -1, limits);
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = limits.maxBodyBytes();
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/dev/callroute/serve/web";
                    sf.location = Location.CLASSPATH;
                  });
              cfg.routes.before(ctx -> guard.check(ctx));
              routes(cfg.routes);
              extraPosts.forEach((path, h) -> post(cfg.routes, path, h));
              cfg.routes.exception(ApiError.class, (e, ctx) -> Guard.error(ctx, e));
              cfg.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) ->
                      Guard.error(
                          ctx,
                          new ApiError(
                              e.getStatus(),
                              e.getStatus() == 404
                                  ? "nothing at "
                                      + ctx.path()
                                      + "; the API is described in"
                                      + " docs/http-api.md"
                                  : e.getStatus() == 405
                                      ? "method "
                                          + ctx.method().name()
                                          + " is not allowed on "
                                          + ctx.path()
                                      : e.getMessage())));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) ->
                      Guard.error(
                          ctx,
                          new ApiError(
                              500,
                              "internal error ("
                                  + e.getClass().getSimpleName()
                                  + "); please report it with the steps that led here")));
              cfg.routes.error(404, Guard::notFound);
              cfg.routes.error(405, Guard::notFound);
            });
  }

  /**
   * Starts a server on {@code host} and {@code port} (0 for any free port).
   *
   * @param initial a scenario each new session starts with, at step 0; empty for the default world
   */
  public static PlaygroundServer start(
      String host, int port, ServeLimits limits, Optional<Scenario> initial) {
    return start(host, port, limits, initial, java.util.Map.of());
  }

  /** Starts a server with more POST routes, handled like the API's own (for tests). */
  static PlaygroundServer start(
      String host,
      int port,
      ServeLimits limits,
      Optional<Scenario> initial,
      java.util.Map<String, Handler> extraPosts) {
    PlaygroundServer s = new PlaygroundServer(host, limits, initial, extraPosts);
    s.app.start(host, port);
    s.guard = new Guard(host, s.app.port(), limits);
    return s;
  }

  /** The port bound. */
  public int port() {
    return app.port();
  }

  /** The URL to open. */
  public String url() {
    String h = isWildcard(host) ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** Whether an address is the wildcard, every interface ({@code 0.0.0.0} or {@code ::}). */
  public static boolean isWildcard(String host) {
    try {
      return !host.equals("localhost") && InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether a host name or address is the loopback interface. */
  public static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes(io.javalin.config.RoutesConfig r) {
    post(
        r,
        "/api/sessions",
        ctx -> Guard.send(ctx, 201, SessionJson.render(newSession(body(ctx)).snapshot())));
    get(
        r,
        "/api/sessions/{id}",
        ctx -> Guard.send(ctx, 200, SessionJson.render(session(ctx).snapshot())));
    post(
        r,
        "/api/sessions/{id}/world",
        ctx -> {
          Session s = session(ctx);
          WorldJson.Edit e = WorldJson.parse(body(ctx), s.snapshot().name());
          Guard.send(ctx, 200, SessionJson.render(setWorld(s, e)));
        });
    post(
        r,
        "/api/sessions/{id}/steps",
        ctx -> {
          Session s = session(ctx);
          JsonNode b = body(ctx);
          Session.Snapshot after;
          if (b.has("steps") && b.get("steps").isArray()) {
            java.util.List<dev.callroute.core.Step> steps = new java.util.ArrayList<>();
            b.get("steps").forEach(n -> steps.add(StepJson.parse(n)));
            after = s.addAll(steps, limits.maxSteps());
          } else {
            after = s.add(StepJson.parse(b.get("step")), limits.maxSteps());
          }
          Guard.send(ctx, 200, SessionJson.render(after));
        });
    post(
        r,
        "/api/sessions/{id}/undo",
        ctx -> Guard.send(ctx, 200, SessionJson.render(session(ctx).undo())));
    post(
        r,
        "/api/sessions/{id}/reset",
        ctx -> Guard.send(ctx, 200, SessionJson.render(session(ctx).reset())));
    get(
        r,
        "/api/sessions/{id}/scenario",
        ctx -> {
          Session.Snapshot s = session(ctx).snapshot();
          ObjectNode out = JsonNodeFactory.instance.objectNode();
          out.put("fileName", fileName(s.name()));
          out.put("yaml", ScenarioIo.export(s));
          Guard.send(ctx, 200, out);
        });
    get(
        r,
        "/api/sessions/{id}/scenario.yaml",
        ctx -> {
          Session.Snapshot s = session(ctx).snapshot();
          String yaml = ScenarioIo.export(s);
          ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(s.name()) + "\"");
          ctx.contentType("application/yaml; charset=utf-8").result(yaml);
        });
    post(
        r,
        "/api/sessions/{id}/scenario",
        ctx -> {
          Session s = session(ctx);
          JsonNode b = body(ctx);
          String name = b.has("fileName") ? StepJson.text(b, "fileName") : "scenario.yaml";
          Scenario sc = ScenarioIo.read(StepJson.text(b, "yaml"), name);
          Guard.send(ctx, 200, SessionJson.render(load(s, sc)));
        });
    post(
        r,
        "/api/sessions/{id}/explore",
        ctx -> Guard.send(ctx, 200, explore.run(session(ctx), body(ctx))));
    get(r, "/api/doctor", ctx -> Guard.send(ctx, 200, DoctorJson.options()));
    post(
        r,
        "/api/doctor",
        ctx -> {
          JsonNode b = body(ctx);
          Guard.send(ctx, 200, ExploreJson.exclusively(heavyWork, () -> DoctorJson.diagnose(b)));
        });
  }

  /**
   * A handler whose JVM {@link Error} (such as a {@code NoClassDefFoundError} after the jar was
   * replaced under a running server) becomes the JSON 500 every other failure gets: Javalin maps
   * only {@link Exception}s and would answer an empty body.
   */
  static Handler safe(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (Error e) {
        throw new ApiError(
            500,
            "internal error ("
                + e.getClass().getSimpleName()
                + "); if the callroute jar was rebuilt while serving, restart callroute serve,"
                + " otherwise please report it with the steps that led here");
      }
    };
  }

  private static void get(io.javalin.config.RoutesConfig r, String path, Handler h) {
    r.get(path, safe(h));
  }

  private static void post(io.javalin.config.RoutesConfig r, String path, Handler h) {
    r.post(path, safe(h));
  }

  private Session newSession(JsonNode body) {
    Session s = sessions.create();
    boolean blank = body.has("blank") && body.get("blank").asBoolean(false);
    if (initial.isPresent() && !blank) {
      load(s, initial.get());
    }
    return s;
  }

  private Session.Snapshot setWorld(Session s, WorldJson.Edit e) {
    try {
      return s.setWorld(e.name(), e.setup());
    } catch (IllegalArgumentException x) {
      throw ApiError.badRequest(x.getMessage());
    }
  }

  private Session.Snapshot load(Session s, Scenario sc) {
    try {
      return s.replace(
          sc.name().length() > WorldJson.MAX_NAME
              ? sc.name().substring(0, WorldJson.MAX_NAME)
              : sc.name(),
          sc.description(),
          sc.setup(),
          sc.actions(),
          limits.maxSteps());
    } catch (IllegalArgumentException x) {
      throw ApiError.badRequest(x.getMessage());
    }
  }

  private static String fileName(String name) {
    String base = name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    return (base.isEmpty() ? "playground" : base) + ".yaml";
  }

  private Session session(Context ctx) {
    return sessions.require(ctx.pathParam("id"));
  }

  /** The request body as a JSON object; {@code {}} when empty; a 400 when it is not JSON. */
  private static JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      throw ApiError.badRequest(
          "the body is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
              + ": "
              + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    return n;
  }
}
