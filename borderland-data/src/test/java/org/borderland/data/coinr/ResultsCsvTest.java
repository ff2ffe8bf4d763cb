package org.borderland.data.coinr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Tree;
import org.junit.jupiter.api.Test;

/** The results table's layout and number format. */
class ResultsCsvTest {
  @Test
  void numbersHaveSeventeenSignificantDigitsWithoutTrailingZeros() {
    assertThat(ResultsCsv.number(81.15673666983993)).isEqualTo("81.15673666983993");
    assertThat(ResultsCsv.number(75.227804654281783)).isEqualTo("75.227804654281783");
    assertThat(ResultsCsv.number(100)).isEqualTo("100");
    assertThat(ResultsCsv.number(0.5)).isEqualTo("0.5");
    // As R's format(-2.5e-7, digits = 17): the double nearest 2.5e-7 to 17 digits.
    assertThat(ResultsCsv.number(-2.5e-7)).isEqualTo("-2.4999999999999999e-07");
    assertThat(ResultsCsv.number(Double.NaN)).isEqualTo("NA");
    for (double v : new double[] {Math.PI, 1 / 3.0, 12345.678901234567, 1e-9 / 7}) {
      assertThat(Double.parseDouble(ResultsCsv.number(v))).isEqualTo(v);
    }
  }

  @Test
  void writesUnitAggregatesAndRanksOrderedByTheTopAggregate() {
    Tree t =
        Tree.of(
            List.of(
                Node.indicator("a", "I", 1, 1),
                Node.indicator("b", "I", 1, 1),
                Node.aggregate("I", 2, null, 1)));
    Dataset d =
        Dataset.builder(List.of("X", "Y", "Z"))
            .values("a", new double[] {0, 10, 5})
            .values("b", new double[] {0, Double.NaN, 10})
            .build();
    assertThat(ResultsCsv.lines(Pipeline.simple().run(d, t).results()))
        .containsExactly("\"uCode\",\"I\",\"I_rank\"", "\"Y\",100,1", "\"Z\",75,2", "\"X\",0,3");
  }
}
