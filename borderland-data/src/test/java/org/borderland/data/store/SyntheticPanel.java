package org.borderland.data.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;

/**
 * Two versions of a made-up panel of a few megabytes, for tests of replacing one panel by another:
 * version 2 changes every value (so every file), drops a dataset and an edition, and adds others.
 */
final class SyntheticPanel {
  private SyntheticPanel() {}

  /** The rows of {@code version} (1 or 2); {@code rowsPerShard} sets the size. */
  static List<Observation> rows(int version, int rowsPerShard) {
    List<String> datasets =
        version == 1 ? List.of("alpha", "beta", "gamma") : List.of("alpha", "beta", "delta");
    int firstEdition = version == 1 ? 2000 : 2001;
    int lastEdition = version == 1 ? 2011 : 2012;
    List<Observation> out = new ArrayList<>();
    for (String dataset : datasets) {
      for (int edition = firstEdition; edition <= lastEdition; edition++) {
        for (int i = 0; i < rowsPerShard; i++) {
          String country = "C" + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26);
          out.add(
              new Observation(
                  country,
                  "ethnic_share",
                  "group " + i,
                  i % 1000 + version / 10.0,
                  "%",
                  edition - 1,
                  edition,
                  LocalDate.of(edition, 12, 31),
                  true,
                  new Source(
                      dataset,
                      edition + " edition",
                      "Ethnic groups",
                      "raw text of row " + i + " in " + dataset + " " + edition)));
        }
      }
    }
    return out;
  }
}
