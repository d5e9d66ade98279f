package dev.callroute.doctor;

/**
 * How the text report is laid out.
 *
 * @param width the line width to wrap at, at least 40
 * @param unicode whether ✓ and ✗ can be shown; otherwise the words {@code ok} and {@code no}
 * @param summaryOnly whether to print only the branches grouped by cause and the closing summary
 */
public record TextOptions(int width, boolean unicode, boolean summaryOnly) {
  /** 100 columns, with ✓ and ✗, the whole report. */
  public static final TextOptions DEFAULT = new TextOptions(100, true, false);

  public TextOptions {
    if (width < 40) {
      throw new IllegalArgumentException("width must be at least 40, not " + width);
    }
  }

  /** The mark of a verified fix. */
  String verified() {
    return unicode ? "✓" : "ok";
  }

  /** The mark of a fix that fails. */
  String failed() {
    return unicode ? "✗" : "no";
  }
}
