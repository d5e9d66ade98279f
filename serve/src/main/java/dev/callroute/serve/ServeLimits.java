package dev.callroute.serve;

/**
 * Every limit the server enforces; each is documented in {@code docs/http-api.md}.
 *
 * @param maxBodyBytes the largest request body accepted (413 past it)
 * @param maxSessions sessions kept at once; creating one more evicts the least recently used
 * @param maxSteps steps per session (409 past it)
 * @param maxExploreStates states one explore request may visit before it stops (422)
 * @param maxExploreDepth the most steps an explore request searches from the current state
 */
public record ServeLimits(
    int maxBodyBytes, int maxSessions, int maxSteps, long maxExploreStates, int maxExploreDepth) {
  /** The defaults of {@code callroute serve}. */
  public static final ServeLimits DEFAULTS = new ServeLimits(256 * 1024, 1000, 200, 200_000, 16);

  public ServeLimits {
    if (maxBodyBytes < 1024 || maxSessions < 1 || maxSteps < 1 || maxExploreStates < 1) {
      throw new IllegalArgumentException("limits must be positive (body at least 1 KB)");
    }
    if (maxExploreDepth < 1) {
      throw new IllegalArgumentException("the explore depth must be 1 or more");
    }
  }

  /** The same limits with another session cap. */
  public ServeLimits withMaxSessions(int n) {
    return new ServeLimits(maxBodyBytes, n, maxSteps, maxExploreStates, maxExploreDepth);
  }
}
