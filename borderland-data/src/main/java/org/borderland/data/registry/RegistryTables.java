package org.borderland.data.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;
import org.borderland.core.country.DatedName;

/**
 * Loads the country registry from its two tables: {@code countries.csv} (one row per state or
 * territory, keyed by ISO 3166-1 alpha-3 or a documented code) and {@code crosswalk.csv} (one
 * year-bounded row per ISO2, FIPS, COW or COW_ABB code). The tables Borderland ships live next to
 * this class as resources; {@code docs/country-codes.md} explains every code and decision in them.
 *
 * <p>In the {@code aliases} column, names are separated by {@code |}. A name followed by
 * {@code @YYYY-YYYY} (or {@code @YYYY-} while it holds, or {@code @YYYY} for one year) meant the
 * country only in those years and becomes a {@link DatedName}: {@code Yugoslavia@1992-2003} on
 * {@code SCG}.
 */
public final class RegistryTables {
  /** Columns of {@code countries.csv}, in order. */
  public static final List<String> COUNTRY_COLUMNS =
      List.of("iso3", "name", "official_name", "kind", "from_year", "to_year", "aliases", "note");

  /** Columns of {@code crosswalk.csv}, in order. */
  public static final List<String> CROSSWALK_COLUMNS =
      List.of("iso3", "system", "code", "from_year", "to_year", "note");

  static final String COUNTRIES_RESOURCE = "countries.csv";
  static final String CROSSWALK_RESOURCE = "crosswalk.csv";

  private static final Pattern DATED = Pattern.compile("(.+?)\\s*@\\s*(\\d{3,4})(-(\\d{3,4})?)?");
  private static final Map<CodeSystem, Pattern> CODE_FORMAT =
      Map.of(
          CodeSystem.ISO2, Pattern.compile("[A-Z]{2}"),
          CodeSystem.FIPS, Pattern.compile("[A-Z]{2}"),
          CodeSystem.COW, Pattern.compile("[0-9]{1,4}"),
          CodeSystem.COW_ABB, Pattern.compile("[A-Z]{3}"));
  private static final Map<CodeSystem, String> CODE_EXAMPLE =
      Map.of(
          CodeSystem.ISO2, "two upper-case letters, e.g. KZ",
          CodeSystem.FIPS, "two upper-case letters, e.g. RS",
          CodeSystem.COW, "a number, e.g. 705",
          CodeSystem.COW_ABB, "three upper-case letters, e.g. KZK");

  private static final Object LOCK = new Object();
  private static volatile CountryRegistry standard;

  private RegistryTables() {}

  /**
   * The registry Borderland ships, loaded once from the bundled tables and cached. Safe to call
   * from any thread.
   *
   * @throws IllegalStateException when the bundled tables are missing or malformed (a build error)
   */
  public static CountryRegistry standard() {
    CountryRegistry r = standard;
    if (r == null) {
      synchronized (LOCK) {
        r = standard;
        if (r == null) {
          r = loadResources();
          standard = r;
        }
      }
    }
    return r;
  }

  private static CountryRegistry loadResources() {
    try (Reader countries = resource(COUNTRIES_RESOURCE);
        Reader crosswalk = resource(CROSSWALK_RESOURCE)) {
      return load(countries, COUNTRIES_RESOURCE, crosswalk, CROSSWALK_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the bundled country registry tables", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The bundled country registry tables are malformed: " + e.getMessage(), e);
    }
  }

  static Reader resource(String name) {
    InputStream in = RegistryTables.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "Resource "
              + RegistryTables.class.getPackageName().replace('.', '/')
              + "/"
              + name
              + " is missing from the classpath; rebuild borderland-data");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /**
   * Loads a registry from the two tables, naming them {@code countries.csv} and {@code
   * crosswalk.csv} in messages.
   *
   * @throws RegistryTableException naming the file, line and value that is wrong
   */
  public static CountryRegistry load(Reader countries, Reader crosswalk) {
    return load(countries, COUNTRIES_RESOURCE, crosswalk, CROSSWALK_RESOURCE);
  }

  /**
   * Loads a registry from two UTF-8 files.
   *
   * @throws RegistryTableException naming the file, line and value that is wrong
   * @throws UncheckedIOException when a file cannot be read
   */
  public static CountryRegistry load(Path countries, Path crosswalk) {
    try (Reader c = Files.newBufferedReader(countries, StandardCharsets.UTF_8);
        Reader x = Files.newBufferedReader(crosswalk, StandardCharsets.UTF_8)) {
      return load(c, countries.toString(), x, crosswalk.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + e.getMessage(), e);
    }
  }

  /**
   * Loads a registry from the two tables.
   *
   * @param countriesFile the countries table's name, for messages
   * @param crosswalkFile the crosswalk table's name, for messages
   * @throws RegistryTableException naming the file, line and value that is wrong
   */
  public static CountryRegistry load(
      Reader countries, String countriesFile, Reader crosswalk, String crosswalkFile) {
    CsvTable ct = CsvTable.read(countries, countriesFile, COUNTRY_COLUMNS);
    List<Country> list = new ArrayList<>();
    List<DatedName> dated = new ArrayList<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    Map<String, String> nameOwner = new HashMap<>();
    Map<String, Integer> nameLine = new HashMap<>();
    for (CsvTable.Row row : ct.rows()) {
      Country c = country(row, countriesFile, dated);
      Integer prev = lineOf.putIfAbsent(c.iso3(), row.line());
      if (prev != null) {
        throw new RegistryTableException(
            countriesFile,
            row.line(),
            "country code " + c.iso3() + " is already listed on line " + prev + "; merge the rows");
      }
      List<String> names = new ArrayList<>();
      names.add(c.name());
      names.add(c.officialName());
      names.addAll(c.aliases());
      for (String n : names) {
        String key = CountryRegistry.normaliseName(n);
        if (key.isEmpty()) {
          throw new RegistryTableException(
              countriesFile,
              row.line(),
              "name '" + n + "' of " + c.iso3() + " has no letters or digits");
        }
        String owner = nameOwner.putIfAbsent(key, c.iso3());
        if (owner != null && !owner.equals(c.iso3())) {
          throw new RegistryTableException(
              countriesFile,
              row.line(),
              "name '"
                  + n
                  + "' of "
                  + c.iso3()
                  + " is already a name of "
                  + owner
                  + " (line "
                  + nameLine.get(key)
                  + "); a name may belong to one country only, or give it years (name@YYYY-YYYY)");
        }
        nameLine.putIfAbsent(key, row.line());
      }
      list.add(c);
    }
    CsvTable xt = CsvTable.read(crosswalk, crosswalkFile, CROSSWALK_COLUMNS);
    List<CrosswalkEntry> entries = new ArrayList<>();
    Map<String, List<Located>> byCode = new HashMap<>();
    for (CsvTable.Row row : xt.rows()) {
      CrosswalkEntry e = crosswalkEntry(row, crosswalkFile);
      if (!lineOf.containsKey(e.iso3())) {
        throw new RegistryTableException(
            crosswalkFile,
            row.line(),
            "country code '"
                + e.iso3()
                + "' is not in "
                + countriesFile
                + "; add the country there first or fix the code");
      }
      String key = e.system() + " " + e.code();
      List<Located> same = byCode.computeIfAbsent(key, k -> new ArrayList<>());
      for (Located other : same) {
        if (!other.entry().iso3().equals(e.iso3()) && overlap(other.entry(), e)) {
          throw new RegistryTableException(
              crosswalkFile,
              row.line(),
              key
                  + " means "
                  + e.iso3()
                  + " in "
                  + years(e)
                  + " but "
                  + other.entry().iso3()
                  + " in "
                  + years(other.entry())
                  + " (line "
                  + other.line()
                  + "); a code may mean one country a year, so bound the years");
        }
      }
      same.add(new Located(e, row.line()));
      entries.add(e);
    }
    try {
      return new CountryRegistry(list, entries, dated);
    } catch (IllegalArgumentException e) {
      throw new RegistryTableException(countriesFile + ", " + crosswalkFile, 0, e.getMessage());
    }
  }

  private record Located(CrosswalkEntry entry, int line) {}

  private static boolean overlap(CrosswalkEntry a, CrosswalkEntry b) {
    int aTo = a.toYear() == null ? Integer.MAX_VALUE : a.toYear();
    int bTo = b.toYear() == null ? Integer.MAX_VALUE : b.toYear();
    return a.fromYear() <= bTo && b.fromYear() <= aTo;
  }

  private static String years(CrosswalkEntry e) {
    return e.fromYear() + "-" + (e.toYear() == null ? "" : e.toYear());
  }

  private static Country country(CsvTable.Row row, String file, List<DatedName> dated) {
    String iso3 = row.get(0).strip();
    String kindText = row.get(3).strip();
    Country.Kind kind;
    try {
      kind = Country.Kind.valueOf(kindText);
    } catch (IllegalArgumentException e) {
      throw new RegistryTableException(
          file,
          row.line(),
          "kind '" + kindText + "' of " + iso3 + " is not one of STATE, TERRITORY, DISPUTED");
    }
    int from = year(row.get(4), "from_year", iso3, file, row.line(), false);
    Integer to = yearOrNull(row.get(5), "to_year", iso3, file, row.line());
    List<String> aliases = new ArrayList<>();
    String aliasText = row.get(6).strip();
    if (!aliasText.isEmpty()) {
      for (String raw : aliasText.split("\\|", -1)) {
        String a = raw.strip();
        if (a.isEmpty()) {
          throw new RegistryTableException(
              file,
              row.line(),
              "aliases of " + iso3 + " have an empty entry ('" + aliasText + "'); remove the '|'");
        }
        if (a.indexOf('@') >= 0) {
          dated.add(datedName(iso3, a, file, row.line()));
        } else {
          aliases.add(a);
        }
      }
    }
    try {
      return new Country(
          iso3,
          row.get(1).strip(),
          row.get(2).strip(),
          kind,
          from,
          to,
          aliases,
          row.get(7).strip());
    } catch (IllegalArgumentException e) {
      throw new RegistryTableException(file, row.line(), e.getMessage());
    }
  }

  private static DatedName datedName(String iso3, String text, String file, int line) {
    Matcher m = DATED.matcher(text);
    if (!m.matches()) {
      throw new RegistryTableException(
          file,
          line,
          "dated alias '"
              + text
              + "' of "
              + iso3
              + " must look like Name@1992-2003, Name@2018- or Name@2001");
    }
    int from = Integer.parseInt(m.group(2));
    Integer to;
    if (m.group(3) == null) {
      to = from;
    } else {
      to = m.group(4) == null ? null : Integer.valueOf(m.group(4));
    }
    try {
      return new DatedName(iso3, m.group(1), from, to);
    } catch (IllegalArgumentException e) {
      throw new RegistryTableException(file, line, e.getMessage());
    }
  }

  private static CrosswalkEntry crosswalkEntry(CsvTable.Row row, String file) {
    String iso3 = row.get(0).strip();
    String systemText = row.get(1).strip();
    CodeSystem system;
    try {
      system = CodeSystem.valueOf(systemText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      system = null;
    }
    if (system == null || system == CodeSystem.ISO3) {
      throw new RegistryTableException(
          file,
          row.line(),
          "system '" + systemText + "' for " + iso3 + " is not one of ISO2, FIPS, COW, COW_ABB");
    }
    String code = row.get(2).strip();
    if (!CODE_FORMAT.get(system).matcher(code).matches()) {
      throw new RegistryTableException(
          file,
          row.line(),
          system + " code '" + code + "' for " + iso3 + " must be " + CODE_EXAMPLE.get(system));
    }
    int from = year(row.get(3), "from_year", iso3, file, row.line(), false);
    Integer to = yearOrNull(row.get(4), "to_year", iso3, file, row.line());
    try {
      return new CrosswalkEntry(iso3, system, code, from, to, row.get(5).strip());
    } catch (IllegalArgumentException e) {
      throw new RegistryTableException(file, row.line(), e.getMessage());
    }
  }

  private static Integer yearOrNull(
      String text, String column, String iso3, String file, int line) {
    return text.isBlank() ? null : year(text, column, iso3, file, line, true);
  }

  private static int year(
      String text, String column, String iso3, String file, int line, boolean mayBeEmpty) {
    String t = text.strip();
    if (!t.matches("[0-9]{3,4}")) {
      throw new RegistryTableException(
          file,
          line,
          column
              + " '"
              + t
              + "' of "
              + iso3
              + " is not a year"
              + (mayBeEmpty ? "; leave it empty while the country or code still holds" : ""));
    }
    return Integer.parseInt(t);
  }
}
