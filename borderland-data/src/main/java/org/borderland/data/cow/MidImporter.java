package org.borderland.data.cow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * Militarized interstate disputes, MID 5.0 ({@code cow_mid_dirdisps.csv}, directed dispute
 * dyad-years to 2014), kept for backtests: indicator {@code mid_originated}, country = a Side A
 * originator, key = the Side B state's ISO3, refYear = the year the dyad's dispute began.
 *
 * <p>Definition: a row for every directed dyad-year 1990–2014 in which a dispute between the two
 * began ({@code disponset} = 1) with the country on Side A as an originator ({@code sidea1} = 1,
 * {@code orig1} = 1). The value is the highest hostility level (1 no militarized action … 5 war)
 * reached by either state in those disputes ({@code max(hostlev1, hostlev2)}); the note names the
 * disputes. Years a dispute merely continues are not rows: they are not new originations.
 */
public final class MidImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "cow_mid_dirdisps.csv";
  private static final DatasetVintage V = CowVintages.MID;
  private static final int LAST_YEAR = 2014;

  private static final class DyadYear {
    int hostility;
    String text;
    final List<String> disputes = new ArrayList<>();
  }

  /** An importer of the file in the sources directory. */
  public MidImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Map<String, DyadYear> dyads = new TreeMap<>();
    try (CsvFile f = open(sources, FILE)) {
      int disp = f.column("dispnum");
      int c1 = f.column("ccode1");
      int c2 = f.column("ccode2");
      int yearCol = f.column("year");
      int onset = f.column("disponset");
      int sideA = f.column("sidea1");
      int orig = f.column("orig1");
      int h1 = f.column("hostlev1");
      int h2 = f.column("hostlev2");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        if (year < CowImporters.FIRST_YEAR || year > LAST_YEAR) {
          skip(skipped, "dyad-years outside " + CowImporters.FIRST_YEAR + "–2014");
          continue;
        }
        if (r.integer(sideA) != 1 || r.integer(orig) != 1) {
          skip(skipped, "dyad-years whose first state is not a Side A originator");
          continue;
        }
        if (r.integer(onset) != 1) {
          skip(skipped, "dyad-years of a continuing dispute (not its onset)");
          continue;
        }
        int hostility = Math.max(hostility(r, h1), hostility(r, h2));
        Optional<String> oa = codes.resolveNear(r, c1, year);
        Optional<String> ob = codes.resolveNear(r, c2, year);
        if (oa.isEmpty() || ob.isEmpty()) {
          skip(skipped, CowImporters.OUTSIDE_YEARS);
          continue;
        }
        String a = oa.get();
        String b = ob.get();
        DyadYear d = dyads.computeIfAbsent(a + ' ' + b + ' ' + year, k -> new DyadYear());
        if (hostility > d.hostility) {
          d.hostility = hostility;
          d.text = r.text();
        }
        d.disputes.add(r.get(disp));
      }
    }
    List<Observation> out = new ArrayList<>(dyads.size());
    for (Map.Entry<String, DyadYear> e : dyads.entrySet()) {
      String[] k = e.getKey().split(" ");
      DyadYear d = e.getValue();
      String note =
          (d.disputes.size() == 1 ? "MID " : "MIDs ") + String.join(", ", d.disputes) + " began";
      out.add(
          V.row(
              k[0],
              "mid_originated",
              k[1],
              (double) d.hostility,
              Integer.parseInt(k[2]),
              "hostlev1/hostlev2",
              d.text,
              note));
    }
    return new ImportReport(dataset(), out, skipped);
  }

  private static int hostility(CsvRecord r, int col) throws ImportException {
    int h = r.integer(col);
    if (h < 1 || h > 5) {
      throw r.error(col, "is not a hostility level", "MID hostility levels are 1–5");
    }
    return h;
  }
}
