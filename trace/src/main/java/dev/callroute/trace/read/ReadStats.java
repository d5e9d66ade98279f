package dev.callroute.trace.read;

/**
 * What reading a log found, by line.
 *
 * @param lines every line read, blank ones included
 * @param observations observations given (notes included)
 * @param skipped non-blank lines that match no shape of the format page, or were cut at {@link
 *     LineReader#MAX_LINE}, or belong to a route description that was cut off
 * @param otherProcesses lines of an app shape written by a process other than the app's
 */
public record ReadStats(long lines, long observations, long skipped, long otherProcesses) {
  /** The sum of two counts, for several files. */
  public ReadStats plus(ReadStats o) {
    return new ReadStats(
        lines + o.lines,
        observations + o.observations,
        skipped + o.skipped,
        otherProcesses + o.otherProcesses);
  }

  /** No lines. */
  public static final ReadStats ZERO = new ReadStats(0, 0, 0, 0);
}
