package org.borderland.data.curated;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The figure a census entry records: e.g. the Russian share of Kazakhstan's population in the 2021
 * census, as the statistical office published it.
 *
 * @param indicator canonical indicator id, e.g. {@code ethnic_share}
 * @param key the group the figure is about, e.g. {@code Russian}
 * @param value the figure
 * @param unit its unit, e.g. {@code %}
 * @param refYear the year the census describes
 * @param published when the figure was published (the first publication we can cite)
 */
public record CensusFigure(
    String indicator, String key, double value, String unit, int refYear, PartialDate published) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /** Checks the id, the key, a percentage's range and that publication follows the census. */
  public CensusFigure {
    if (indicator == null || !ID.matcher(indicator).matches()) {
      throw new IllegalArgumentException(
          "Census indicator '" + indicator + "' must be a lower_snake_case id, e.g. ethnic_share");
    }
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("Census figure " + indicator + " needs a key (the group)");
    }
    Objects.requireNonNull(unit, "unit");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Census value " + value + " is not a number");
    }
    if (unit.equals("%") && (value < 0 || value > 100)) {
      throw new IllegalArgumentException("Census share " + value + "% is outside 0–100");
    }
    Objects.requireNonNull(published, "published");
    if (published.latest().getYear() < refYear) {
      throw new IllegalArgumentException(
          "Census of "
              + refYear
              + " cannot be published in "
              + published
              + ", before it was taken");
    }
  }
}
