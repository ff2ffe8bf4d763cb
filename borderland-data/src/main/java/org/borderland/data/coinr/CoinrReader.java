package org.borderland.data.coinr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.Tree;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.ImportException;

/**
 * Reads COINr's input layout (as {@code new_coin(iData, iMeta)} takes it; see COINr's "Building
 * coins" vignette):
 *
 * <ul>
 *   <li>{@code iMeta.csv}: one row per column of {@code iData} and per aggregate, with {@code
 *       iCode}, {@code Type} ({@code Indicator}, {@code Aggregate}, {@code Group}, {@code
 *       Denominator} or {@code Other}), and for indicators and aggregates {@code Level}, {@code
 *       Parent}, {@code Weight} and {@code Direction}; optional {@code iName}, {@code Unit}, {@code
 *       Target} and {@code Denominator} (the denominator column an indicator is divided by).
 *   <li>{@code iData.csv}: {@code uCode} (unit code), optional {@code uName} and {@code Time} (a
 *       panel when it holds more than one time, else a cross-section), and one column per
 *       indicator, group and denominator of {@code iMeta}. A missing value is an empty cell or R's
 *       {@code NA}.
 *   <li>optionally a denominators file (such as COINr's {@code WorldDenoms}): {@code uCode} and
 *       numeric columns; the columns that {@code iMeta}'s {@code Denominator} names replace
 *       same-named columns of {@code iData}.
 * </ul>
 */
public final class CoinrReader {
  private static final String DATASET = "coinr";
  private static final List<String> TYPES =
      List.of("Indicator", "Aggregate", "Group", "Denominator", "Other");

  private CoinrReader() {}

  /**
   * Reads the three files.
   *
   * @param iData the data file
   * @param iMeta the metadata file
   * @param denominators an optional denominators file
   * @throws ImportException naming the file, line, column and value of the first problem
   */
  public static CoinrInput read(Path iData, Path iMeta, Optional<Path> denominators)
      throws ImportException {
    Meta meta = readMeta(iMeta);
    Dataset data = readData(iData, iMeta, meta, denominators);
    return new CoinrInput(data, meta.tree);
  }

  private record Meta(Tree tree, Map<String, String> types, Map<String, Long> lines) {}

  private static Meta readMeta(Path file) throws ImportException {
    List<Node> nodes = new ArrayList<>();
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, Long> lines = new HashMap<>();
    Map<String, Long> parents = new LinkedHashMap<>();
    try (CsvFile csv = CsvFile.open(DATASET, file)) {
      int code = csv.column("iCode");
      int type = csv.column("Type");
      int level = csv.column("Level");
      int parent = csv.column("Parent");
      int weight = csv.column("Weight");
      int direction = csv.column("Direction");
      int name = optional(csv, "iName");
      int unit = optional(csv, "Unit");
      int target = optional(csv, "Target");
      int denominator = optional(csv, "Denominator");
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        String c = r.get(code);
        if (r.isMissing(code)) {
          throw r.error(code, "is empty", "every row of iMeta needs an iCode");
        }
        if (lines.containsKey(c)) {
          throw r.error(
              code, "appears twice (first at line " + lines.get(c) + ")", "codes must be unique");
        }
        lines.put(c, r.line());
        String t = r.get(type);
        if (!TYPES.contains(t)) {
          throw r.error(type, "is not a Type", "write one of " + String.join(", ", TYPES));
        }
        types.put(c, t);
        if (!t.equals("Indicator") && !t.equals("Aggregate")) {
          continue;
        }
        int lev = wholeNumber(r, level, "a Level (1 for indicators, 2 and up for aggregates)");
        if (t.equals("Indicator") != (lev == 1)) {
          throw r.error(
              level,
              "does not fit Type " + t,
              "indicators are at Level 1 and aggregates at Level 2 and up");
        }
        double w = number(r, weight);
        if (Double.isNaN(w) || w < 0) {
          throw r.error(weight, "is not a weight", "write a number ≥ 0");
        }
        int dir = 1;
        if (!r.isMissing(direction) || t.equals("Indicator")) {
          dir = wholeNumber(r, direction, "a Direction (1 or -1)");
          if (dir != 1 && dir != -1) {
            throw r.error(direction, "is not a Direction", "write 1 (higher is better) or -1");
          }
        }
        String p = r.isMissing(parent) ? null : r.get(parent);
        if (p != null) {
          parents.put(c, r.line());
        }
        String den = denominator < 0 || r.isMissing(denominator) ? null : r.get(denominator);
        if (den != null && !t.equals("Indicator")) {
          throw r.error(denominator, "is set on an aggregate", "only indicators are denominated");
        }
        try {
          nodes.add(
              new Node(
                  c,
                  name < 0 ? "" : r.get(name),
                  lev,
                  p,
                  w,
                  dir,
                  null,
                  den,
                  target < 0 ? Double.NaN : number(r, target),
                  unit < 0 ? "" : r.get(unit)));
        } catch (IllegalArgumentException e) {
          throw r.error(e.getMessage());
        }
      }
    }
    Map<String, Node> byCode = new HashMap<>();
    nodes.forEach(n -> byCode.put(n.code(), n));
    for (Node n : nodes) {
      if (n.parent() != null && !byCode.containsKey(n.parent())) {
        throw new ImportException(
            DATASET,
            file,
            lines.get(n.code()),
            "column 'Parent' value '"
                + n.parent()
                + "' of '"
                + n.code()
                + "' is not an Indicator or Aggregate code of iMeta; correct it or add the"
                + " aggregate");
      }
      if (n.denominator() != null
          && types.containsKey(n.denominator())
          && !types.get(n.denominator()).equals("Denominator")) {
        throw new ImportException(
            DATASET,
            file,
            lines.get(n.code()),
            "column 'Denominator' value '"
                + n.denominator()
                + "' of '"
                + n.code()
                + "' is of Type "
                + types.get(n.denominator())
                + "; a denominator must be of Type Denominator");
      }
    }
    try {
      return new Meta(Tree.of(nodes), types, lines);
    } catch (IllegalArgumentException e) {
      throw new ImportException(DATASET, file, 0, e.getMessage());
    }
  }

  private static Dataset readData(Path file, Path metaFile, Meta meta, Optional<Path> denoms)
      throws ImportException {
    List<String> units = new ArrayList<>();
    List<Integer> times = new ArrayList<>();
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, List<String>> groups = new LinkedHashMap<>();
    Map<String, List<Double>> denominators = new LinkedHashMap<>();
    Map<String, Long> unitLines = new HashMap<>();
    try (CsvFile csv = CsvFile.open(DATASET, file)) {
      List<String> header = csv.header();
      int uCode = csv.column("uCode");
      int time = header.indexOf("Time");
      Map<Integer, String> kinds = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (h.equals("uCode") || h.equals("uName") || h.equals("Time")) {
          continue;
        }
        String t = meta.types.get(h);
        if (t == null) {
          throw new ImportException(
              DATASET,
              file,
              1,
              "column '"
                  + h
                  + "' is not described in "
                  + metaFile.getFileName()
                  + "; add a row for it (Type Indicator, Group, Denominator or Other) or remove"
                  + " the column");
        }
        if (t.equals("Aggregate")) {
          throw new ImportException(
              DATASET,
              file,
              1,
              "column '" + h + "' is an Aggregate in iMeta; aggregates are computed, remove it");
        }
        kinds.put(i, t);
      }
      for (Node n : meta.tree.indicators()) {
        if (!header.contains(n.code())) {
          throw new ImportException(
              DATASET,
              file,
              1,
              "has no column for indicator '"
                  + n.code()
                  + "' of iMeta (line "
                  + meta.lines.get(n.code())
                  + "); add the column or remove the indicator");
        }
      }
      for (Map.Entry<Integer, String> k : kinds.entrySet()) {
        String h = header.get(k.getKey());
        switch (k.getValue()) {
          case "Indicator" -> values.put(h, new ArrayList<>());
          case "Group" -> groups.put(h, new ArrayList<>());
          case "Denominator" -> denominators.put(h, new ArrayList<>());
          default -> {}
        }
      }
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        if (r.isMissing(uCode)) {
          throw r.error(uCode, "is empty", "every row needs a unit code");
        }
        String u = r.get(uCode);
        if (time >= 0) {
          times.add(r.integer(time));
        }
        String key = time >= 0 ? u + " at Time " + times.get(times.size() - 1) : u;
        Long before = unitLines.putIfAbsent(key, r.line());
        if (before != null) {
          throw r.error(
              uCode,
              "appears twice (first at line " + before + ")",
              "each unit" + (time >= 0 ? " and time" : "") + " must have one row");
        }
        units.add(u);
        for (Map.Entry<Integer, String> k : kinds.entrySet()) {
          int c = k.getKey();
          String h = header.get(c);
          switch (k.getValue()) {
            case "Indicator" -> values.get(h).add(number(r, c));
            case "Denominator" -> denominators.get(h).add(number(r, c));
            case "Group" -> groups.get(h).add(r.isMissing(c) ? null : r.get(c));
            default -> {}
          }
        }
      }
    }
    if (units.isEmpty()) {
      throw new ImportException(DATASET, file, 0, "has no rows; expected one row per unit");
    }
    if (denoms.isPresent()) {
      readDenominators(denoms.get(), file, meta, units, denominators);
    }
    Dataset.Builder b = Dataset.builder(units);
    // As COINr: a Time column with one value is a coin (a cross-section), with several a panel.
    if (new java.util.HashSet<>(times).size() > 1) {
      b.times(times.stream().mapToInt(Integer::intValue).toArray());
    }
    values.forEach((k, v) -> b.values(k, doubles(v)));
    groups.forEach(b::group);
    denominators.forEach((k, v) -> b.denominator(k, doubles(v)));
    return b.build();
  }

  /** Reads the denominators file's referenced columns, matched to iData's units by uCode. */
  private static void readDenominators(
      Path file,
      Path dataFile,
      Meta meta,
      List<String> units,
      Map<String, List<Double>> denominators)
      throws ImportException {
    List<String> wanted = new ArrayList<>();
    for (Node n : meta.tree.indicators()) {
      if (n.denominator() != null && !wanted.contains(n.denominator())) {
        wanted.add(n.denominator());
      }
    }
    Map<String, Map<String, Double>> byUnit = new HashMap<>();
    List<String> found = new ArrayList<>();
    try (CsvFile csv = CsvFile.open(DATASET, file)) {
      int uCode = csv.column("uCode");
      Map<String, Integer> cols = new LinkedHashMap<>();
      for (String w : wanted) {
        int i = csv.header().indexOf(w);
        if (i >= 0) {
          cols.put(w, i);
          found.add(w);
        }
      }
      if (cols.isEmpty()) {
        throw new ImportException(
            DATASET,
            file,
            1,
            "has none of the denominator columns iMeta names "
                + wanted
                + "; its columns are "
                + csv.header());
      }
      for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
        Map<String, Double> row = new HashMap<>();
        for (Map.Entry<String, Integer> e : cols.entrySet()) {
          row.put(e.getKey(), number(r, e.getValue()));
        }
        byUnit.put(r.get(uCode), row);
      }
    }
    for (String w : found) {
      List<Double> col = new ArrayList<>();
      for (String u : units) {
        Map<String, Double> row = byUnit.get(u);
        if (row == null) {
          throw new ImportException(
              DATASET,
              file,
              0,
              "has no row for unit '"
                  + u
                  + "' of "
                  + dataFile.getFileName()
                  + "; every unit needs its denominators (add the row, or leave the values empty)");
        }
        col.add(row.get(w));
      }
      denominators.put(w, col);
    }
  }

  private static int optional(CsvFile csv, String column) {
    return csv.header().indexOf(column);
  }

  private static double number(CsvRecord r, int column) throws ImportException {
    if (r.isMissing(column)) {
      return Double.NaN;
    }
    try {
      return r.number(column);
    } catch (ImportException e) {
      throw r.error(
          column,
          "is not a number",
          "write a number such as 4.1, or leave the cell empty (or NA) for a missing value");
    }
  }

  private static int wholeNumber(CsvRecord r, int column, String what) throws ImportException {
    if (r.isMissing(column)) {
      throw r.error(column, "is empty", "write " + what);
    }
    try {
      return r.integer(column);
    } catch (ImportException e) {
      throw r.error(column, "is not a whole number", "write " + what);
    }
  }

  private static double[] doubles(List<Double> v) {
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return out;
  }
}
