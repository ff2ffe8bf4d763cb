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
 * COW major powers ({@code cow_majors.csv}, spells to 2016-12-31): indicator {@code major_power},
 * value 1 in every year a spell touches, compacted to starts and ends (see {@link Spells}). COW
 * codes Russia as continuing the USSR's status under ccode 365; through the registry the USSR's
 * series stops in 1991 and Russia's starts in 1992.
 */
public final class MajorPowerImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "cow_majors.csv";
  private static final DatasetVintage V = CowVintages.MAJORS;

  /** An importer of the file in the sources directory. */
  public MajorPowerImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Spells spells = new Spells(Spells.Combine.MAX);
    int lastYear = CowImporters.FIRST_YEAR;
    try (CsvFile f = open(sources, FILE)) {
      int ccodeCol = f.column("ccode");
      int stCol = f.column("styear");
      int stMonth = f.column("stmonth");
      int endCol = f.column("endyear");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int start = r.year(stCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        int end = r.year(endCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        if (end < start) {
          throw r.error(endCol, "is before the start year " + start, "correct the spell");
        }
        lastYear = Math.max(lastYear, end);
        if (end < CowImporters.FIRST_YEAR) {
          skip(skipped, "spells ended before " + CowImporters.FIRST_YEAR);
          continue;
        }
        for (int y = Math.max(start, CowImporters.FIRST_YEAR); y <= end; y++) {
          Optional<String> resolved = codes.resolveNear(r, ccodeCol, y);
          if (resolved.isEmpty()) {
            skip(skipped, "spell-" + CowImporters.OUTSIDE_YEARS);
            continue;
          }
          String iso = resolved.get();
          String note =
              y == CowImporters.FIRST_YEAR && start < y
                  ? "major power since "
                      + start
                      + "-"
                      + String.format("%02d", r.integer(stMonth))
                      + " (panel starts in "
                      + y
                      + ")"
                  : "";
          spells.put(
              iso, "major_power", "", y, new Spells.Cell(1, "styear-endyear", r.text(), note));
        }
      }
    }
    return new ImportReport(dataset(), spells.compact(V, lastYear, true, codes), skipped);
  }
}
