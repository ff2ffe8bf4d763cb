package org.borderland.data.curated;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.Importer;

/**
 * The curated census figures as an importer, so the panel build carries them with their citations.
 * Reads the project's own {@code curated/} files, not the shared data.
 */
public final class CuratedImporter implements Importer {
  private final Path dir;

  /** An importer of {@code dir/facts.yaml} and {@code dir/researched.yaml}. */
  public CuratedImporter(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  @Override
  public String dataset() {
    return CuratedFacts.DATASET;
  }

  @Override
  public List<String> inputs() {
    return List.of(dir.resolve("facts.yaml").toString(), dir.resolve("researched.yaml").toString());
  }

  @Override
  public List<Observation> read(Path sources, CountryRegistry registry) throws ImportException {
    try {
      return CuratedFacts.load(dir.resolve("facts.yaml"), dir.resolve("researched.yaml"), registry)
          .observations();
    } catch (CuratedFactsException e) {
      throw new ImportException(dataset(), dir.resolve("facts.yaml"), 0, e.getMessage(), e);
    }
  }
}
