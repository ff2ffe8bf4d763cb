package org.borderland.data.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;

/**
 * An importer of one release of a dataset published as CSV files, counting what it leaves out. A
 * subclass names its release ({@link DatasetVintage}) and files, and implements {@link #report};
 * {@link #read} returns the report's observations.
 */
public abstract class CsvImporter implements Importer {
  private final DatasetVintage vintage;
  private final List<String> inputs;

  /**
   * An importer of one release.
   *
   * @param vintage the release every row comes from; its dataset id is this importer's
   * @param inputs the files read, relative to the sources directory
   */
  protected CsvImporter(DatasetVintage vintage, String... inputs) {
    this.vintage = Objects.requireNonNull(vintage, "vintage");
    this.inputs = List.of(inputs);
  }

  /** The release every row comes from. */
  protected final DatasetVintage vintage() {
    return vintage;
  }

  @Override
  public final String dataset() {
    return vintage.dataset();
  }

  @Override
  public final List<String> inputs() {
    return inputs;
  }

  @Override
  public final List<Observation> read(Path sources, CountryRegistry registry)
      throws ImportException {
    return report(sources, registry).observations();
  }

  /** Reads the files and says what was left out. */
  @Override
  public abstract ImportReport report(Path sources, CountryRegistry registry)
      throws ImportException;

  /**
   * Opens one of the dataset's files under the sources directory and reads its header.
   *
   * @throws ImportException when the file is missing, unreadable or empty
   */
  protected final CsvFile open(Path sources, String file) throws ImportException {
    return CsvFile.open(dataset(), sources.resolve(file));
  }

  /** Counts one input row left out, by reason. */
  protected static void skip(Map<String, Integer> skipped, String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }
}
