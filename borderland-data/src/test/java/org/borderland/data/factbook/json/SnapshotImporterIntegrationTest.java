package org.borderland.data.factbook.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.SharedData;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.factbook.archive.ArchiveImporter;
import org.borderland.data.registry.NonStates;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the real snapshots in {@code shared/data}; skipped when they are absent. */
class SnapshotImporterIntegrationTest {
  private static Path data;
  private static final NonStates NON_STATES = NonStates.standard();
  private static CountryRegistry registry;

  @BeforeAll
  static void locateData() {
    data = SharedData.dataOrSkip(SnapshotImporter.FOLDER);
    registry = RegistryTables.standard();
  }

  @Test
  void readsAllFourSnapshotsAndFlattensKazakhstansFields() throws Exception {
    SnapshotImporter importer = new SnapshotImporter(f -> List.of(), NON_STATES::isNonStateFips);

    long start = System.nanoTime();
    List<FieldText> fields = importer.fields(data, registry);
    double seconds = (System.nanoTime() - start) / 1e9;

    Map<String, Integer> perSnapshot = new TreeMap<>();
    Map<String, String> kaz = new HashMap<>();
    for (FieldText f : fields) {
      perSnapshot.merge(f.published().toString(), 1, Integer::sum);
      if (f.country().equals("KAZ")) {
        kaz.put(f.published() + " " + f.field(), f.text());
      }
    }
    System.err.printf(
        "factbook-json: %d fields in %.1f s, per snapshot %s%n",
        fields.size(), seconds, perSnapshot);
    importer.warnings().forEach(w -> System.err.println("  warning: " + w));
    for (String d : List.of("2015-10-26", "2020-11-27", "2024-04-11", "2026-01-22")) {
      for (String f :
          List.of(
              "Land boundaries",
              "Population",
              "Ethnic groups",
              "Languages",
              "Military expenditures")) {
        System.err.println("  KAZ " + d + " " + f + ": " + kaz.get(d + " " + f));
      }
    }

    assertThat(perSnapshot.keySet())
        .containsExactly("2015-10-26", "2020-11-27", "2024-04-11", "2026-01-22");
    assertThat(kaz.get("2015-10-26 Land boundaries"))
        .isEqualTo(
            "total: 13,364 km | border countries (5): China 1,765 km, Kyrgyzstan 1,212 km, Russia"
                + " 7,644 km, Turkmenistan 413 km, Uzbekistan 2,330 km");
    assertThat(kaz.get("2020-11-27 Land boundaries")).contains("Russia 7644 km");
    assertThat(kaz.get("2026-01-22 Population"))
        .isEqualTo("total: 20,432,662 (2025 est.) | male: 9,902,303 | female: 10,530,359");
    assertThat(kaz.get("2024-04-11 Military expenditures"))
        .startsWith("Military Expenditures 2022: 0.7% of GDP (2022 est.) | Military Expenditures");
    assertThat(kaz.get("2024-04-11 Ethnic groups")).contains("Ukrainian 1.3%, Tatar 1%");
    assertThat(kaz.get("2024-04-11 Disputes - international"))
        .startsWith("Kazakhstan-China: in 1998")
        .doesNotContain("<");
    assertThat(kaz).doesNotContainKey("2026-01-22 Disputes - international");
    // 254 entries: the registry's states and territories (the uncoded specks too); only World,
    // the EU and the oceans are non-state.
    assertThat(importer.warnings())
        .contains(
            "snapshot 2026-01-22-783ed27f7a11 has a 'Disputes - international' field in only 1 of"
                + " its 254 entries",
            "snapshot 2015-10-26-1c1294a3de61 has no 'Military and security service personnel"
                + " strengths' field in any of its 254 entries");
    assertThat(fields).noneMatch(f -> f.text().contains("&nbsp;") || f.text().contains("<br"));
    assertThat(seconds).isLessThan(60);
  }

  @Test
  void kazakhstanRussiaBorderAgreesBetweenThe2015SnapshotAndThe2015Archive() throws Exception {
    SnapshotImporter snapshots = new SnapshotImporter(f -> List.of(), NON_STATES::isNonStateFips);
    ArchiveImporter archive = new ArchiveImporter(f -> List.of(), NON_STATES::isNonStateName);
    SharedData.dataOrSkip(ArchiveImporter.FOLDER);

    String json =
        snapshots
            .fields(data, registry, snapshots.snapshot(data, "2015-10-26").orElseThrow())
            .stream()
            .filter(f -> f.country().equals("KAZ") && f.field().equals("Land boundaries"))
            .findFirst()
            .orElseThrow()
            .text();
    String sql =
        archive.fields(data, registry, 2015).stream()
            .filter(f -> f.country().equals("KAZ") && f.field().equals("Land boundaries"))
            .findFirst()
            .orElseThrow()
            .text();

    assertThat(json).contains("Russia 7,644 km");
    assertThat(sql).contains("Russia 7,644 km");
    assertThat(json).isEqualTo(sql);
  }
}
