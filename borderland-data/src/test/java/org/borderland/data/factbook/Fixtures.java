package org.borderland.data.factbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;

/** Small literal fields for the parser tests. */
final class Fixtures {
  private Fixtures() {}

  static final CountryRegistry REGISTRY = TestRegistries.small();

  static FieldText field(String country, String name, String text, int edition) {
    return new FieldText(
        country,
        name,
        text,
        edition,
        LocalDate.of(edition, 12, 31),
        "factbook-archive",
        edition + " (fixture)",
        "fixture line 1");
  }

  static List<Observation> parse(String country, String name, String text, int edition) {
    return FactbookObservations.from(field(country, name, text, edition), REGISTRY);
  }

  static ParsedField parsed(String country, String name, String text, int edition) {
    return FactbookObservations.parse(field(country, name, text, edition), REGISTRY);
  }

  static Optional<Observation> find(List<Observation> obs, String indicator, String key) {
    return obs.stream()
        .filter(o -> o.indicator().equals(indicator) && o.key().equals(key))
        .findFirst();
  }

  static Observation get(List<Observation> obs, String indicator, String key) {
    return find(obs, indicator, key)
        .orElseThrow(() -> new AssertionError("no " + indicator + "/" + key + " in " + obs));
  }

  static List<String> keys(List<Observation> obs, String indicator) {
    return obs.stream().filter(o -> o.indicator().equals(indicator)).map(Observation::key).toList();
  }
}
