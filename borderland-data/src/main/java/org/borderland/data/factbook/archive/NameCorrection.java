package org.borderland.data.factbook.archive;

import java.util.Objects;
import org.borderland.core.country.CountryRegistry;

/**
 * An entry name in the archive's country table that must be read as another name in some editions,
 * because the table cuts it short or uses a name that meant another entity then. Applied before the
 * registry is asked, so the registry keeps one meaning per name.
 *
 * @param archiveName the name as {@code countries.csv} writes it (compared after {@link
 *     CountryRegistry#normaliseName})
 * @param fromEdition first edition the correction applies to
 * @param toEdition last edition it applies to
 * @param name the name to look up instead
 * @param reason why, with the evidence, for the report and for reviewers
 */
public record NameCorrection(
    String archiveName, int fromEdition, int toEdition, String name, String reason) {

  /** Requires every part and a non-empty edition range. */
  public NameCorrection {
    Objects.requireNonNull(archiveName, "archiveName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    if (toEdition < fromEdition) {
      throw new IllegalArgumentException(
          "Name correction for '"
              + archiveName
              + "' ends in "
              + toEdition
              + ", before it starts in "
              + fromEdition);
    }
  }

  /** Whether it applies to {@code rawName} in {@code edition}. */
  public boolean appliesTo(String rawName, int edition) {
    return edition >= fromEdition
        && edition <= toEdition
        && CountryRegistry.normaliseName(rawName)
            .equals(CountryRegistry.normaliseName(archiveName));
  }
}
