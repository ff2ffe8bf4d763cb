package org.borderland.data.importer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderland.core.panel.Observation;

/**
 * What an import produced: the observations, and how many input rows were left out and why
 * (aggregates, years before the panel, missing values), so that nothing is dropped silently.
 *
 * @param dataset the dataset id
 * @param observations every observation (sorted by {@link #ORDER})
 * @param skipped rows left out, counted by reason
 */
public record ImportReport(
    String dataset, List<Observation> observations, Map<String, Integer> skipped) {
  /** Rows in a deterministic order: by country, indicator, key and reference year. */
  public static final Comparator<Observation> ORDER =
      Comparator.comparing(Observation::country)
          .thenComparing(Observation::indicator)
          .thenComparing(Observation::key)
          .thenComparing(Observation::refYear, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Observation::edition);

  /** Sorts the rows by {@link #ORDER}, and copies the reasons. */
  public ImportReport {
    observations = observations.stream().sorted(ORDER).toList();
    skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  /** One line per skip reason, sorted, for logs. */
  public String describeSkipped() {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(skipped).forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
    return b.toString();
  }
}
