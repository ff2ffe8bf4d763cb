package org.borderland.data.cow;

import java.util.List;
import org.borderland.data.importer.Importer;

/** Every Correlates of War importer, and what they share. */
public final class CowImporters {
  /** The panel's first year: rows describing earlier years are left out. */
  public static final int FIRST_YEAR = 1990;

  /** Years outside this range in a COW file mean a corrupt row. */
  static final int MIN_YEAR = 1800;

  static final int MAX_YEAR = 2100;

  /** Skip reason for rows whose COW code the registry maps to a country only in nearby years. */
  public static final String OUTSIDE_YEARS =
      "rows for a COW code in a year outside the registry's years for it";

  /** Folder under the sources directory that holds the peacesciencer CSV files. */
  static final String FOLDER = "cow-peacesciencer/";

  private CowImporters() {}

  /** One instance of each importer, in a stable order. */
  public static List<Importer> all() {
    return List.of(
        new NmcImporter(),
        new ContiguityImporter(),
        new AtopImporter(),
        new CowAllianceImporter(),
        new MidImporter(),
        new TerritorialThreatImporter(),
        new CregImporter(),
        new MinDistanceImporter(),
        new MajorPowerImporter());
  }
}
