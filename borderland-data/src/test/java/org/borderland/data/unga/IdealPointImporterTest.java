package org.borderland.data.unga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdealPointImporterTest {
  private static final String HEADER =
      "\"\",\"ccode\",\"session\",\"NVotesAll\",\"IdealPointAll\",\"QO%All\",\"Q5%All\","
          + "\"Q10%All\",\"Q50%All\",\"Q90%All\",\"Q95%All\",\"Q100%All\",\"iso3c\",\"Countryname\"";

  @TempDir Path dir;

  private List<Observation> read(String... rows) throws ImportException {
    Fixtures.writeTable(dir, IdealPointImporter.FILE, HEADER, rows);
    return new IdealPointImporter().read(dir, TestRegistries.small());
  }

  @Test
  void yugoslaviasCodeIn2022IsSerbiaWhateverTheFileSays() throws ImportException {
    List<Observation> rows =
        read(
            "\"3744\",345,77,78,0.3962263,0.13,0.26,0.29,0.39,0.49,0.52,0.67,\"YUG\","
                + "\"Yugoslavia\"",
            "\"3727\",345,60,75,0.9472616,0.6,0.76,0.8,0.93,1.1,1.13,1.32,\"YUG\",\"Yugoslavia\"");

    assertThat(rows)
        .extracting(Observation::country, Observation::refYear, Observation::value)
        .containsExactly(tuple("SCG", 2005, 0.9472616), tuple("SRB", 2022, 0.3962263));
    assertThat(rows.get(1).note())
        .isEqualTo("the file's own iso3c 'YUG' is ignored: COW 345 in 2022 is SRB");
    assertThat(rows.get(1).published()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(rows.get(1).asKnown()).isFalse();
  }

  @Test
  void sovietYearsAreTheSovietUnionsNotRussias() throws ImportException {
    List<Observation> rows =
        read(
            "\"4150\",365,44,114,-0.68,0,0,0,0,0,0,0,\"RUS\",\"Russia\"",
            "\"4152\",365,46,71,0.710389,0,0,0,0,0,0,0,\"RUS\",\"Russia\"",
            "\"4153\",365,47,73,1.139861,0,0,0,0,0,0,0,\"RUS\",\"Russia\"");

    assertThat(rows)
        .extracting(Observation::country, Observation::refYear, Observation::value)
        .containsExactly(tuple("RUS", 1992, 1.139861), tuple("SUN", 1991, 0.710389));
    assertThat(rows.get(1).note()).contains("'RUS' is ignored: COW 365 in 1991 is SUN");
    assertThat(rows.get(0).note()).isEmpty();
  }
}
