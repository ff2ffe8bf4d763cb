package org.borderland.data.factbook.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.SharedData;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.registry.NonStates;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real archive in {@code shared/data}; skipped when it is absent. */
class ArchiveImporterIntegrationTest {
  private static Path data;
  private static final NonStates NON_STATES = NonStates.standard();
  private static CountryRegistry registry;

  @BeforeAll
  static void locateData() {
    data = SharedData.dataOrSkip(ArchiveImporter.FOLDER);
    registry = RegistryTables.standard();
  }

  @Test
  void theRealCountryTableHasTheCodeTraps() throws Exception {
    ArchiveCountries table =
        ArchiveCountries.read(
            data.resolve(ArchiveImporter.FOLDER).resolve("reference_tables/countries.csv"),
            ArchiveImporter.DATASET);

    assertThat(codeNames(table, 1992, "ca")).containsExactly("Canada", "Cape Verde");
    assertThat(codeNames(table, 1991, "so")).containsExactly("Somalia", "Soviet Union");
    assertThat(codeNames(table, 1992, "so")).containsExactly("Somalia");
    assertThat(codeNames(table, 1997, "gg")).containsExactly("Georgia", "South Georgia and the");
    assertThat(codeNames(table, 2008, "rb")).containsExactly("Serbia");
    assertThat(codeNames(table, 2008, "ri")).containsExactly("Serbia");
    assertThat(codeNames(table, 2001, "yu")).containsExactly("Yugoslavia");
  }

  private static List<String> codeNames(ArchiveCountries table, int year, String code) {
    return table.ofYear(year).stream()
        .filter(e -> e.code().equals(code))
        .map(ArchiveCountries.Entry::name)
        .sorted()
        .toList();
  }

  @Test
  void readsEveryEditionQuicklyAndKeepsPredecessorsApart() throws Exception {
    ArchiveImporter importer = new ArchiveImporter(f -> List.of(), NON_STATES::isNonStateName);
    Map<String, Set<Integer>> editionsByCountry = new HashMap<>();
    Map<Integer, Integer> fieldsByEdition = new TreeMap<>();
    Map<Integer, String> kazBorders = new TreeMap<>();
    long[] chars = {0};

    long start = System.nanoTime();
    importer.forEachField(
        data,
        registry,
        f -> {
          editionsByCountry.computeIfAbsent(f.country(), k -> new TreeSet<>()).add(f.edition());
          fieldsByEdition.merge(f.edition(), 1, Integer::sum);
          chars[0] += f.text().length();
          if (f.country().equals("KAZ") && f.field().equals("Land boundaries")) {
            kazBorders.put(f.edition(), f.text());
          }
        });
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = fieldsByEdition.values().stream().mapToInt(Integer::intValue).sum();
    System.err.printf(
        "factbook-archive: %d editions, %d fields (%.0f MB of text), %d countries in %.1f s%n",
        fieldsByEdition.size(), total, chars[0] / 1e6, editionsByCountry.size(), seconds);
    importer.warnings().forEach(w -> System.err.println("  warning: " + w));

    assertThat(fieldsByEdition.keySet())
        .containsExactlyElementsOf(IntStream.rangeClosed(1990, 2025).boxed().toList());
    assertThat(total).isBetween(900_000, 1_061_341);
    assertThat(editionsByCountry.get("KAZ"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1992, 2025).boxed().toList());
    assertThat(editionsByCountry.get("RUS"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1992, 2025).boxed().toList());
    assertThat(editionsByCountry.get("SUN")).containsExactly(1990, 1991);
    assertThat(editionsByCountry.get("CSK")).containsExactly(1990, 1991, 1992);
    assertThat(editionsByCountry.get("SVK").iterator().next()).isEqualTo(1993);
    assertThat(editionsByCountry.get("YUG")).containsExactly(1990, 1991);
    assertThat(editionsByCountry.get("SCG"))
        .containsExactlyElementsOf(IntStream.rangeClosed(1992, 2005).boxed().toList());
    assertThat(editionsByCountry.get("SGS")).contains(1997);
    assertThat(editionsByCountry.get("GEO")).contains(1997);
    assertThat(kazBorders.get(2014)).contains("Russia 6,846 km");
    assertThat(kazBorders.get(2015)).contains("Russia 7,644 km");
    assertThat(importer.warnings())
        .anyMatch(w -> w.startsWith("edition 2008 has two entries for SRB: kept CountryID 9259"));
    assertThat(importer.skippedNonState()).containsEntry("World", 36);
    assertThat(seconds).as("reading all editions takes seconds, not minutes").isLessThan(60);
  }

  @Test
  void the1991SovietRowsNameMoscowAndAreNotRussia() throws Exception {
    ArchiveImporter importer = new ArchiveImporter(f -> List.of(), NON_STATES::isNonStateName);

    List<FieldText> fields = importer.fields(data, registry, 1991);

    Map<String, String> capitals =
        fields.stream()
            .filter(f -> f.field().equals("Capital"))
            .collect(Collectors.toMap(FieldText::country, FieldText::text, (a, b) -> a));
    assertThat(capitals.get("SUN")).contains("Moscow");
    assertThat(capitals.get("SOM")).contains("Mogadishu");
    assertThat(capitals).doesNotContainKey("RUS");
  }
}
