package org.borderland.data.build;

import java.util.List;
import java.util.function.Function;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.factbook.FactbookObservations;
import org.borderland.data.factbook.FieldText;

/** The Factbook field parsers, bound to a registry, as the readers expect them. */
final class FactbookParser {
  private FactbookParser() {}

  static Function<FieldText, List<Observation>> of(CountryRegistry registry) {
    return f -> FactbookObservations.from(f, registry);
  }
}
