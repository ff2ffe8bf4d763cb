package org.borderland.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.model.RawTable;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Panel;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.TargetResult;
import org.junit.jupiter.api.Test;

/** A Borderland model as an analysis subject: its nominal is the scorer's ranking. */
class ModelVariantTest {
  private static final Definition DEF = new Definition.TargetValue("x", "");

  private static IndicatorSpec spec(String id, String factor, int dir, Transform t, Sourcing s) {
    return new IndicatorSpec(id, id, factor, DEF, dir, t, 1, "u", false, s, null, "");
  }

  private static Model model(String id, boolean extended) {
    List<IndicatorSpec> specs = new ArrayList<>();
    specs.add(spec("a", "f1", 1, new Transform.Identity(), Sourcing.of("x")));
    specs.add(spec("b", "f1", -1, new Transform.Log(1), Sourcing.of("x")));
    specs.add(spec("flag", "f1", 1, new Transform.Identity(), Sourcing.of("x")));
    specs.add(spec("c", "f2", 1, new Transform.Identity(), Sourcing.of("x")));
    specs.add(spec("d", "f2", 1, new Transform.Identity(), Sourcing.of("x")));
    if (extended) {
      specs.add(spec("e", "f2", 1, new Transform.Identity(), Sourcing.of("x")));
    }
    return new Model(
        id,
        id,
        "",
        Map.of(),
        List.of(
            new FactorGroup("f1", "F1", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("f2", "F2", "", 1, Aggregation.ARITHMETIC_MEAN, false)),
        specs,
        Aggregation.ARITHMETIC_MEAN,
        List.of(
            new ModelStep.Impute(Imputation.NONE),
            ModelStep.Treat.winsorise(5),
            new ModelStep.Normalise(NormalisationSpec.minMax(0, 100)),
            new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)));
  }

  /** Raw values: 15 targets, some missing, a 0/1 flag, outliers; "alt" sources double 'a'. */
  private static RawTable table(Model m) {
    Random rnd = new Random(3);
    List<String> targets = new ArrayList<>();
    for (int t = 0; t < 15; t++) {
      targets.add(String.format("T%02d", t));
    }
    boolean alt = m.indicator("a").orElseThrow().sources().datasets().contains("alt");
    RawValue[][] cells = new RawValue[targets.size()][m.indicators().size()];
    for (int t = 0; t < targets.size(); t++) {
      for (int i = 0; i < cells[t].length; i++) {
        String id = m.indicators().get(i).id();
        double v =
            id.equals("flag")
                ? rnd.nextInt(2)
                : Math.exp(rnd.nextGaussian()) * (rnd.nextInt(10) == 0 ? 100 : 1);
        if (id.equals("a") && alt) {
          v = 1000 - v * 40;
        }
        cells[t][i] =
            rnd.nextInt(9) == 0 && !id.equals("a")
                ? RawValue.missing("u", "not known")
                : RawValue.filled(v, "u", List.of(), "");
      }
    }
    return new RawTable(m.id(), "RUS", 2020, targets, m.indicatorIds(), cells);
  }

  private static final Function<Model, RawTable> COMPUTE = ModelVariantTest::table;

  @Test
  void nominalEqualsTheScorersRankingBitForBit() {
    Model m = model("essay", false);
    RawTable raw = table(m);
    CountryRegistry registry =
        new CountryRegistry(
            List.of(
                new Country("RUS", "Russia", "Russia", Country.Kind.STATE, 1991, null, null, "")),
            List.of());
    List<TargetResult> ranking =
        new Scorer(m, new Panel(List.of()), CuratedCounts.none(), registry).ranking(raw);
    Subject s = Subject.of(new ModelVariant("essay", m, raw, COMPUTE));
    Uncertainty.Result u =
        Uncertainty.run(s, UncertaintySpec.defaults(), new Uncertainty.Options(1, 50, 2, null));
    for (TargetResult r : ranking) {
      TargetStats t =
          u.targets().stream().filter(x -> x.target().equals(r.target())).findFirst().get();
      assertThat(t.index().nominal()).as(r.target()).isEqualTo(r.index());
      assertThat(t.nominal()).as(r.target()).isEqualTo(r.rank());
    }
    assertThat(u.failed()).isZero();
  }

  @Test
  void modelAndSourceInputsChooseVariantsAndColumns() {
    Model essay = model("essay", false);
    Model extended = model("extended", true);
    Subject s =
        new Subject(
            List.of(
                new ModelVariant("essay", essay, table(essay), COMPUTE),
                new ModelVariant("extended", extended, table(extended), COMPUTE)));
    Map<String, Sourcing> sources = new LinkedHashMap<>();
    sources.put("usual", Sourcing.of("x"));
    sources.put("other", Sourcing.of("alt"));
    UncertaintySpec spec =
        new UncertaintySpec(
            List.of(
                new Input.Models(null, List.of("essay", "extended")),
                new Input.DataSources(null, "a", sources)));
    Uncertainty.Result u = Uncertainty.run(s, spec, new Uncertainty.Options(4, 200, 2, null));
    Uncertainty.Result one = Uncertainty.run(s, spec, new Uncertainty.Options(4, 200, 1, null));
    assertThat(u).isEqualTo(one);
    // Four combinations, each about a quarter of the time: ranks move.
    double spread = u.targets().stream().mapToDouble(t -> t.q95() - t.q05()).sum();
    assertThat(spread).isGreaterThan(10);
  }

  @Test
  void sourceInputsOnAFileDatasetAreRefused() {
    Map<String, Sourcing> sources = Map.of("a", Sourcing.of("x"));
    UncertaintySpec spec = new UncertaintySpec(List.of(new Input.DataSources(null, "i1", sources)));
    assertThatThrownBy(
            () -> Uncertainty.run(Fixtures.subject(), spec, new Uncertainty.Options(1, 5, 1, null)))
        .hasMessageContaining("source choices need a Borderland model");
  }
}
