package org.borderland.data.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.factbook.FactbookObservations;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.factbook.ParsedField;

/**
 * The Factbook field parsers bound to a registry, as the readers expect them, counting what each
 * field left out (by field and reason) so a build can say so instead of dropping it silently.
 */
final class FactbookParser implements Function<FieldText, List<Observation>> {
  private final CountryRegistry registry;
  private final Map<String, Integer> skipped = new ConcurrentHashMap<>();

  FactbookParser(CountryRegistry registry) {
    this.registry = registry;
  }

  @Override
  public List<Observation> apply(FieldText f) {
    ParsedField parsed = FactbookObservations.parse(f, registry);
    if (!parsed.skipped(ParsedField.Reason.UNKNOWN_COUNTRY).isEmpty()) {
      return FactbookObservations.from(f, registry); // throws, naming the field and the name
    }
    for (ParsedField.Skipped s : parsed.skipped()) {
      skipped.merge(
          f.field() + ": " + s.reason().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    return parsed.observations();
  }

  /** One line per field and reason: how many items the parsers left out. */
  List<String> summary() {
    List<String> out = new ArrayList<>();
    new TreeMap<>(skipped)
        .forEach((k, n) -> out.add(String.format("items left out by the parser, %s: %,d", k, n)));
    return out;
  }
}
