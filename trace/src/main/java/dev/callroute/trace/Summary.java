package dev.callroute.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of an explained trace, and what it tells of the facts the log does not state.
 *
 * @param observations the observations checked (notes not counted)
 * @param explained those the model explains
 * @param deviations those no explanation reaches
 * @param outside those outside the model
 * @param facts each open fact and the values still possible, in a fixed order: one value means the
 *     trace pins it down
 */
public record Summary(
    long observations,
    long explained,
    long deviations,
    long outside,
    Map<String, List<String>> facts) {
  public Summary {
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }

  /**
   * The last line of the text output: {@code N observations, E explained, D deviations, U outside
   * the model}.
   */
  public String line() {
    return observations
        + " observations, "
        + explained
        + " explained, "
        + deviations
        + " deviations, "
        + outside
        + " outside the model";
  }
}
