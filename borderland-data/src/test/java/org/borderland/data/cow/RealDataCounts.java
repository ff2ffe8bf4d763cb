package org.borderland.data.cow;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;
import org.borderland.data.importer.Importer;

/**
 * Runs importers on the real data for the integration tests: prints row counts by indicator and
 * decade, and checks what every row must satisfy.
 */
public final class RealDataCounts {
  private RealDataCounts() {}

  /**
   * Runs an importer on the real data, prints its counts ({@link #describe}) and checks its rows
   * ({@link #checkInvariants}).
   */
  public static ImportReport run(Importer importer, Path data, CountryRegistry registry)
      throws ImportException {
    long start = System.nanoTime();
    ImportReport r = importer.report(data, registry);
    System.out.print(describe(r, (System.nanoTime() - start) / 1_000_000));
    checkInvariants(r);
    return r;
  }

  /** One line per dataset and indicator: total rows, then rows per reference-year range. */
  public static String describe(ImportReport r, long millis) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format("%-17s %7d rows in %5d ms%n", r.dataset(), r.observations().size(), millis));
    TreeMap<String, int[]> byIndicator = new TreeMap<>();
    for (Observation o : r.observations()) {
      int[] c = byIndicator.computeIfAbsent(o.indicator(), k -> new int[5]);
      c[0]++;
      int y = o.refYear();
      c[y < 2000 ? 1 : y < 2010 ? 2 : y < 2020 ? 3 : 4]++;
    }
    byIndicator.forEach(
        (k, c) ->
            b.append(
                String.format(
                    "  %-28s %7d  (1990s %d, 2000s %d, 2010s %d, 2020s %d)%n",
                    k, c[0], c[1], c[2], c[3], c[4])));
    r.skipped().forEach((k, v) -> b.append(String.format("  skipped %-50s %d%n", k, v)));
    return b.toString();
  }

  /** Checks what every row of a single-release import must satisfy; returns the rows. */
  public static List<Observation> checkInvariants(ImportReport r) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Observation o : r.observations()) {
      if (!seen.add(o.country() + " " + o.indicator() + " " + o.key() + " " + o.refYear())) {
        throw new AssertionError("two rows for one country, indicator, key and year: " + o);
      }
      if (o.asKnown()) {
        throw new AssertionError("as-known row from a revised-history release: " + o);
      }
      if (o.refYear() == null || o.refYear() < 1990) {
        throw new AssertionError("row before 1990: " + o);
      }
      if (o.source().text().isBlank() || !o.source().dataset().equals(r.dataset())) {
        throw new AssertionError("row without its source: " + o);
      }
      if (Indicators.find(o.indicator()).isEmpty()) {
        throw new AssertionError("non-canonical indicator: " + o);
      }
      if (!o.unit().equals(Indicators.find(o.indicator()).get().unit())) {
        throw new AssertionError("unit differs from the indicator's: " + o);
      }
    }
    return r.observations();
  }
}
