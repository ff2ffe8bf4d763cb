package org.borderland.data.rivalry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.SeriesKey;
import org.borderland.data.cow.CowCodes;
import org.borderland.data.cow.CowImporters;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * Strategic rivalries, 1494–2020 (Thompson, Sakuwa and Suhas 2021; {@code tss_rivalries.csv}, one
 * row per rivalry with its first and last year): indicator {@code strategic_rival}, key = the
 * rival's ISO3, value 1 in every year from 1990 that the rivalry is in force, for both states.
 *
 * <p>One row per year, not a spell, so that a reader can tell a rivalry in force in the year asked
 * from one carried forward past the end of the data: the book's list ends in 2020, the latest last
 * year in the file. When a rivalry stops before then while the state still exists, a row with value
 * 0 in the next year says so (also when the rival's COW code passes to a successor: Serbia and
 * Montenegro's to Serbia, whose own rows then go on). Each row's note names the rivalry, its years
 * and its kinds (positional, spatial, ideological, interventionary; principal when the book says
 * so). Codes are mapped year by year through the registry, as for every COW-coded file.
 */
public final class StrategicRivalryImporter extends CsvImporter {
  /** The indicator written. */
  public static final String INDICATOR = "strategic_rival";

  static final String FILE = "cow-peacesciencer/tss_rivalries.csv";

  /**
   * Thompson, William R., Kentaro Sakuwa and Prashant Hosur Suhas (2021), <i>Analyzing Strategic
   * Rivalries in World Politics: Types of Rivalry, Regional Variation, and
   * Escalation/De-escalation</i>, Springer, pp. 34–46, as entered by peacesciencer (its
   * documentation of {@code tss_rivalries} and {@code add_strategic_rivalries} cites the book and
   * bounds the data at 2020); the copy is peacesciencer fe150a2 (SOURCES.md). Day not known.
   */
  public static final DatasetVintage VINTAGE =
      new DatasetVintage(
          "tss-rivalries",
          "Thompson, Sakuwa and Suhas (2021) strategic rivalries via peacesciencer fe150a2",
          2021,
          LocalDate.of(2021, 12, 31),
          "the book's publication year, as peacesciencer cites it; day unknown: year end");

  private static final List<String> KINDS =
      List.of("positional", "spatial", "ideological", "interventionary");

  /** One rivalry as the file gives it, with the columns of its two COW codes. */
  private record Rivalry(
      int a, int b, int start, int end, String note, CsvRecord row, int colA, int colB) {}

  /** A year's row before the end rows are known. */
  private record Year(int year, Rivalry rivalry) {}

  /** An importer of the file in the sources directory. */
  public StrategicRivalryImporter() {
    super(VINTAGE, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    List<Rivalry> rivalries = new ArrayList<>();
    int lastYear = Integer.MIN_VALUE;
    try (CsvFile f = open(sources, FILE)) {
      int nameCol = f.column("rivalry");
      int c1 = f.column("ccode1");
      int c2 = f.column("ccode2");
      int startCol = f.column("start");
      int endCol = f.column("end");
      int[] kindCols = f.columns(KINDS);
      int principalCol = f.column("principal");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int start = r.year(startCol, 1400, 2100);
        int end = r.year(endCol, start, 2100);
        lastYear = Math.max(lastYear, end);
        if (end < CowImporters.FIRST_YEAR) {
          skip(skipped, "rivalries that ended before " + CowImporters.FIRST_YEAR);
          continue;
        }
        List<String> kinds = new ArrayList<>(4);
        for (int i = 0; i < kindCols.length; i++) {
          if (flag(r, kindCols[i])) {
            kinds.add(KINDS.get(i));
          }
        }
        if (flag(r, principalCol)) {
          kinds.add("principal");
        }
        String note =
            "rivalry '"
                + r.get(nameCol)
                + "' "
                + start
                + "–"
                + end
                + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")");
        rivalries.add(new Rivalry(r.integer(c1), r.integer(c2), start, end, note, r, c1, c2));
      }
    }
    Map<SeriesKey, TreeMap<Integer, Year>> series = new HashMap<>();
    for (Rivalry rv : rivalries) {
      for (int y = Math.max(rv.start(), CowImporters.FIRST_YEAR); y <= rv.end(); y++) {
        Optional<String> a = codes.resolveNear(rv.row(), rv.colA(), rv.a(), y);
        Optional<String> b = codes.resolveNear(rv.row(), rv.colB(), rv.b(), y);
        if (a.isEmpty() || b.isEmpty()) {
          skip(skipped, CowImporters.OUTSIDE_YEARS);
          continue;
        }
        put(series, a.get(), b.get(), y, rv);
        put(series, b.get(), a.get(), y, rv);
      }
    }
    List<Observation> out = new ArrayList<>();
    for (Map.Entry<SeriesKey, TreeMap<Integer, Year>> e : series.entrySet()) {
      SeriesKey k = e.getKey();
      TreeMap<Integer, Year> years = e.getValue();
      for (Year y : years.values()) {
        out.add(row(k, 1, y.year(), y.rivalry(), y.rivalry().note()));
        int next = y.year() + 1;
        if (!years.containsKey(next) && next <= lastYear && codes.hasCowCode(k.country(), next)) {
          Rivalry rv = y.rivalry();
          String why =
              rv.end() == y.year()
                  ? rv.note() + "; ended in " + rv.end()
                  : rv.note() + "; goes on with " + k.key() + "'s successor";
          out.add(row(k, 0, next, rv, why));
        }
      }
    }
    return new ImportReport(dataset(), out, skipped);
  }

  /** Whether a kind column holds 1 (empty means no). */
  private static boolean flag(CsvRecord r, int column) throws ImportException {
    if (r.isMissing(column)) {
      return false;
    }
    int v = r.integer(column);
    if (v != 0 && v != 1) {
      throw r.error(column, "is not 1 or empty", "the kinds of a rivalry are flags");
    }
    return v == 1;
  }

  private static void put(
      Map<SeriesKey, TreeMap<Integer, Year>> series, String a, String b, int year, Rivalry rv) {
    if (a.equals(b)) {
      return;
    }
    series
        .computeIfAbsent(new SeriesKey(a, INDICATOR, b), x -> new TreeMap<>())
        .putIfAbsent(year, new Year(year, rv));
  }

  private Observation row(SeriesKey k, double value, int year, Rivalry rv, String note) {
    return vintage()
        .row(k.country(), INDICATOR, k.key(), value, year, "start,end", rv.row().text(), note);
  }
}
