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
 * COW Formal Alliances 4.1 ({@code cow_alliance.csv}, directed dyad-years to 2012): indicator
 * {@code cow_alliance}, key = the ally's ISO3, value = the strongest alliance type in force: 1
 * defence pact, 2 neutrality pact, 3 non-aggression pact, 4 entente (COW's types I, IIa, IIb, III;
 * the file's flags are nested, so a defence pact usually also has the other flags set). Compacted
 * to starts, changes of type and ends (see {@link Spells}).
 */
public final class CowAllianceImporter extends CsvImporter {
  static final String FILE = CowImporters.FOLDER + "cow_alliance.csv";
  private static final DatasetVintage V = CowVintages.COW_ALLIANCE;

  /** The flag columns, strongest first: the type is the position of the first flag set, plus 1. */
  private static final List<String> TYPES =
      List.of("cow_defense", "cow_neutral", "cow_nonagg", "cow_entente");

  /**
   * COW Alliances 4.1 goes on using West Germany's code 260 for united Germany after 1990 (next to
   * 255): read as 255 from 1991.
   */
  static int alias(int ccode, int year) {
    return ccode == 260 && year > 1990 ? 255 : ccode;
  }

  /** An importer of the file in the sources directory. */
  public CowAllianceImporter() {
    super(V, FILE);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Spells spells = new Spells(Spells.Combine.MIN);
    RunStarts before = new RunStarts();
    int lastYear = CowImporters.FIRST_YEAR;
    try (CsvFile f = open(sources, FILE)) {
      int c1 = f.column("ccode1");
      int c2 = f.column("ccode2");
      int yearCol = f.column("year");
      int[] cols = f.columns(TYPES);
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int year = r.year(yearCol, CowImporters.MIN_YEAR, CowImporters.MAX_YEAR);
        lastYear = Math.max(lastYear, year);
        int type = 0;
        for (int i = cols.length - 1; i >= 0; i--) {
          int flag = r.integer(cols[i]);
          if (flag != 0 && flag != 1) {
            throw r.error(cols[i], "is not 0 or 1", "COW alliance types are flags");
          }
          if (flag == 1) {
            type = i + 1;
          }
        }
        if (type == 0) {
          skip(skipped, "dyad-years with no alliance flag set");
          continue;
        }
        int a = r.integer(c1);
        int b = r.integer(c2);
        if (year < CowImporters.FIRST_YEAR) {
          before.mark(a, b, 0, year);
          skip(skipped, "dyad-years before " + CowImporters.FIRST_YEAR);
          continue;
        }
        Optional<String> oa = codes.resolveNear(r, c1, alias(a, year), year);
        Optional<String> ob = codes.resolveNear(r, c2, alias(b, year), year);
        if (oa.isEmpty() || ob.isEmpty()) {
          skip(skipped, CowImporters.OUTSIDE_YEARS);
          continue;
        }
        String isoA = oa.get();
        String isoB = ob.get();
        if (isoA.equals(isoB)) {
          skip(skipped, "dyad-years where both codes map to one country");
          continue;
        }
        String note = year == CowImporters.FIRST_YEAR ? before.note(a, b, 0, year) : "";
        spells.put(
            isoA,
            "cow_alliance",
            isoB,
            year,
            new Spells.Cell(type, TYPES.get(type - 1), r.text(), note));
      }
    }
    return new ImportReport(dataset(), spells.compact(V, lastYear, true, codes), skipped);
  }
}
