package org.borderland.data.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.validation.Case;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;

/**
 * Reads a cases file: a top-level {@code cases:} list, each entry with {@code id}, {@code date}
 * ({@code "YYYY-MM-DD"}), {@code aggressor} and {@code target} (ISO3 codes the registry knows, the
 * target a state existing at the date), {@code knowledgeYear} (not after the date's year), {@code
 * description} (one line), {@code citation} ({@code title}, {@code publisher}, optional {@code
 * date} and {@code url}) and an optional {@code caveat}. Every problem of a file is reported in one
 * run, each with the file, line, column and field.
 */
public final class CasesReader {
  static final List<String> CASE_KEYS =
      List.of(
          "id",
          "date",
          "aggressor",
          "target",
          "knowledgeYear",
          "description",
          "citation",
          "caveat");
  static final List<String> CITATION_KEYS = List.of("title", "publisher", "date", "url");

  /** The largest cases file read: 1 MiB (cases/russia.yaml is about 3 KB). */
  public static final SizeLimit SIZE_LIMIT = new SizeLimit(SizeLimit.MIB, "a cases file");

  /** The earliest knowledge year a case may name. */
  static final int FIRST_YEAR = 1900;

  private static final String EMPTY =
      "The cases file is empty; it needs a `cases:` list, see cases/russia.yaml";

  private CasesReader() {}

  /** The project's {@code cases/} directory. */
  public static Path defaultDir() {
    return PanelLocation.projectRoot().orElse(Path.of(".")).resolve("cases");
  }

  /**
   * The cases file for an aggressor: {@code cases/<name>.yaml} for the shipped one (Russia: {@code
   * russia.yaml}), found by the aggressor's registry name.
   */
  public static Path defaultFile(String aggressorName) {
    return defaultDir().resolve(aggressorName.toLowerCase(Locale.ROOT).replace(' ', '-') + ".yaml");
  }

  /**
   * Reads a cases file.
   *
   * @throws CasesFileException listing every problem with its line and field
   */
  public static List<Case> read(Path file, CountryRegistry registry) throws CasesFileException {
    Node root;
    try {
      root =
          YamlTree.read(file, SIZE_LIMIT, "No cases file at " + file + "; check the path", EMPTY);
    } catch (YamlException e) {
      throw new CasesFileException(List.of(e.problem()));
    }
    YamlFields f = new YamlFields(file);
    MapNode top = f.map(root, "(top)");
    if (top == null) {
      throw new CasesFileException(f.problems());
    }
    f.onlyKeys(top, List.of("cases"), "");
    Node listNode = top.get("cases");
    List<Case> out = new ArrayList<>();
    if (listNode == null) {
      f.problem(top, "cases", "Missing field 'cases' (a list of cases)");
      throw new CasesFileException(f.problems());
    }
    ListNode list = f.list(listNode, "cases");
    if (list == null) {
      throw new CasesFileException(f.problems());
    }
    if (list.items().isEmpty()) {
      f.problem(list, "cases", "The list of cases is empty; add at least one case");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "cases[" + i + "]";
      MapNode m = f.map(list.items().get(i), path);
      if (m == null) {
        continue;
      }
      int before = f.count();
      f.onlyKeys(m, CASE_KEYS, path);
      String id = f.text(m, "id", path, true);
      if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
        f.problem(
            m.get("id"),
            YamlFields.field(path, "id"),
            "A case id is lower-case words joined by '-', e.g. georgia-2008, not '" + id + "'");
      } else if (id != null && !ids.add(id)) {
        f.problem(m.get("id"), YamlFields.field(path, "id"), "Case id '" + id + "' is used twice");
      }
      LocalDate date = date(f, m, path);
      String aggressor = code(f, m, "aggressor", path, registry, null);
      String target = code(f, m, "target", path, registry, date);
      Integer year = f.integer(m, "knowledgeYear", path, true, FIRST_YEAR, Year.now().getValue());
      if (year != null && date != null && year > date.getYear()) {
        f.problem(
            m.get("knowledgeYear"),
            YamlFields.field(path, "knowledgeYear"),
            "The knowledge year "
                + year
                + " is after the act ("
                + date
                + "); use a year whose data were published before it");
      }
      String description = f.text(m, "description", path, true);
      Case.Citation citation = citation(f, m, path);
      String caveat = m.get("caveat") == null ? "" : f.text(m, "caveat", path, false);
      if (aggressor != null && aggressor.equals(target)) {
        f.problem(
            m.get("target"),
            YamlFields.field(path, "target"),
            "The target is the aggressor; name the state that was attacked");
      }
      if (f.count() == before) {
        out.add(new Case(id, date, aggressor, target, year, description, citation, caveat));
      }
    }
    if (f.count() > 0) {
      throw new CasesFileException(f.problems());
    }
    return out;
  }

  private static LocalDate date(YamlFields f, MapNode m, String path) {
    String t = f.text(m, "date", path, true);
    if (t == null) {
      return null;
    }
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    f.problem(
        m.get("date"),
        YamlFields.field(path, "date"),
        "Expected a date \"YYYY-MM-DD\" (quoted), e.g. \"2008-08-07\", not '" + t + "'");
    return null;
  }

  /** An ISO3 code the registry knows; for a target, a state that existed at the date. */
  private static String code(
      YamlFields f,
      MapNode m,
      String key,
      String path,
      CountryRegistry registry,
      LocalDate existsAt) {
    String t = f.text(m, key, path, true);
    if (t == null) {
      return null;
    }
    String field = YamlFields.field(path, key);
    Optional<Country> c = registry.find(t.toUpperCase(Locale.ROOT));
    if (c.isEmpty()) {
      List<Country> near = registry.suggest(t);
      f.problem(
          m.get(key),
          field,
          "Unknown country code '"
              + t
              + "'"
              + (near.isEmpty()
                  ? "; use an ISO3 code, e.g. UKR"
                  : "; did you mean " + near.get(0).iso3() + " (" + near.get(0).name() + ")?"));
      return null;
    }
    if (existsAt != null && !c.get().existsIn(existsAt.getYear())) {
      f.problem(
          m.get(key),
          field,
          c.get().iso3()
              + " ("
              + c.get().name()
              + ") did not exist in "
              + existsAt.getYear()
              + "; name a state of that year");
      return null;
    }
    return c.get().iso3();
  }

  private static Case.Citation citation(YamlFields f, MapNode m, String path) {
    MapNode c = f.requiredMap(m, "citation", path);
    if (c == null) {
      return null;
    }
    String p = YamlFields.field(path, "citation");
    f.onlyKeys(c, CITATION_KEYS, p);
    String title = f.text(c, "title", p, true);
    String publisher = f.text(c, "publisher", p, true);
    String date = c.get("date") == null ? "" : f.text(c, "date", p, false);
    String url = c.get("url") == null ? "" : f.text(c, "url", p, false);
    if (url != null && !url.isEmpty() && !url.matches("https?://\\S+")) {
      f.problem(
          c.get("url"), YamlFields.field(p, "url"), "Expected an http(s) address, not " + url);
    }
    if (title == null || publisher == null) {
      return null;
    }
    return new Case.Citation(title, publisher, date, url);
  }
}
