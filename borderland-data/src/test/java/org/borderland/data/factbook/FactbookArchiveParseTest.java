package org.borderland.data.factbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.data.SharedData;
import org.borderland.data.factbook.archive.ArchiveImporter;
import org.borderland.data.importer.ImportException;
import org.borderland.data.registry.NonStates;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the field parsers over every parsed field of every archive edition 1990–2025, as the archive
 * reader hands them over with the project's registry, and reports the parse rate per field (also
 * written to {@code target/factbook-parse-report.txt}). Skipped when the shared data is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactbookArchiveParseTest {
  private final CountryRegistry registry = RegistryTables.standard();
  private final Map<FactbookField, Stats> stats = new EnumMap<>(FactbookField.class);
  private final List<Observation> all = new ArrayList<>();
  private final List<String> unknownNames = new ArrayList<>();
  private final List<String> silentDrops = new ArrayList<>();
  private int skippedEntries;

  /** Counts for one field. */
  private static final class Stats {
    int fields;
    int withValue;
    int nullOnly;
    int noFigure;
    int partial;
    int failed;
    int shareTokens;
    int shareRows;
    final Map<ParsedField.Reason, Integer> skips = new EnumMap<>(ParsedField.Reason.class);
    final List<String> examples = new ArrayList<>();
  }

  @BeforeAll
  void parseEverything() throws IOException, ImportException {
    Path data = SharedData.dataOrSkip(ArchiveImporter.FOLDER);
    ArchiveImporter archive =
        new ArchiveImporter(f -> List.of(), NonStates.standard()::isNonStateName);
    archive.forEachField(
        data,
        registry,
        f -> {
          FactbookField kind = FactbookFields.canonical(f.field()).orElse(null);
          if (kind == null) {
            return;
          }
          ParsedField p = FactbookObservations.parse(f, registry);
          record(kind, f, p);
          all.addAll(p.observations());
        });
    skippedEntries = archive.skippedNonState().values().stream().mapToInt(i -> i).sum();
    writeReport();
  }

  private static final Pattern SHARE_TOKEN =
      Pattern.compile(
          "(?<![\\w.,])(?:\\d+(?:\\.\\d+)?|NA|NEGL)(?:\\s*%?\\s*-\\s*\\d+(?:\\.\\d+)?)?\\s*%");
  private static final Pattern KM_TOKEN =
      Pattern.compile("(?<![\\w.,])(?:\\d[\\d,]*(?:\\.\\d+)?|NA)\\s*(?:km\\b|(?=\\s*(?:[,;|]|$)))");
  private static final Pattern INNER_KM =
      Pattern.compile("(?i)(?:of which|including|includes)\\s+[\\d,.]+\\s*km");

  private void record(FactbookField kind, FieldText f, ParsedField p) {
    Stats s = stats.computeIfAbsent(kind, k -> new Stats());
    s.fields++;
    boolean unparsed = false;
    for (ParsedField.Skipped k : p.skipped()) {
      s.skips.merge(k.reason(), 1, Integer::sum);
      if (k.reason() == ParsedField.Reason.UNPARSED
          || k.reason() == ParsedField.Reason.UNKNOWN_COUNTRY) {
        unparsed = true;
      }
      if (k.reason() == ParsedField.Reason.COUNT_MISMATCH && s.examples.size() < 400) {
        s.examples.add(
            "COUNT " + f.edition() + " " + f.country() + " | " + k.detail() + " | " + f.text());
      }
      if (k.reason() == ParsedField.Reason.UNKNOWN_COUNTRY) {
        unknownNames.add(f.edition() + " " + f.country() + ": " + k.item() + " — " + k.detail());
      }
    }
    String outcome;
    if (p.hasValue()) {
      if (unparsed) {
        s.partial++;
        outcome = "PARTIAL";
      } else {
        s.withValue++;
        outcome = null;
      }
    } else if (!p.observations().isEmpty()) {
      s.nullOnly++;
      outcome = unparsed ? "NULL+UNPARSED" : null;
    } else if (!unparsed && !p.skipped().isEmpty()) {
      s.noFigure++;
      outcome = "NOFIG";
    } else {
      s.failed++;
      outcome = "FAILED";
    }
    if (kind == FactbookField.ETHNIC_GROUPS || kind == FactbookField.LANGUAGES) {
      String body = FactbookText.splitNote(FactbookText.clean(f.text())).body();
      int cut = body.toLowerCase(Locale.ROOT).indexOf("major-language sample");
      if (cut >= 0) {
        body = body.substring(0, cut);
      }
      Matcher m = SHARE_TOKEN.matcher(body);
      int tokens = 0;
      while (m.find()) {
        tokens++;
      }
      int rows = 0;
      for (Observation o : p.observations()) {
        if (o.hasValue() || o.note().contains("printed NA") || o.note().contains("NEGL")) {
          rows++;
        }
      }
      s.shareTokens += tokens;
      s.shareRows += Math.min(rows, tokens);
      if (rows < tokens && outcome == null) {
        outcome = "SHARES " + rows + "/" + tokens;
      }
    }
    if (kind == FactbookField.LAND_BOUNDARIES) {
      checkNoSilentDrop(f, p);
    }
    if (outcome != null && s.examples.size() < 400) {
      s.examples.add(
          outcome
              + " "
              + f.edition()
              + " "
              + f.country()
              + " | "
              + FactbookText.abbreviate(f.text(), 300)
              + " || "
              + p.skipped());
    }
  }

  /** Every "N km" outside parentheses and notes is the total, a neighbour part, or a skip. */
  private void checkNoSilentDrop(FieldText f, ParsedField p) {
    String text =
        FactbookText.clean(f.text())
            .replaceAll("(?i)note\\s*-\\s*boundary with Dhekelia is being resurveyed", "");
    String body =
        INNER_KM
            .matcher(FactbookText.maskParens(FactbookText.splitNote(text).body()))
            .replaceAll(" ");
    Matcher m = KM_TOKEN.matcher(body);
    int tokens = 0;
    while (m.find()) {
      tokens++;
    }
    int accounted = 0;
    for (Observation o : p.observations()) {
      if (o.indicator().equals(FactbookObservations.LAND_BORDER_TOTAL_KM)) {
        accounted += o.note().contains("'none'") ? 0 : 1;
      } else if (o.indicator().equals(Indicators.LAND_BORDER_KM)) {
        Matcher parts = Pattern.compile("sum of (\\d+) parts").matcher(o.note());
        accounted += parts.find() ? Integer.parseInt(parts.group(1)) : 1;
      }
    }
    for (ParsedField.Skipped k : p.skipped()) {
      if (KM_TOKEN.matcher(k.item()).find()) {
        accounted++;
      }
    }
    // "8,893 km with US" is both the total and the one neighbour.
    boolean totalIsNeighbour = body.matches("(?i)^\\s*[\\d,.]+\\s*km with .*");
    if (accounted != tokens && !(totalIsNeighbour && accounted == tokens + 1)) {
      silentDrops.add(
          f.edition()
              + " "
              + f.country()
              + " km tokens "
              + tokens
              + " accounted "
              + accounted
              + " | "
              + f.text());
    }
  }

  private void writeReport() throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("Factbook archive 1990–2025: parse rates per field\n");
    b.append(
        "value: at least one figure and nothing unread; null: only rows without a figure (NA, groups named\n");
    b.append(
        "without a share, texts); nofig: the field says it has no figure; part: figures read and some items\n");
    b.append("reported unread; fail: nothing read. Parse rate = 1 - fail/fields.\n");
    b.append(
        String.format(
            Locale.ROOT,
            "%-16s %7s %8s %6s %6s %6s %6s %8s  %s%n",
            "field",
            "fields",
            "value",
            "null",
            "nofig",
            "part",
            "fail",
            "rate",
            "skips"));
    for (Map.Entry<FactbookField, Stats> e : stats.entrySet()) {
      Stats s = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "%-16s %7d %7.2f%% %6d %6d %6d %6d %7.2f%%  %s",
              e.getKey(),
              s.fields,
              100.0 * s.withValue / s.fields,
              s.nullOnly,
              s.noFigure,
              s.partial,
              s.failed,
              100.0 * (s.fields - s.failed) / s.fields,
              s.skips));
      if (s.shareTokens > 0) {
        b.append(
            String.format(
                Locale.ROOT,
                "  shares read %d/%d (%.2f%%)",
                s.shareRows,
                s.shareTokens,
                100.0 * s.shareRows / s.shareTokens));
      }
      b.append('\n');
    }
    b.append("non-state entries skipped (entry-editions): ").append(skippedEntries).append('\n');
    b.append("observations: ").append(all.size()).append('\n');
    b.append("unknown neighbour names: ").append(unknownNames.size()).append('\n');
    unknownNames.stream().limit(100).forEach(u -> b.append("  ").append(u).append('\n'));
    b.append("land-boundary fields with unaccounted km figures: ")
        .append(silentDrops.size())
        .append('\n');
    silentDrops.stream().limit(100).forEach(u -> b.append("  ").append(u).append('\n'));
    Map<String, Integer> keys = new TreeMap<>();
    for (Observation o : all) {
      if (o.indicator().equals(Indicators.ETHNIC_SHARE)
          || o.indicator().equals(Indicators.LANGUAGE_SHARE)) {
        keys.merge(o.indicator().substring(0, 3) + " " + o.key(), 1, Integer::sum);
      }
    }
    Map<String, Integer> named = new TreeMap<>();
    for (Observation o : all) {
      if (o.indicator().equals(FactbookObservations.BROADCAST_FOREIGN)
          || o.indicator().equals(FactbookObservations.DISPUTE_MENTIONS)) {
        named.merge(
            o.indicator().substring(0, 3) + " " + o.key() + " " + o.note(), 1, Integer::sum);
      }
    }
    b.append("\n== NAMED\n");
    named.forEach((k, v) -> b.append("  ").append(v).append(' ').append(k).append('\n'));
    b.append("\n== KEYS\n");
    keys.forEach((k, v) -> b.append("  ").append(v).append(' ').append(k).append('\n'));
    b.append("\n== SAMPLES\n");
    for (Observation o : all) {
      if ((o.country().equals("KAZ")
              && (o.edition() == 1992 || o.edition() == 2024 || o.edition() == 2019))
          || (o.country().equals("UKR") && o.edition() == 2016)
          || (o.country().equals("EST") && o.edition() == 2010)) {
        b.append("  ")
            .append(o.edition())
            .append(' ')
            .append(o.country())
            .append(' ')
            .append(o.indicator())
            .append(" [")
            .append(o.key())
            .append("] = ")
            .append(o.value())
            .append(' ')
            .append(o.unit())
            .append(" ref=")
            .append(o.refYear())
            .append(" | ")
            .append(o.note())
            .append('\n');
      }
    }
    for (Map.Entry<FactbookField, Stats> e : stats.entrySet()) {
      b.append("\n== ").append(e.getKey()).append('\n');
      e.getValue().examples.forEach(x -> b.append("  ").append(x).append('\n'));
    }
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(
        target.resolve("factbook-parse-report.txt"), b.toString(), StandardCharsets.UTF_8);
    System.out.println(b.substring(0, b.indexOf("\n== ") < 0 ? b.length() : b.indexOf("\n== ")));
  }

  private Map<Integer, Double> series(String country, String indicator, String key) {
    Map<Integer, Double> out = new TreeMap<>();
    for (Observation o : all) {
      if (o.country().equals(country) && o.indicator().equals(indicator) && o.key().equals(key)) {
        out.put(o.edition(), o.value());
      }
    }
    return out;
  }

  @Test
  void kazakhstanRussianShareFallsByEdition() {
    Map<Integer, Double> russian = series("KAZ", Indicators.ETHNIC_SHARE, "Russian");
    assertThat(russian)
        .containsEntry(1992, 38.0)
        .containsEntry(1995, 37.0)
        .containsEntry(2014, 23.7)
        .containsEntry(2024, 14.9);
    assertThat(russian.keySet()).doesNotContain(1990, 1991);
  }

  @Test
  void kazakhstanRussiaBorderKeepsBothPublishedLengths() {
    Map<Integer, Double> border = series("KAZ", Indicators.LAND_BORDER_KM, "RUS");
    assertThat(border).containsEntry(2014, 6846.0).containsEntry(2015, 7644.0);
    assertThat(border.keySet()).doesNotContain(2018, 2019, 2020);
    assertThat(series("KAZ", FactbookObservations.LAND_BORDER_TOTAL_KM, ""))
        .containsEntry(2019, 13364.0);
  }

  @Test
  void everyNeighbourNameResolvesOrIsReported() {
    assertThat(unknownNames).as("land-boundary names the registry lacks").isEmpty();
    assertThat(silentDrops).as("land-boundary figures neither read nor reported").isEmpty();
    for (Observation o : all) {
      if (o.indicator().equals(Indicators.LAND_BORDER_KM)) {
        assertThat(registry.find(o.key())).as(o.toString()).isPresent();
      }
    }
  }

  @Test
  void parseRatesAreHigh() {
    Map<FactbookField, Double> rate = new LinkedHashMap<>();
    stats.forEach((k, s) -> rate.put(k, 1 - s.failed / (double) s.fields));
    assertThat(rate.get(FactbookField.POPULATION)).isGreaterThan(0.99);
    assertThat(rate.get(FactbookField.LAND_BOUNDARIES)).isGreaterThan(0.99);
    assertThat(rate.get(FactbookField.ETHNIC_GROUPS)).isGreaterThan(0.95);
    assertThat(rate.get(FactbookField.LANGUAGES)).isGreaterThan(0.90);
  }
}
