package org.borderland.data.cow;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * Latent external territorial threat (Miller 2022; {@code terrthreat.csv}, state-years to 2010):
 * indicator {@code territorial_threat} = {@code lterrthreat}, the estimate the author treats as
 * primary. The {@code m_} columns, an alternative weighting by minimum distance, and the
 * uncertainty columns ({@code sd}, {@code lwr}, {@code upr}) stay in the row's source text.
 */
public final class TerritorialThreatImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "terrthreat.csv";
  private static final DatasetVintage V = CowVintages.TERRITORIAL_THREAT;

  /** An importer of the file in the sources directory. */
  public TerritorialThreatImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    CowStateYears rows = new CowStateYears();
    try (CsvFile f = open(sources, FILE)) {
      int ccodeCol = f.column("ccode");
      int yearCol = f.column("year");
      int valueCol = f.column("lterrthreat");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        if (year < CowImporters.FIRST_YEAR) {
          skip(skipped, "state-years before " + CowImporters.FIRST_YEAR);
          continue;
        }
        Double v = r.number(valueCol);
        if (v == null) {
          skip(skipped, "missing lterrthreat");
          continue;
        }
        Optional<String> resolved = codes.resolveNear(r, ccodeCol, year);
        if (resolved.isEmpty()) {
          skip(skipped, CowImporters.OUTSIDE_YEARS);
          continue;
        }
        String iso = resolved.get();
        rows.add(
            r.integer(ccodeCol),
            V.row(iso, "territorial_threat", "", v, year, "lterrthreat", r.text(), ""));
      }
    }
    return new ImportReport(dataset(), rows.settle(codes, skipped, "state-years"), skipped);
  }
}
