package org.borderland.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SensitivityTest {
  private static Sensitivity.Result run(int n, String target, int threads) {
    return Sensitivity.run(
        Fixtures.subject(),
        Fixtures.vignette(),
        new Sensitivity.Options(8, n, 50, target, threads, null));
  }

  @Test
  void runsTheSaltelliDesignAndGivesAnIndexPairPerInput() {
    AtomicInteger done = new AtomicInteger();
    Sensitivity.Result r =
        Sensitivity.run(
            Fixtures.subject(),
            Fixtures.vignette(),
            new Sensitivity.Options(8, 300, 50, null, 2, done::addAndGet));
    assertThat(r.runs()).isEqualTo(300 * (4 + 2));
    assertThat(done.get()).isEqualTo(r.runs());
    assertThat(r.inputs())
        .extracting(Sensitivity.Index::name)
        .containsExactly("Winmax", "Normalisation", "Weights", "Aggregation");
    assertThat(r.variance()).isPositive();
    for (Sensitivity.Index i : r.inputs()) {
      assertThat(i.sti()).isGreaterThanOrEqualTo(0);
      assertThat(i.stiLow()).isLessThanOrEqualTo(i.stiHigh());
      assertThat(i.siLow()).isLessThanOrEqualTo(i.siHigh());
    }
    // Rank statistics come from the 2N runs of A and B.
    assertThat(r.targets()).hasSize(12);
    assertThat(r.rowsUsed() + r.failed()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void sameSeedSameIndicesOnAnyThreadCount() {
    assertThat(run(200, null, 3)).isEqualTo(run(200, null, 1));
  }

  @Test
  void aTargetsRankCanBeTheOutput() {
    Sensitivity.Result r = run(200, "U03", 2);
    assertThat(r.output()).isEqualTo("rank of U03");
    assertThatThrownBy(() -> run(20, "U3", 1))
        .hasMessageContaining("Unknown target 'U3'")
        .hasMessageContaining("did you mean U03?");
  }

  @Test
  void tooSmallASampleIsRefused() {
    assertThatThrownBy(() -> new Sensitivity.Options(1, 1, 10, null, 1, null))
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> new Sensitivity.Options(1, 10, -1, null, 1, null))
        .hasMessageContaining("bootstrap -1 is negative");
  }

  @Test
  void anOutputThatNeverMovesIsExplained() {
    // Winmax between 5 and 5: nothing varies, so there is no variance to apportion.
    UncertaintySpec still = new UncertaintySpec(List.of(new Input.Winmax(null, 5, 5)));
    assertThatThrownBy(
            () ->
                Sensitivity.run(
                    Fixtures.subject(), still, new Sensitivity.Options(1, 10, 0, null, 1, null)))
        .hasMessageContaining("did not vary");
  }
}
