package dev.callroute.trace.read;

/** Receives what a {@link LogReader} reads, in log order. */
public interface LogSink {
  /** One observation. */
  void observation(Observation observation);

  /**
   * The app's session shape, from a WebRTC {@code HandleValidRouteChange} block or a reason line
   * with {@code mode=}: the mode and whether {@code defaultToSpeaker} is set, when logged.
   */
  default void session(Source at, String mode, boolean defaultToSpeaker) {}
}
