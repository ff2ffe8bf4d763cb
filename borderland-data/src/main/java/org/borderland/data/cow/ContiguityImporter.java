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
 * COW Direct Contiguity 3.2 ({@code cow_contdir.csv}, directed, with start and end dates):
 * indicator {@code contiguity}, key = the other state's ISO3, value = the COW type (1 land or
 * river, 2–5 separated by at most 12, 24, 150 or 400 miles of water).
 *
 * <p>A spell holds in every year it touches (a spell ending 1991-12 holds in 1991). When two spells
 * of a pair overlap in a year the closer type (the smaller number) wins. peacesciencer marks
 * periods of no contiguity with type 0; these are not contiguity and are skipped. Rows are
 * compacted to spell starts and changes, with an "ended" row (value 0) in the first year a spell no
 * longer holds (see {@link Spells}); the file ends in 2016, so spells reaching 2016 did not end.
 */
public final class ContiguityImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "cow_contdir.csv";
  private static final DatasetVintage V = CowVintages.CONTIGUITY;

  /** An importer of the file in the sources directory. */
  public ContiguityImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Spells spells = new Spells(Spells.Combine.MIN);
    int lastYear = CowImporters.FIRST_YEAR;
    try (CsvFile f = open(sources, FILE)) {
      int c1 = f.column("ccode1");
      int c2 = f.column("ccode2");
      int typeCol = f.column("conttype");
      int stCol = f.column("stdate");
      int endCol = f.column("enddate");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int type = r.integer(typeCol);
        if (type < 0 || type > 5) {
          throw r.error(typeCol, "is not a contiguity type", "COW types are 1–5 (0 = none)");
        }
        int start = dateYear(r, stCol);
        int end = dateYear(r, endCol);
        if (end < start) {
          throw r.error(endCol, "is before the start date " + r.get(stCol), "correct the spell");
        }
        lastYear = Math.max(lastYear, end);
        if (type == 0) {
          skip(skipped, "spells of type 0 (no contiguity)");
          continue;
        }
        if (end < CowImporters.FIRST_YEAR) {
          skip(skipped, "spells ended before " + CowImporters.FIRST_YEAR);
          continue;
        }
        for (int y = Math.max(start, CowImporters.FIRST_YEAR); y <= end; y++) {
          Optional<String> oa = codes.resolveNear(r, c1, y);
          Optional<String> ob = codes.resolveNear(r, c2, y);
          if (oa.isEmpty() || ob.isEmpty()) {
            skip(skipped, "spell-" + CowImporters.OUTSIDE_YEARS);
            continue;
          }
          String a = oa.get();
          String b = ob.get();
          if (a.equals(b)) {
            skip(skipped, "pair-years where both codes map to one country");
            continue;
          }
          String note =
              y == CowImporters.FIRST_YEAR && start < y
                  ? "in force since "
                      + r.get(stCol).substring(0, 7)
                      + " (panel starts in "
                      + y
                      + ")"
                  : "";
          spells.put(a, "contiguity", b, y, new Spells.Cell(type, "conttype", r.text(), note));
        }
      }
    }
    return new ImportReport(dataset(), spells.compact(V, lastYear, true, codes), skipped);
  }

  /** The year of a {@code YYYY-MM-DD} date cell. */
  static int dateYear(CsvRecord r, int col) throws ImportException {
    String s = r.get(col);
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw r.error(col, "is not a date YYYY-MM-DD", "correct the spell's date");
    }
    int y = Integer.parseInt(s.substring(0, 4));
    if (y < CowImporters.MIN_YEAR || y > CowImporters.MAX_YEAR) {
      throw r.error(
          col,
          "is out of range " + CowImporters.MIN_YEAR + "–" + CowImporters.MAX_YEAR,
          "a year outside the dataset's span means a corrupt row");
    }
    return y;
  }
}
