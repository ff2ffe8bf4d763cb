package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Node;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.pipeline.Normalise;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Treat;
import org.borderland.core.pipeline.Tree;

/** A small composite indicator: 12 units, 6 indicators in two pillars, one index. */
final class Fixtures {
  private Fixtures() {}

  static Tree tree() {
    List<Node> nodes = new ArrayList<>();
    nodes.add(Node.aggregate("Index", 3, null, 1));
    nodes.add(Node.aggregate("P1", 2, "Index", 1));
    nodes.add(Node.aggregate("P2", 2, "Index", 2));
    for (int i = 1; i <= 6; i++) {
      nodes.add(Node.indicator("i" + i, i <= 3 ? "P1" : "P2", i == 2 ? 2 : 1, i == 5 ? -1 : 1));
    }
    return Tree.of(nodes);
  }

  /** Lognormal values (one indicator skewed enough to be winsorised), a few missing. */
  static Dataset data() {
    Random rnd = new Random(7);
    List<String> units = new ArrayList<>();
    for (int u = 0; u < 12; u++) {
      units.add(String.format("U%02d", u));
    }
    Dataset.Builder b = Dataset.builder(units);
    for (int i = 1; i <= 6; i++) {
      double[] x = new double[12];
      for (int u = 0; u < 12; u++) {
        x[u] = Math.exp(rnd.nextGaussian()) * 10;
      }
      if (i == 3) {
        x[4] = 900; // an outlier the treat step must handle
      }
      if (i == 4) {
        x[7] = Double.NaN;
      }
      b.values("i" + i, x);
    }
    return b.build();
  }

  static Pipeline pipeline() {
    return Pipeline.of(
        Treat.winsorise(5),
        Normalise.all(NormalisationSpec.minMax(0, 100)),
        Aggregate.all(Aggregation.ARITHMETIC_MEAN));
  }

  static Subject subject() {
    return Subject.of(new CoinrVariant("fixture", data(), tree(), pipeline()));
  }

  /** COINr's vignette assumptions on the fixture. */
  static UncertaintySpec vignette() {
    return new UncertaintySpec(
        List.of(
            new Input.Winmax("Winmax", 1, 5),
            new Input.Normalisations(
                "Normalisation",
                List.of(NormalisationSpec.minMax(1, 100), NormalisationSpec.zScore(10, 2))),
            new Input.WeightNoise("Weights", 0.25, List.of(2), null),
            new Input.Aggregations(
                "Aggregation",
                List.of(Aggregation.ARITHMETIC_MEAN, Aggregation.GEOMETRIC_MEAN),
                List.of())));
  }
}
