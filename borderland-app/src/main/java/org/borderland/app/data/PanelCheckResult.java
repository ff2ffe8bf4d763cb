package org.borderland.app.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The panel's check: errors, warnings and coverage.
 *
 * @param rows the panel's rows
 * @param errorCount how many errors
 * @param warningCount how many warnings
 * @param errors the errors (the first ones when there are many)
 * @param warnings the warnings (the first ones when there are many)
 * @param coverage per dataset, indicator and year, how many states have a value
 * @param countries how many countries the panel covers (tables only)
 */
public record PanelCheckResult(
    int rows,
    int errorCount,
    int warningCount,
    List<String> errors,
    List<String> warnings,
    List<Coverage> coverage,
    @JsonIgnore int countries) {
  /** Copies the lists. */
  public PanelCheckResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    coverage = List.copyOf(coverage);
  }

  /** Whether there are no errors. */
  public boolean ok() {
    return errorCount == 0 && errors.isEmpty();
  }

  /**
   * The coverage of one dataset's indicator in one edition or year described.
   *
   * @param dataset the dataset
   * @param indicator the indicator
   * @param year the edition (Factbook) or the year described (others)
   * @param present states with a value
   * @param states states existing that year
   */
  public record Coverage(String dataset, String indicator, int year, int present, int states) {
    /** The share of states with a value, in percent. */
    public double percent() {
      return states == 0 ? 0 : 100.0 * present / states;
    }
  }
}
