package org.borderland.data.cow;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
 * ATOP 5.0 alliance obligations ({@code atop_alliance.csv}, directed dyad-years to 2018): one
 * indicator per obligation ({@code atop_defense}, {@code atop_offense}, {@code atop_neutrality},
 * {@code atop_nonaggression}, {@code atop_consultation}), key = the ally's ISO3, value 1 while a
 * pact with that obligation is in force. Compacted to starts and ends (see {@link Spells}); a year
 * without a row for the pair, or with the flag 0, means no such pact.
 */
public final class AtopImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "atop_alliance.csv";
  private static final DatasetVintage V = CowVintages.ATOP;
  private static final List<String> COLUMNS =
      List.of("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul");
  private static final List<String> INDICATORS =
      List.of(
          "atop_defense",
          "atop_offense",
          "atop_neutrality",
          "atop_nonaggression",
          "atop_consultation");

  /** An importer of the file in the sources directory. */
  public AtopImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Spells spells = new Spells(Spells.Combine.MAX);
    RunStarts before = new RunStarts();
    int lastYear = CowImporters.FIRST_YEAR;
    try (CsvFile f = open(sources, FILE)) {
      int c1 = f.column("ccode1");
      int c2 = f.column("ccode2");
      int yearCol = f.column("year");
      int[] cols = f.columns(COLUMNS);
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        lastYear = Math.max(lastYear, year);
        int a = r.integer(c1);
        int b = r.integer(c2);
        boolean resolved = false;
        String isoA = null;
        String isoB = null;
        for (int i = 0; i < cols.length; i++) {
          int flag = r.integer(cols[i]);
          if (flag != 0 && flag != 1) {
            throw r.error(cols[i], "is not 0 or 1", "ATOP obligations are flags");
          }
          if (flag == 0) {
            continue;
          }
          if (year < CowImporters.FIRST_YEAR) {
            before.mark(a, b, i, year);
            continue;
          }
          if (!resolved) {
            Optional<String> oa = codes.resolveNear(r, c1, year);
            Optional<String> ob = codes.resolveNear(r, c2, year);
            resolved = true;
            if (oa.isEmpty() || ob.isEmpty()) {
              skip(skipped, CowImporters.OUTSIDE_YEARS);
              break;
            }
            isoA = oa.get();
            isoB = ob.get();
          }
          if (isoA.equals(isoB)) {
            continue;
          }
          String note = year == CowImporters.FIRST_YEAR ? before.note(a, b, i, year) : "";
          spells.put(
              isoA,
              INDICATORS.get(i),
              isoB,
              year,
              new Spells.Cell(1, COLUMNS.get(i), r.text(), note));
        }
        if (year < CowImporters.FIRST_YEAR) {
          skip(skipped, "dyad-years before " + CowImporters.FIRST_YEAR);
        }
      }
    }
    return new ImportReport(dataset(), spells.compact(V, lastYear, true, codes), skipped);
  }
}
