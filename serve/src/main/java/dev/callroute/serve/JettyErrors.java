package dev.callroute.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, for requests that never reach Javalin (a malformed request line, headers too
 * large): JSON with a message and the same security headers as every other answer, instead of
 * Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    secure(headers);
    response.setStatus(code);
    response.write(true, body(code, message), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    secure(fields);
    return body(status, reason);
  }

  private static void secure(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", Guard.CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
  }

  private static ByteBuffer body(int code, String message) {
    String text =
        JsonNodeFactory.instance
            .objectNode()
            .put("error", "HTTP " + code + (message == null ? "" : ": " + message))
            .toString();
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
