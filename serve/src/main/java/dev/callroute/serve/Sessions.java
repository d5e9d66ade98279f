package dev.callroute.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server-side sessions, by random id. At most {@code capacity} are kept: creating one more
 * evicts the least recently used, so memory stays flat however many are created. Thread-safe.
 */
final class Sessions {
  private final SecureRandom random = new SecureRandom();
  private final int capacity;
  private final Map<String, Session> byId;

  Sessions(int capacity) {
    this.capacity = capacity;
    this.byId =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > Sessions.this.capacity;
          }
        };
  }

  /** A new session with the default world, under a fresh random id (128 bits, hex). */
  synchronized Session create() {
    byte[] bytes = new byte[16];
    String id;
    do {
      random.nextBytes(bytes);
      id = HexFormat.of().formatHex(bytes);
    } while (byId.containsKey(id));
    Session s = new Session(id);
    byId.put(id, s);
    return s;
  }

  /** The session with this id, marking it used; empty when unknown or evicted. */
  synchronized Optional<Session> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The session with this id, or a 404 error. */
  Session require(String id) {
    return get(id)
        .orElseThrow(
            () ->
                new ApiError(
                    404,
                    "no session '"
                        + (id.length() > 64 ? id.substring(0, 64) + "…" : id)
                        + "': it never existed, or it was evicted (at most "
                        + capacity
                        + " sessions are kept); create a new one"));
  }

  /** How many sessions are kept now. */
  synchronized int size() {
    return byId.size();
  }
}
