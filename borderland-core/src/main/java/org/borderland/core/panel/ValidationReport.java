package org.borderland.core.panel;

import java.util.List;

/**
 * What {@link PanelValidation} found: errors (the panel must not be used), warnings (worth a look)
 * and the coverage of the panel.
 *
 * @param errors problems that make the panel wrong, each naming the row and the fix
 * @param warnings inconsistencies between sources or within one, listed for a reader
 * @param coverage per indicator and edition, the share of states that have a value
 * @param errorCount how many errors there are (the list shows at most a few hundred of each kind)
 * @param warningCount how many warnings there are
 */
public record ValidationReport(
    List<String> errors,
    List<String> warnings,
    List<Coverage> coverage,
    int errorCount,
    int warningCount) {
  /** Copies the lists. */
  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    coverage = List.copyOf(coverage);
  }

  /** Whether there are no errors. */
  public boolean ok() {
    return errorCount == 0 && errors.isEmpty();
  }

  /**
   * Coverage of one indicator in one dataset edition.
   *
   * @param dataset the dataset id
   * @param indicator the indicator id
   * @param edition the edition (Factbook) or reference year (single-release datasets)
   * @param present states with a value
   * @param states states that existed in that year
   */
  public record Coverage(String dataset, String indicator, int edition, int present, int states) {
    /** Percentage present, 0–100. */
    public double percent() {
      return states == 0 ? 0 : 100.0 * present / states;
    }
  }
}
