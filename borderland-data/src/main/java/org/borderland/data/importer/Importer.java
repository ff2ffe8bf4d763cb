package org.borderland.data.importer;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;

/** Reads one public dataset in place and emits observations. Importers know nothing of scoring. */
public interface Importer {
  /** The dataset id written into every row's source, e.g. {@code factbook-archive}. */
  String dataset();

  /** The files or folders under the sources directory this importer reads, for messages. */
  List<String> inputs();

  /**
   * Reads the dataset.
   *
   * @param sources the {@code shared/data} directory
   * @param registry the country registry, to map the dataset's codes and names to ISO3
   * @return every observation, in a deterministic order
   * @throws ImportException naming the file, line and what was wrong
   */
  List<Observation> read(Path sources, CountryRegistry registry) throws ImportException;

  /**
   * Reads the dataset and says what was left out and why; importers that count their skips override
   * this.
   *
   * @throws ImportException naming the file, line and what was wrong
   */
  default ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    return new ImportReport(dataset(), read(sources, registry), java.util.Map.of());
  }

  /** What the last {@link #read} noticed but did not fail on (skips, missing sections). */
  default List<String> warnings() {
    return List.of();
  }
}
