package dev.callroute.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small client for the tests: real HTTP to a server on an ephemeral loopback port. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A response: status, headers, body text. */
  record Reply(int status, HttpResponse<String> raw) {
    String body() {
      return raw.body();
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + raw.body(), e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  Reply post(String path, String json) {
    return post(path, "application/json", json);
  }

  Reply post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A new session's JSON. */
  JsonNode newSession() {
    Reply r = post("/api/sessions", "{}");
    if (r.status() != 201) {
      throw new AssertionError(r.status() + " " + r.body());
    }
    return r.json();
  }

  /** Plays one step given as JSON; returns the session. */
  JsonNode step(String id, String stepJson) {
    Reply r = post("/api/sessions/" + id + "/steps", "{\"step\": " + stepJson + "}");
    if (r.status() != 200) {
      throw new AssertionError(r.status() + " " + r.body());
    }
    return r.json();
  }

  /** The raw response head and body to a hand-written request (for headers a client won't set). */
  static String raw(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Sends a request head and body over a raw socket and returns the response, tolerating a server
   * that answers early (say 413) and stops reading: a write that fails because the server closed
   * its side is ignored, and the response it sent is read anyway.
   */
  static String rawEarlyAnswer(int port, String head, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(head.getBytes(StandardCharsets.UTF_8));
        for (int at = 0; at < body.length; at += 8192) {
          out.write(body, at, Math.min(8192, body.length - at));
        }
        out.flush();
      } catch (IOException serverStoppedReading) {
        // The server may answer and close before the whole body is sent; its answer is read below.
      }
      InputStream in = s.getInputStream();
      java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) >= 0; ) {
          got.write(buf, 0, n);
        }
      } catch (java.net.SocketException resetAfterTheAnswer) {
        if (got.size() == 0) {
          throw resetAfterTheAnswer;
        }
      }
      return got.toString(StandardCharsets.UTF_8);
    }
  }
}
