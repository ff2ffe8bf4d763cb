package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.List;
import org.borderland.core.panel.Indicator;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;

/** Collects the observations and skipped items of one field, filling in what every row shares. */
final class Rows {
  private final FieldText field;
  private final Source source;
  private final List<Observation> observations = new ArrayList<>();
  private final List<ParsedField.Skipped> skipped = new ArrayList<>();

  Rows(FieldText field) {
    this.field = field;
    this.source = new Source(field.dataset(), field.sourceEdition(), field.field(), field.text());
  }

  FieldText field() {
    return field;
  }

  /** Adds an observation; the unit is the indicator's. */
  void add(String indicator, String key, Double value, Integer refYear, String note) {
    String unit = Indicators.find(indicator).map(Indicator::unit).orElse("");
    observations.add(
        new Observation(
            field.country(),
            indicator,
            key,
            value,
            unit,
            refYear,
            field.edition(),
            field.published(),
            true,
            source,
            note));
  }

  void skip(ParsedField.Reason reason, String item, String detail) {
    skipped.add(new ParsedField.Skipped(reason, item.strip(), detail));
  }

  ParsedField result() {
    return new ParsedField(observations, skipped);
  }
}
