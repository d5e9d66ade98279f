package dev.callroute.scenario;

/**
 * The bounds on what one input may hold. Each is far above any real scenario, and each keeps the
 * time, memory and output of one file small whatever its shape. docs/scenario-format.md lists them
 * under "Limits"; a file past one is invalid, with a message that names the limit, at the position
 * where the limit was passed.
 */
public final class Limits {
  private Limits() {}

  /** The most bytes a file (or standard input) may hold: 3 MiB, checked before it is read. */
  public static final int MAX_FILE_BYTES = 3 * 1024 * 1024;

  /** The most Unicode code points in the text of a file: 3 Mi, as many as the bytes allow. */
  public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;

  /** The deepest nesting of lists and maps inside each other (a scenario needs about 5). */
  public static final int MAX_DEPTH = 100;

  /** The most aliases ({@code *name}) in one file. */
  public static final int MAX_ALIASES = 50;

  /** The most characters of an id, a word or a key. */
  public static final int MAX_WORD_LENGTH = 64;

  /** The most characters of a name (of the scenario, or of an accessory). */
  public static final int MAX_NAME_LENGTH = 200;

  /** The most characters of the scenario's description. */
  public static final int MAX_DESCRIPTION_LENGTH = 5000;

  /** The most entries (steps and expects) in the {@code steps} list. */
  public static final int MAX_STEPS = 10_000;

  /** The most problems reported for one file; a last line says how many more there are. */
  public static final int MAX_PROBLEMS = 100;

  /** The number with thousands separators, as messages write it: {@code 3,145,728}. */
  public static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
