package org.borderland.data.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.BorderRemeasurements;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelValidation;
import org.borderland.core.panel.ShareRedefinitions;
import org.borderland.core.panel.ValidationReport;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.borderland.data.importer.Importer;

/** Runs the importers over a sources directory and checks the result. Writes nothing. */
public final class PanelBuild {
  /** Importer warnings printed per dataset; the rest are counted. */
  static final int MAX_WARNINGS = 20;

  private PanelBuild() {}

  /**
   * What a build produced.
   *
   * @param rows every observation, re-measurements and share redefinitions marked
   * @param rowsByDataset row counts per dataset
   * @param report the validation report
   */
  public record Result(
      List<Observation> rows, Map<String, Integer> rowsByDataset, ValidationReport report) {
    /** Copies. */
    public Result {
      rows = List.copyOf(rows);
      rowsByDataset = java.util.Collections.unmodifiableMap(new TreeMap<>(rowsByDataset));
    }
  }

  /**
   * Runs every importer and validates the rows.
   *
   * @param sources the {@code shared/data} directory
   * @param importers the importers, in order
   * @param registry the country registry
   * @param progress receives one line per importer started and finished
   * @throws ImportException when a raw file cannot be read, naming it
   */
  public static Result run(
      Path sources, List<Importer> importers, CountryRegistry registry, Consumer<String> progress)
      throws ImportException {
    if (!Files.isDirectory(sources)) {
      throw new ImportException(
          "sources",
          sources,
          0,
          "is not a directory; pass the shared data directory, e.g. --sources ../shared/data");
    }
    List<Observation> rows = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Importer importer : importers) {
      long t0 = System.nanoTime();
      progress.accept("reading " + importer.dataset() + " " + importer.inputs());
      ImportReport report = importer.report(sources, registry);
      List<Observation> got = report.observations();
      rows.addAll(got);
      report
          .skipped()
          .forEach((why, n) -> progress.accept(String.format("  skipped %,d: %s", n, why)));
      List<String> warnings = importer.warnings();
      for (int i = 0; i < Math.min(MAX_WARNINGS, warnings.size()); i++) {
        progress.accept("  warning: " + warnings.get(i));
      }
      if (warnings.size() > MAX_WARNINGS) {
        progress.accept("  … and " + (warnings.size() - MAX_WARNINGS) + " more warnings");
      }
      for (Observation o : got) {
        counts.merge(o.source().dataset(), 1, Integer::sum);
      }
      progress.accept(
          String.format(
              "%s: %,d rows in %.1f s",
              importer.dataset(), got.size(), (System.nanoTime() - t0) / 1e9));
    }
    List<Observation> marked = ShareRedefinitions.mark(BorderRemeasurements.mark(rows));
    ValidationReport report = PanelValidation.validate(marked, registry, Year.now().getValue());
    return new Result(marked, counts, report);
  }
}
