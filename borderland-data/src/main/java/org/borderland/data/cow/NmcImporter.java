package org.borderland.data.cow;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * COW National Material Capabilities 7.0 ({@code cow_nmc.csv}): the six capability components and
 * CINC per state-year.
 *
 * <p>Units: NMC gives military expenditure in thousands of current US dollars (from 1914),
 * personnel, population and urban population in thousands, iron and steel in thousands of tons and
 * energy in thousands of coal-ton equivalents; each is multiplied by 1,000 exactly (decimal
 * arithmetic). CINC is a share of the system's capabilities, kept as is. A missing component (an
 * empty cell, or NMC's -9) yields no row; the row's source text shows the gap.
 *
 * <p>When a state's total population changes by more than 40% from one year to the next, every row
 * of that state-year carries a note: the coverage probably changed (ccode 365's 1991 figures look
 * like Russia's alone although the registry, following COW's state dates, attributes 1991 to the
 * USSR).
 */
public final class NmcImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "cow_nmc.csv";
  private static final DatasetVintage V = CowVintages.NMC;
  private static final double BREAK_RATIO = 0.6;

  private record Component(String column, String indicator, boolean thousands) {}

  private static final List<Component> COMPONENTS =
      List.of(
          new Component("milex", Indicators.MILEX_USD, true),
          new Component("milper", Indicators.MIL_PERSONNEL, true),
          new Component("tpop", Indicators.POPULATION, true),
          new Component("upop", "urban_population", true),
          new Component("irst", "iron_steel_tons", true),
          new Component("pec", "energy_consumption", true),
          new Component("cinc", Indicators.CINC, false));

  /** An importer of the file in the sources directory. */
  public NmcImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    List<CsvRecord> kept = new ArrayList<>();
    Map<Long, BigDecimal> tpop = new HashMap<>();
    int[] cols;
    int ccodeCol;
    int yearCol;
    int tpopCol;
    try (CsvFile f = open(sources, FILE)) {
      ccodeCol = f.column("ccode");
      yearCol = f.column("year");
      tpopCol = f.column("tpop");
      cols = f.columns(COMPONENTS.stream().map(Component::column).toList());
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        int ccode = r.integer(ccodeCol);
        BigDecimal pop = r.decimal(tpopCol);
        if (pop != null && pop.signum() > 0) {
          tpop.put(key(ccode, year), pop);
        }
        if (year < CowImporters.FIRST_YEAR) {
          skip(skipped, "state-years before " + CowImporters.FIRST_YEAR);
          continue;
        }
        kept.add(r);
      }
    }
    CowStateYears rows = new CowStateYears();
    for (CsvRecord r : kept) {
      int year = r.integer(yearCol);
      int ccode = r.integer(ccodeCol);
      Optional<String> resolved = codes.resolveNear(r, ccodeCol, year);
      if (resolved.isEmpty()) {
        skip(skipped, CowImporters.OUTSIDE_YEARS);
        continue;
      }
      String iso = resolved.get();
      String note =
          breakNote(tpop.get(key(ccode, year - 1)), tpop.get(key(ccode, year)), ccode, year);
      for (int i = 0; i < cols.length; i++) {
        Component c = COMPONENTS.get(i);
        BigDecimal raw = r.decimal(cols[i]);
        if (raw == null || raw.compareTo(BigDecimal.valueOf(-9)) == 0) {
          skip(skipped, "missing component (empty or -9)");
          continue;
        }
        if (raw.signum() < 0) {
          throw r.error(cols[i], "is negative", "NMC components are counts or amounts ≥ 0");
        }
        if (!c.thousands() && raw.compareTo(BigDecimal.ONE) > 0) {
          throw r.error(cols[i], "is above 1", "CINC is a share of the system's capabilities");
        }
        BigDecimal value = c.thousands() ? raw.scaleByPowerOfTen(3) : raw;
        rows.add(
            ccode,
            V.row(iso, c.indicator(), "", value.doubleValue(), year, c.column(), r.text(), note));
      }
    }
    return new ImportReport(dataset(), rows.settle(codes, skipped, "state-years"), skipped);
  }

  private static long key(int ccode, int year) {
    return ((long) ccode << 32) | year;
  }

  private static String breakNote(BigDecimal before, BigDecimal now, int ccode, int year) {
    if (before == null || now == null) {
      return "";
    }
    double ratio = now.doubleValue() / before.doubleValue();
    if (ratio >= BREAK_RATIO && ratio <= 1 / BREAK_RATIO) {
      return "";
    }
    return "NMC's total population for ccode "
        + ccode
        + " goes from "
        + before.toPlainString()
        + " thousand in "
        + (year - 1)
        + " to "
        + now.toPlainString()
        + " thousand in "
        + year
        + ": the territory or coverage probably changed; do not read a trend across it";
  }
}
