package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.data.SharedData;
import org.borderland.data.factbook.json.SnapshotImporter;
import org.borderland.data.importer.ImportException;
import org.borderland.data.registry.NonStates;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the parsers over every parsed field of the four JSON snapshots, as the snapshot reader hands
 * them over with the project's registry ({@code "subfield: text | subfield: text"}). Skipped when
 * the shared data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactbookSnapshotParseTest {
  private final List<Observation> all = new ArrayList<>();
  private final Map<FactbookField, int[]> counts = new EnumMap<>(FactbookField.class);
  private final List<String> unknown = new ArrayList<>();

  @BeforeAll
  void parseSnapshots() throws ImportException {
    Path data = SharedData.dataOrSkip(SnapshotImporter.FOLDER);
    CountryRegistry registry = RegistryTables.standard();
    new SnapshotImporter(f -> List.of(), NonStates.standard()::isNonStateFips)
        .forEachField(
            data,
            registry,
            f -> {
              FactbookField kind = FactbookFields.canonical(f.field()).orElse(null);
              if (kind == null) {
                return;
              }
              ParsedField p = FactbookObservations.parse(f, registry);
              int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
              c[0]++;
              if (!p.observations().isEmpty()
                  || !p.skipped().isEmpty() && p.skipped(ParsedField.Reason.UNPARSED).isEmpty()) {
                c[1]++;
              }
              if (p.hasValue()) {
                c[2]++;
              }
              p.skipped(ParsedField.Reason.UNKNOWN_COUNTRY)
                  .forEach(
                      k -> unknown.add(f.sourceEdition() + " " + f.country() + ": " + k.item()));
              all.addAll(p.observations());
            });
    StringBuilder b = new StringBuilder("Factbook JSON snapshots: fields read / with a figure\n");
    counts.forEach(
        (k, c) ->
            b.append(
                String.format(
                    Locale.ROOT,
                    "  %-16s %5d fields, %5.1f%% read, %5.1f%% with a figure%n",
                    k,
                    c[0],
                    100.0 * c[1] / c[0],
                    100.0 * c[2] / c[0])));
    System.out.println(b);
  }

  private Double value(int year, String country, String indicator, String key) {
    return all.stream()
        .filter(
            o ->
                o.edition() == year
                    && o.country().equals(country)
                    && o.indicator().equals(indicator)
                    && o.key().equals(key))
        .findFirst()
        .map(Observation::value)
        .orElse(null);
  }

  @Test
  void kazakhstanFiguresOfEachSnapshot() {
    assertThat(value(2015, "KAZ", Indicators.LAND_BORDER_KM, "RUS")).isEqualTo(7644.0);
    assertThat(value(2020, "KAZ", Indicators.ETHNIC_SHARE, "Russian")).isEqualTo(19.3);
    assertThat(value(2024, "KAZ", Indicators.ETHNIC_SHARE, "Russian")).isEqualTo(17.9);
    assertThat(value(2026, "KAZ", Indicators.ETHNIC_SHARE, "Russian")).isEqualTo(14.9);
    assertThat(value(2026, "KAZ", Indicators.LANGUAGE_SHARE, "Russian")).isEqualTo(83.7);
    assertThat(value(2026, "KAZ", Indicators.POPULATION, "")).isEqualTo(20_432_662.0);
    assertThat(value(2024, "KAZ", Indicators.MILEX_GDP_PCT, "")).isEqualTo(0.7);
    assertThat(value(2026, "KAZ", Indicators.GDP_PPP_USD, "")).isEqualTo(7.39385e11);
    assertThat(value(2024, "KAZ", Indicators.LAND_BORDER_KM, "CHN")).isEqualTo(1765.0);
  }

  @Test
  void everyNeighbourNameResolves() {
    assertThat(unknown).isEmpty();
  }

  @Test
  void almostEveryFieldIsRead() {
    counts.forEach((k, c) -> assertThat(c[1] / (double) c[0]).as(k.toString()).isGreaterThan(0.97));
  }
}
