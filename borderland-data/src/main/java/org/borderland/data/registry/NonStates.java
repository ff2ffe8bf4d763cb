package org.borderland.data.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.borderland.core.country.CountryRegistry;

/**
 * Factbook entries that are not countries (the European Union, the World, the oceans): they never
 * enter the registry, the graph or a ranking. Importers ask here before calling an unknown name or
 * code an error. The list ships as {@code non-states.csv} next to this class, columns {@code
 * fips,name,reason}.
 */
public final class NonStates {
  /** Columns of {@code non-states.csv}, in order. */
  public static final List<String> COLUMNS = List.of("fips", "name", "reason");

  static final String RESOURCE = "non-states.csv";
  private static final Pattern FIPS = Pattern.compile("[A-Z]{2}");
  private static final Object LOCK = new Object();
  private static volatile NonStates standard;

  /** One non-state entry. */
  public record Entry(String fips, String name, String reason) {}

  private final List<Entry> entries;
  private final Set<String> names;
  private final Set<String> fips;

  private NonStates(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.names =
        entries.stream()
            .map(e -> CountryRegistry.normaliseName(e.name()))
            .collect(Collectors.toUnmodifiableSet());
    this.fips = entries.stream().map(Entry::fips).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The list Borderland ships, loaded once and cached. Safe to call from any thread.
   *
   * @throws IllegalStateException when the bundled table is missing or malformed
   */
  public static NonStates standard() {
    NonStates s = standard;
    if (s == null) {
      synchronized (LOCK) {
        s = standard;
        if (s == null) {
          try (Reader r = RegistryTables.resource(RESOURCE)) {
            s = load(r, RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled " + RESOURCE, e);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                "The bundled " + RESOURCE + " is malformed: " + e.getMessage(), e);
          }
          standard = s;
        }
      }
    }
    return s;
  }

  /**
   * Loads a non-state table.
   *
   * @param file the table's name, for messages
   * @throws RegistryTableException naming the file, line and value that is wrong
   */
  public static NonStates load(Reader reader, String file) {
    CsvTable t = CsvTable.read(reader, file, COLUMNS);
    List<Entry> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : t.rows()) {
      String code = row.get(0).strip().toUpperCase(Locale.ROOT);
      String name = row.get(1).strip();
      if (!FIPS.matcher(code).matches()) {
        throw new RegistryTableException(
            file, row.line(), "FIPS code '" + row.get(0) + "' must be two letters, e.g. XX");
      }
      if (CountryRegistry.normaliseName(name).isEmpty()) {
        throw new RegistryTableException(
            file, row.line(), "name '" + name + "' of " + code + " is empty");
      }
      Integer prev = seen.putIfAbsent(CountryRegistry.normaliseName(name), row.line());
      if (prev != null) {
        throw new RegistryTableException(
            file, row.line(), "name '" + name + "' is already listed on line " + prev);
      }
      out.add(new Entry(code, name, row.get(2).strip()));
    }
    return new NonStates(out);
  }

  /** Whether {@code name} is a non-state (compared as {@link CountryRegistry#normaliseName}). */
  public boolean isNonStateName(String name) {
    return name != null && names.contains(CountryRegistry.normaliseName(name));
  }

  /** Whether the FIPS (GEC) code {@code code} is a non-state entry, in any case. */
  public boolean isNonStateFips(String code) {
    return code != null && fips.contains(code.strip().toUpperCase(Locale.ROOT));
  }

  /** Every entry, in file order. */
  public List<Entry> entries() {
    return entries;
  }
}
