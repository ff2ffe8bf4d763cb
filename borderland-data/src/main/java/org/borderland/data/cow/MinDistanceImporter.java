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
 * Minimum distance between states' borders, km ({@code cow_mindist.csv.gz}: CShapes 2.0 distances
 * computed by peacesciencer, one row per unordered pair and year, to 2019): indicator {@code
 * min_distance_km}, key = the other state's ISO3, written for both states of a pair.
 *
 * <p>Compaction, measured on the real file: it has 534,095 pair-years from 1990 over 19,725 pairs,
 * with 21,231 values that differ from the year before; written both ways, keeping every change
 * would give about 42,000 rows. Keeping only pairs that come within {@link #DEFAULT_MAX_KM} km of
 * each other in some year from 1990, with a row only where the distance changes, gives 6,838 rows
 * and keeps every Central Asian, Caucasian and East European state's distance to Russia; 1,000 km
 * would give about 3,400 rows but drop Russia–Tajikistan (1,272 km). No "ended" rows: 0 km is a
 * distance, and a pair stops only when a state does.
 */
public final class MinDistanceImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "cow_mindist.csv.gz";

  /** Pairs never closer than this (km) from 1990 on are left out. */
  public static final double DEFAULT_MAX_KM = 2000;

  private static final DatasetVintage V = CowVintages.MIN_DISTANCE;
  private final double maxKm;

  /** Keeps pairs within {@link #DEFAULT_MAX_KM}. */
  public MinDistanceImporter() {
    this(DEFAULT_MAX_KM);
  }

  /** Keeps pairs that come within {@code maxKm} km of each other in some year from 1990. */
  public MinDistanceImporter(double maxKm) {
    super(V, FILE);
    if (!(maxKm >= 0)) {
      throw new IllegalArgumentException("maximum distance must be ≥ 0 km, was " + maxKm);
    }
    this.maxKm = maxKm;
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Spells spells = new Spells(Spells.Combine.MIN);
    try (CsvFile f = open(sources, FILE)) {
      int c1 = f.column("ccode1");
      int c2 = f.column("ccode2");
      int yearCol = f.column("year");
      int distCol = f.column("mindist");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        if (year < CowImporters.FIRST_YEAR) {
          skip(skipped, "pair-years before " + CowImporters.FIRST_YEAR);
          continue;
        }
        Double km = r.number(distCol);
        if (km == null) {
          skip(skipped, "missing mindist");
          continue;
        }
        if (km < 0) {
          throw r.error(distCol, "is negative", "a distance is ≥ 0 km");
        }
        Optional<String> oa = codes.resolveNear(r, c1, year);
        Optional<String> ob = codes.resolveNear(r, c2, year);
        if (oa.isEmpty() || ob.isEmpty()) {
          skip(skipped, CowImporters.OUTSIDE_YEARS);
          continue;
        }
        String a = oa.get();
        String b = ob.get();
        if (a.equals(b)) {
          skip(skipped, "pair-years where both codes map to one country");
          continue;
        }
        Spells.Cell cell = new Spells.Cell(km, "mindist", r.text(), "");
        spells.put(a, "min_distance_km", b, year, cell);
        spells.put(b, "min_distance_km", a, year, cell);
      }
    }
    int far = spells.dropSeriesAbove(maxKm);
    if (far > 0) {
      skipped.put("directed pairs never within " + (long) maxKm + " km (left out)", far);
    }
    return new ImportReport(
        V.dataset(), spells.compact(V, Integer.MAX_VALUE, false, codes), skipped);
  }
}
