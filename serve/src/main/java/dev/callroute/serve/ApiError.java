package dev.callroute.serve;

import java.util.List;

/**
 * A request the API refuses, with the HTTP status and a message a person can act on. Thrown by
 * handlers and checks; rendered as {@code {"error": message}} (and {@code problems} when a scenario
 * was invalid), never with a stack trace.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient List<String> problems;

  ApiError(int status, String message) {
    this(status, message, List.of());
  }

  ApiError(int status, String message, List<String> problems) {
    super(message, null, false, false);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  /** 400: the request is malformed or its content is invalid. */
  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The scenario problems, {@code file:line:column: message}; empty for other errors. */
  List<String> problems() {
    return problems;
  }
}
