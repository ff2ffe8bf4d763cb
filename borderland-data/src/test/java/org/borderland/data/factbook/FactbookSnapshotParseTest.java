package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the parsers over every parsed field of the four JSON snapshots, flattened the way the
 * snapshot reader hands them over ({@code "subfield: text | subfield: text"}). Skipped when the
 * shared data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactbookSnapshotParseTest {
  private final List<Observation> all = new ArrayList<>();
  private final Map<FactbookField, int[]> counts = new EnumMap<>(FactbookField.class);
  private final List<String> unknown = new ArrayList<>();

  @BeforeAll
  void parseSnapshots() throws IOException {
    Path data = Path.of(System.getProperty("borderland.shared", "../../shared")).resolve("data");
    Assumptions.assumeTrue(
        Files.isDirectory(data.resolve("factbook")),
        "shared data not found at " + data + ": set -Dborderland.shared to the shared directory");
    TestRegistries.Derived derived = TestRegistries.fromSharedData(data);
    CountryRegistry registry = derived.registry();
    Map<String, String> fips = fipsToIso(data);
    ObjectMapper json = new ObjectMapper();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(data.resolve("factbook"))) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : dirs) {
      String name = dir.getFileName().toString();
      LocalDate date = LocalDate.parse(name.substring(0, 10));
      List<Path> files;
      try (Stream<Path> s = Files.walk(dir)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path file : files) {
        String code = file.getFileName().toString().replace(".json", "");
        String iso = fips.get(code);
        if (iso == null) {
          continue;
        }
        JsonNode root = json.readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> cats = root.fields(); cats.hasNext(); ) {
          Map.Entry<String, JsonNode> cat = cats.next();
          for (Iterator<Map.Entry<String, JsonNode>> fields = cat.getValue().fields();
              fields.hasNext(); ) {
            Map.Entry<String, JsonNode> fe = fields.next();
            FactbookField kind = FactbookFields.canonical(fe.getKey()).orElse(null);
            if (kind == null) {
              continue;
            }
            FieldText f =
                new FieldText(
                    iso,
                    fe.getKey(),
                    flatten(fe.getValue()),
                    date.getYear(),
                    date,
                    "factbook-json",
                    name,
                    file.toString());
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
                .forEach(s -> unknown.add(name + " " + iso + ": " + s.item()));
            all.addAll(p.observations());
          }
        }
      }
    }
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

  /** Flattens a snapshot field: its text, then each sub-field as "name: text", joined by " | ". */
  static String flatten(JsonNode node) {
    if (node.isValueNode()) {
      return node.asText();
    }
    List<String> parts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals("text")) {
        parts.add(e.getValue().asText());
      } else {
        parts.add(e.getKey() + ": " + flatten(e.getValue()));
      }
    }
    return String.join(" | ", parts);
  }

  private static Map<String, String> fipsToIso(Path data) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> lines = Files.readAllLines(data.resolve("crosswalk/country-codes.csv"));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int iso = header.indexOf("ISO3166-1-Alpha-3");
    int fips = header.indexOf("FIPS");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      if (cells.length > Math.max(iso, fips)
          && !cells[fips].isBlank()
          && cells[iso].matches("[A-Z]{3}")) {
        out.put(cells[fips].toLowerCase(Locale.ROOT), cells[iso]);
      }
    }
    return out;
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
