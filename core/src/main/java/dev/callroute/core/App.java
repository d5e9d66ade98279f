package dev.callroute.core;

import java.util.Objects;

/**
 * The calling app under study.
 *
 * @param callKit whether the app reports its calls through CallKit, which makes them system calls
 * @param role whether the app sends and receives audio, or only receives it
 * @param mode the session mode of a sender
 * @param defaultToSpeaker whether the session's built-in default output is the loudspeaker
 */
public record App(boolean callKit, Role role, SessionMode mode, boolean defaultToSpeaker) {
  /** The defaults of the scenario format: no CallKit, a voiceChat sender, the earpiece. */
  public static final App DEFAULT = new App(false, Role.SENDER, SessionMode.VOICE_CHAT, false);

  public App {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(mode, "mode");
    if (callKit && !canUseCallKit(role)) {
      throw new IllegalArgumentException(
          "callKit: true with role: receiver is invalid: only a sender can use CallKit");
    }
  }

  /** Whether an app with this role may report its calls through CallKit: only a sender can. */
  public static boolean canUseCallKit(Role role) {
    return role == Role.SENDER;
  }

  /** Whether the session's built-in default output is the loudspeaker rather than the earpiece. */
  public boolean prefersSpeaker() {
    return defaultToSpeaker || mode == SessionMode.VIDEO_CHAT;
  }

  /** Whether the app only receives audio. */
  public boolean isReceiver() {
    return role == Role.RECEIVER;
  }
}
