package org.borderland.data.unga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.Fixtures;
import org.borderland.data.cow.TestRegistries;
import org.borderland.data.importer.ImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoteAgreementImporterTest {
  @TempDir Path dir;

  @BeforeEach
  void rollCalls() {
    Fixtures.write(
        dir,
        VoteAgreementImporter.ROLL_CALLS,
        "\"rcid\",\"session\",\"importantvote\",\"date\",\"unres\",\"amend\",\"para\",\"short\","
            + "\"descr\"",
        "1,46,0,1991-12-01,\"R/46/1\",0,0,\"A\",\"first, with a comma\"",
        "2,47,0,1992-11-01,\"R/47/1\",0,0,\"B\",\"spans",
        "two lines\"",
        "3,47,0,1992-11-02,\"R/47/2\",0,0,\"C\",\"\"",
        "4,47,0,1992-11-03,\"R/47/3\",0,0,\"D\",\"\"",
        "5,74,0,2019-12-01,\"R/74/1\",0,0,\"E\",\"\"",
        "6,44,0,1989-12-01,\"R/44/1\",0,0,\"F\",\"\"");
  }

  private List<Observation> read(String... votes) throws ImportException {
    Fixtures.writeTable(
        dir, VoteAgreementImporter.VOTES, "\"rcid\",\"country\",\"country_code\",\"vote\"", votes);
    return new VoteAgreementImporter().read(dir, TestRegistries.small());
  }

  @Test
  void agreementIsTheShareOfCommonRollCallsWithTheSameVote() throws ImportException {
    List<Observation> rows =
        read(
            "2,\"Russia\",\"RU\",\"yes\"",
            "2,\"Kazakhstan\",\"KZ\",\"yes\"",
            "3,\"Russia\",\"RU\",\"abstain\"",
            "3,\"Kazakhstan\",\"KZ\",\"abstain\"",
            "4,\"Russia\",\"RU\",\"no\"",
            "4,\"Kazakhstan\",\"KZ\",\"yes\"",
            "4,\"United States\",\"US\",\"yes\"",
            "6,\"Kazakhstan\",\"KZ\",\"yes\"",
            "6,\"Russia\",\"RU\",\"yes\"");

    assertThat(Fixtures.series(rows, "KAZ", "un_vote_agreement", "RUS"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.refYear()).isEqualTo(1992);
              assertThat(o.value()).isEqualTo(2.0 / 3);
              assertThat(o.unit()).isEqualTo("share");
              assertThat(o.source().text())
                  .isEqualTo(
                      "KAZ voted as RUS on 2 of the 3 roll calls of 1992 on which both voted"
                          + " (yes, no or abstain)");
            });
    assertThat(Fixtures.series(rows, "KAZ", "un_vote_agreement", "USA"))
        .extracting(Observation::refYear, Observation::value)
        .containsExactly(tuple(1992, 1.0));
    assertThat(Fixtures.series(rows, "RUS", "un_vote_agreement", "USA"))
        .extracting(Observation::value)
        .containsExactly(0.0);
    assertThat(rows).noneMatch(o -> o.country().equals(o.key()));
  }

  @Test
  void russiasCodeBefore1992IsTheSovietSeat() throws ImportException {
    List<Observation> rows =
        read(
            "1,\"Russia\",\"RU\",\"yes\"",
            "1,\"Ukraine\",\"UA\",\"yes\"",
            "5,\"Russia\",\"RU\",\"no\"",
            "5,\"Yugoslavia\",\"YU\",\"no\"");

    assertThat(rows)
        .extracting(Observation::country, Observation::key, Observation::refYear)
        .contains(tuple("UKR", "SUN", 1991), tuple("SRB", "RUS", 2019))
        .noneMatch(t -> t.toList().contains("RUS") && t.toList().contains(1991));
  }

  @Test
  void anUnknownVoteIsAnError() {
    assertThatThrownBy(() -> read("2,\"Russia\",\"RU\",\"maybe\""))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("un_votes.csv.gz:2")
        .hasMessageContaining("column 'vote' value 'maybe' is not a vote");
  }

  @Test
  void aCodeUnknownThatYearIsAnError() {
    assertThatThrownBy(() -> read("2,\"Atlantis\",\"AX\",\"yes\""))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining(
            "column 'country_code' value 'AX' (Atlantis) means no registry" + " country in 1992");
  }
}
