package org.borderland.data.cow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Ethnic and religious fractionalisation from CREG ({@code creg.csv}, state-years to 2013):
 * indicators {@code ethnic_fractionalisation} = {@code ethfrac} and {@code
 * religious_fractionalisation} = {@code relfrac}, both the probability that two people drawn at
 * random belong to different groups (0–1). The polarisation columns are not used.
 *
 * <p>The file repeats some COW codes in one year with two CREG codes: ccode 365 with CREG 365 (the
 * USSR) and CREG 393 (Russia), ccode 345 with CREG 345 (Yugoslavia) and CREG 340 (Serbia and its
 * predecessors). Up to 1991 the predecessor's row (CREG code equal to the COW code) is used, from
 * 1992 the successor's, matching the registry's split of COW 365 and the break-up of Yugoslavia in
 * 1992. Any other repeat is an error.
 */
public final class CregImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "creg.csv";
  private static final DatasetVintage V = CowVintages.CREG;
  private static final int FIRST_SUCCESSOR_YEAR = 1992;

  /** COW code → the CREG code of its successor state, where CREG splits one COW code in two. */
  private static final Map<Integer, Integer> SUCCESSOR_CREG = Map.of(365, 393, 345, 340);

  /** An importer of the file in the sources directory. */
  public CregImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Map<Long, List<CsvRecord>> byStateYear = new LinkedHashMap<>();
    int ccodeCol;
    int cregCol;
    int yearCol;
    int ethCol;
    int relCol;
    try (CsvFile f = open(sources, FILE)) {
      ccodeCol = f.column("ccode");
      cregCol = f.column("creg_ccode");
      yearCol = f.column("year");
      ethCol = f.column("ethfrac");
      relCol = f.column("relfrac");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        if (year < CowImporters.FIRST_YEAR) {
          skip(skipped, "state-years before " + CowImporters.FIRST_YEAR);
          continue;
        }
        long k = ((long) r.integer(ccodeCol) << 32) | year;
        byStateYear.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
      }
    }
    CowStateYears rows = new CowStateYears();
    for (List<CsvRecord> candidates : byStateYear.values()) {
      CsvRecord r = pick(candidates, ccodeCol, cregCol, yearCol);
      if (candidates.size() > 1) {
        skip(skipped, "repeated state-years (other CREG code's row)");
      }
      int year = r.integer(yearCol);
      Double eth = share(r, ethCol);
      Double rel = share(r, relCol);
      if (eth == null && rel == null) {
        skip(skipped, "state-years with neither ethfrac nor relfrac");
        continue;
      }
      Optional<String> resolved = codes.resolveNear(r, ccodeCol, year);
      if (resolved.isEmpty()) {
        skip(skipped, CowImporters.OUTSIDE_YEARS);
        continue;
      }
      String iso = resolved.get();
      int ccode = r.integer(ccodeCol);
      if (eth != null) {
        rows.add(
            ccode, V.row(iso, "ethnic_fractionalisation", "", eth, year, "ethfrac", r.text(), ""));
      } else {
        skip(skipped, "missing ethfrac");
      }
      if (rel != null) {
        rows.add(
            ccode,
            V.row(iso, "religious_fractionalisation", "", rel, year, "relfrac", r.text(), ""));
      } else {
        skip(skipped, "missing relfrac");
      }
    }
    return new ImportReport(dataset(), rows.settle(codes, skipped, "state-years"), skipped);
  }

  private static CsvRecord pick(List<CsvRecord> candidates, int ccodeCol, int cregCol, int yearCol)
      throws ImportException {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    CsvRecord first = candidates.get(0);
    int ccode = first.integer(ccodeCol);
    int year = first.integer(yearCol);
    Integer successor = SUCCESSOR_CREG.get(ccode);
    if (successor == null || candidates.size() != 2) {
      throw first.error(
          "ccode "
              + ccode
              + " has "
              + candidates.size()
              + " rows in "
              + year
              + " and no rule says which to use; extend CregImporter.SUCCESSOR_CREG");
    }
    int wanted = year >= FIRST_SUCCESSOR_YEAR ? successor : ccode;
    for (CsvRecord r : candidates) {
      if (r.integer(cregCol) == wanted) {
        return r;
      }
    }
    throw first.error(
        "ccode " + ccode + " in " + year + " has no row with CREG code " + wanted + " to use");
  }

  private static Double share(CsvRecord r, int col) throws ImportException {
    Double v = r.number(col);
    if (v != null && (v < 0 || v > 1)) {
      throw r.error(col, "is outside 0–1", "fractionalisation is a probability");
    }
    return v;
  }
}
