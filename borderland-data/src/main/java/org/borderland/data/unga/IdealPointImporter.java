package org.borderland.data.unga;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.data.cow.CowCodes;
import org.borderland.data.cow.CowImporters;
import org.borderland.data.cow.CowStateYears;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * UN General Assembly ideal points (Bailey, Strezhnev and Voeten; {@code
 * IdealpointestimatesAll_Jul2023.csv}, sessions 1–77): indicator {@code un_ideal_point} = {@code
 * IdealPointAll}, one row per country and session, refYear = the year the session opened (session s
 * opened in 1945 + s: session 45 in 1990, session 77 in 2022).
 *
 * <p>Countries are mapped by COW code ({@code ccode}) and that year through the registry. The
 * file's own {@code iso3c} column is wrong in places (345 is "YUG" through 2022–23, 365 is "RUS" in
 * Soviet years) and is ignored; where it disagrees with the registry the row's note says so.
 */
public final class IdealPointImporter extends CsvImporter {
  /** The panel's first year: sessions opening earlier are left out. */
  public static final int FIRST_YEAR = 1990;

  static final String FILE = "unga-idealpoints/IdealpointestimatesAll_Jul2023.csv";

  /**
   * The July 2023 release (its file name), as copied from msh2481/CountryStats 901e014
   * (SOURCES.md); the original is on Harvard Dataverse, hdl:1902.1/12379. Day not given: the
   * month's first.
   */
  public static final DatasetVintage VINTAGE =
      new DatasetVintage(
          "unga-idealpoints",
          "Bailey-Strezhnev-Voeten ideal points, July 2023 release (copy 901e014)",
          2023,
          LocalDate.of(2023, 7, 1),
          "release month in the file name (Jul2023); day not given");

  private static final int FIRST_SESSION_YEAR = 1945;

  /** An importer of the file in the sources directory. */
  public IdealPointImporter() {
    super(VINTAGE, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    CowStateYears rows = new CowStateYears();
    try (CsvFile f = open(sources, FILE)) {
      int ccodeCol = f.column("ccode");
      int sessionCol = f.column("session");
      int valueCol = f.column("IdealPointAll");
      int isoCol = f.column("iso3c");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int session = r.year(sessionCol, 1, 200);
        int year = FIRST_SESSION_YEAR + session;
        if (year < FIRST_YEAR) {
          skip(skipped, "sessions opening before " + FIRST_YEAR);
          continue;
        }
        Double v = r.number(valueCol);
        if (v == null) {
          skip(skipped, "rows without an ideal point");
          continue;
        }
        Optional<String> resolved = codes.resolveNear(r, ccodeCol, year);
        if (resolved.isEmpty()) {
          skip(skipped, CowImporters.OUTSIDE_YEARS);
          continue;
        }
        String iso = resolved.get();
        String own = r.get(isoCol);
        String note =
            own.isEmpty() || own.equals(iso)
                ? ""
                : "the file's own iso3c '"
                    + own
                    + "' is ignored: COW "
                    + r.get(ccodeCol)
                    + " in "
                    + year
                    + " is "
                    + iso;
        rows.add(
            r.integer(ccodeCol),
            VINTAGE.row(
                iso, Indicators.UN_IDEAL_POINT, "", v, year, "IdealPointAll", r.text(), note));
      }
    }
    return new ImportReport(dataset(), rows.settle(codes, skipped, "sessions"), skipped);
  }
}
