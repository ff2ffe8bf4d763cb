package org.borderland.data.factbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderland.core.panel.Observation;
import org.borderland.data.curated.Citation;
import org.borderland.data.curated.PartialDate;
import org.borderland.data.importer.ImportException;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * The corrections of {@code curated/factbook-corrections.yaml}, read and applied to the rows a
 * Factbook importer read. Each correction changes only the rows it names and notes itself on them;
 * a correction that finds no row to change is an error (the file and the data disagree).
 */
public final class FactbookCorrections {
  /** The file's name in the project's {@code curated/} directory. */
  public static final String FILE = "factbook-corrections.yaml";

  private final List<FactbookCorrection> corrections;

  /** The given corrections. */
  public FactbookCorrections(List<FactbookCorrection> corrections) {
    this.corrections = List.copyOf(corrections);
  }

  /** No corrections. */
  public static FactbookCorrections none() {
    return new FactbookCorrections(List.of());
  }

  /** The corrections. */
  public List<FactbookCorrection> corrections() {
    return corrections;
  }

  /**
   * The rows with every correction applied; rows no correction names are returned as they are.
   *
   * @param dataset the importer's dataset, for errors
   * @throws ImportException when a correction changes no row of {@code rows} while {@code rows}
   *     hold the series in the correction's editions
   */
  public List<Observation> apply(List<Observation> rows, String dataset, Path file)
      throws ImportException {
    List<Observation> out = new ArrayList<>(rows.size() + 4);
    Set<String> used = new HashSet<>();
    Set<String> seriesSeen = new HashSet<>();
    for (Observation o : rows) {
      FactbookCorrection c = find(o);
      if (c == null) {
        out.add(o);
        continue;
      }
      used.add(c.id());
      String note = join(o.note(), c.noteFor());
      switch (c) {
        case FactbookCorrection.Split s -> {
          for (FactbookCorrection.Split.Part p : s.parts()) {
            out.add(
                new Observation(
                    o.country(),
                    o.indicator(),
                    p.key(),
                    p.value(),
                    o.unit(),
                    o.refYear(),
                    o.edition(),
                    o.published(),
                    o.asKnown(),
                    o.source(),
                    join(p.value() == null ? "the source printed no figure for it" : "", note)));
          }
        }
        case FactbookCorrection.ReferenceYear y -> {
          if (o.refYear() == null || o.refYear() != y.printed()) {
            throw new ImportException(
                dataset,
                file,
                0,
                "Correction "
                    + c.id()
                    + " expects reference year "
                    + y.printed()
                    + " on "
                    + o.country()
                    + " "
                    + o.indicator()
                    + " '"
                    + o.key()
                    + "' in the "
                    + o.edition()
                    + " edition, but the row has "
                    + o.refYear()
                    + "; fix the correction's 'printed' year or its editions",
                null);
          }
          out.add(
              new Observation(
                  o.country(),
                  o.indicator(),
                  o.key(),
                  o.value(),
                  o.unit(),
                  y.corrected(),
                  o.edition(),
                  o.published(),
                  o.asKnown(),
                  o.source(),
                  note));
        }
        case FactbookCorrection.Redefined _ -> out.add(o.withNote(note));
      }
    }
    for (Observation o : rows) {
      for (FactbookCorrection c : corrections) {
        FactbookCorrection.Scope s = c.scope();
        if (s.country().equals(o.country())
            && s.indicator().equals(o.indicator())
            && o.edition() >= s.fromEdition()
            && o.edition() <= s.toEdition()) {
          seriesSeen.add(c.id());
        }
      }
    }
    for (FactbookCorrection c : corrections) {
      if (seriesSeen.contains(c.id()) && !used.contains(c.id())) {
        throw new ImportException(
            dataset,
            file,
            0,
            "Correction "
                + c.id()
                + " names "
                + c.scope().keys()
                + " of "
                + c.scope().country()
                + " "
                + c.scope().indicator()
                + " in editions "
                + c.scope().fromEdition()
                + "–"
                + c.scope().toEdition()
                + ", but no such row was read; fix the keys or editions",
            null);
      }
    }
    return out;
  }

  private FactbookCorrection find(Observation o) {
    for (FactbookCorrection c : corrections) {
      if (c.scope().covers(o.country(), o.indicator(), o.key(), o.edition())) {
        return c;
      }
    }
    return null;
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
  }

  /**
   * Reads the file.
   *
   * @throws ImportException naming the line and the field when the file is malformed
   */
  public static FactbookCorrections read(Path file, String dataset) throws ImportException {
    Node root;
    try {
      root =
          YamlTree.read(
              file,
              SizeLimit.DEFAULT,
              "File not found; expected the Factbook corrections here",
              "The file is empty; it should hold a mapping with a list under 'corrections:'");
    } catch (YamlException e) {
      throw new ImportException(dataset, file, 0, e.problem().toString(), e);
    }
    if (!(root instanceof MapNode top) || !(top.get("corrections") instanceof ListNode list)) {
      throw new ImportException(
          dataset, file, 1, "The file must be a mapping with a list under 'corrections:'", null);
    }
    List<FactbookCorrection> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : list.items()) {
      if (!(n instanceof MapNode m)) {
        throw bad(dataset, file, n, "each correction must be a mapping");
      }
      String id = text(dataset, file, m, "id");
      if (!ids.add(id)) {
        throw bad(dataset, file, m, "correction id '" + id + "' is used twice");
      }
      String country = text(dataset, file, m, "country");
      String indicator = text(dataset, file, m, "indicator");
      int from = whole(dataset, file, m, "fromEdition");
      int to = whole(dataset, file, m, "toEdition");
      List<String> keys = strings(dataset, file, m, "keys");
      String reason = text(dataset, file, m, "reason");
      Citation source = citation(dataset, file, m);
      FactbookCorrection.Scope scope;
      try {
        scope = new FactbookCorrection.Scope(country, indicator, keys, from, to);
      } catch (IllegalArgumentException e) {
        throw bad(dataset, file, m, "correction " + id + ": " + e.getMessage());
      }
      try {
        if (m.get("split") instanceof ListNode parts) {
          List<FactbookCorrection.Split.Part> ps = new ArrayList<>();
          for (Node p : parts.items()) {
            if (!(p instanceof MapNode pm)) {
              throw bad(dataset, file, p, "each part of a split must be a mapping {key, value}");
            }
            Node v = pm.get("value");
            Double value =
                v instanceof ScalarNode s && s.isNumber() ? s.number().doubleValue() : null;
            ps.add(new FactbookCorrection.Split.Part(text(dataset, file, pm, "key"), value));
          }
          out.add(new FactbookCorrection.Split(id, scope, ps, reason, source));
        } else if (m.get("refYear") instanceof MapNode ry) {
          out.add(
              new FactbookCorrection.ReferenceYear(
                  id,
                  scope,
                  whole(dataset, file, ry, "printed"),
                  whole(dataset, file, ry, "corrected"),
                  reason,
                  source));
        } else if (m.get("definition") != null) {
          out.add(
              new FactbookCorrection.Redefined(
                  id, scope, text(dataset, file, m, "definition"), reason, source));
        } else {
          throw bad(
              dataset,
              file,
              m,
              "correction " + id + " says neither 'split', 'refYear' nor 'definition'");
        }
      } catch (IllegalArgumentException e) {
        throw bad(dataset, file, m, e.getMessage());
      }
    }
    return new FactbookCorrections(out);
  }

  private static Citation citation(String dataset, Path file, MapNode m) throws ImportException {
    if (!(m.get("source") instanceof MapNode s)) {
      throw bad(dataset, file, m, "a correction needs a 'source' mapping (document, title, date)");
    }
    try {
      return new Citation(
          optional(s, "outlet"),
          optional(s, "document"),
          text(dataset, file, s, "title"),
          PartialDate.parse(text(dataset, file, s, "date")),
          optional(s, "url"));
    } catch (IllegalArgumentException e) {
      throw bad(dataset, file, s, e.getMessage());
    }
  }

  private static String optional(MapNode m, String key) {
    return m.get(key) instanceof ScalarNode s && !s.isNull() ? s.text() : "";
  }

  private static String text(String dataset, Path file, MapNode m, String key)
      throws ImportException {
    if (!(m.get(key) instanceof ScalarNode s) || s.isNull() || s.text().isBlank()) {
      throw bad(dataset, file, m, "field '" + key + "' is missing or empty");
    }
    return s.text().strip();
  }

  private static int whole(String dataset, Path file, MapNode m, String key)
      throws ImportException {
    if (!(m.get(key) instanceof ScalarNode s) || !s.isInteger()) {
      throw bad(dataset, file, m, "field '" + key + "' must be a whole number (a year)");
    }
    return s.number().intValue();
  }

  private static List<String> strings(String dataset, Path file, MapNode m, String key)
      throws ImportException {
    if (!(m.get(key) instanceof ListNode l)) {
      throw bad(dataset, file, m, "field '" + key + "' must be a list of keys");
    }
    List<String> out = new ArrayList<>();
    for (Node n : l.items()) {
      if (!(n instanceof ScalarNode s) || s.isNull()) {
        throw bad(dataset, file, n, "field '" + key + "' must list keys as text");
      }
      out.add(s.text().strip());
    }
    return out;
  }

  private static ImportException bad(String dataset, Path file, Node at, String what) {
    return new ImportException(
        dataset,
        file,
        at.line(),
        file.getFileName() + " line " + at.line() + ", column " + at.column() + ": " + what,
        null);
  }
}
