package org.borderland.app.data;

import java.util.List;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.panel.Indicators;

/**
 * What {@code data show} is asked.
 *
 * @param country the country's code or name
 * @param indicator an indicator id, or null for all
 * @param key a group, language, neighbour or organisation, or null for all
 * @param year the knowledge year (the value as known then), or null for every edition
 */
public record ShowRequest(String country, String indicator, String key, Integer year) {
  /**
   * Checks the indicator and the year.
   *
   * @throws BadParameter naming {@code indicator} or {@code year}
   */
  public ShowRequest {
    BadParameter.required(country, "country", "the code or name of the country to show");
    if (indicator != null && Indicators.find(indicator).isEmpty()) {
      List<String> ids = Indicators.all().stream().map(i -> i.id()).toList();
      throw new BadParameter(
          "indicator",
          indicator,
          null,
          List.of(),
          "Unknown indicator '"
              + indicator
              + "' in indicator; known ids: "
              + String.join(", ", ids),
          null);
    }
    if (year != null && (year < 1900 || year > 2100)) {
      throw new BadParameter(
          "year",
          String.valueOf(year),
          "1900-2100",
          List.of(),
          "year " + year + " is out of range; give a year such as 2022",
          null);
    }
  }

  /** Every figure of a country. */
  public static ShowRequest of(String country) {
    return new ShowRequest(country, null, null, null);
  }
}
