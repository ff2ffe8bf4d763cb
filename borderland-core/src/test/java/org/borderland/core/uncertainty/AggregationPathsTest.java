package org.borderland.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.MissingFactors;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three paths that aggregate give the same bits on one dataset: the {@code Aggregate} step (the
 * scorer's full scoring, through datasets), the scorer's column pipeline (its rankings) and an
 * analysis's aggregator (the nominal run and every replication).
 */
class AggregationPathsTest {
  private static final Definition DEF = new Definition.TargetValue("x", "");

  private static IndicatorSpec spec(String id, String factor, double weight) {
    return new IndicatorSpec(
        id,
        id,
        factor,
        DEF,
        1,
        new Transform.Identity(),
        weight,
        "u",
        false,
        Sourcing.of("x"),
        null,
        "");
  }

  /** One factor per method, unequal weights; the index by {@code index}. */
  private static Model model(Aggregation index, double low) {
    return new Model(
        "paths",
        "Paths",
        "",
        Map.of(),
        List.of(
            new FactorGroup("f1", "F1", "", 1, Aggregation.ARITHMETIC_MEAN, false),
            new FactorGroup("f2", "F2", "", 2, Aggregation.GEOMETRIC_MEAN, false),
            new FactorGroup("f3", "F3", "", 0.5, Aggregation.HARMONIC_MEAN, false)),
        List.of(
            spec("a", "f1", 1),
            spec("b", "f1", 2),
            spec("c", "f2", 1),
            spec("d", "f2", 3),
            spec("e", "f2", 0.5),
            spec("g", "f3", 1),
            spec("h", "f3", 2)),
        index,
        List.of(
            new ModelStep.Impute(Imputation.NONE),
            new ModelStep.Normalise(NormalisationSpec.minMax(low, 100)),
            new ModelStep.Aggregate(Aggregation.ARITHMETIC_MEAN)));
  }

  /** 40 targets, a sixth of the values missing (a few targets miss a whole factor). */
  private static RawTable table(Model m) {
    Random rnd = new Random(12);
    List<String> targets = new ArrayList<>();
    for (int t = 0; t < 40; t++) {
      targets.add(String.format("T%02d", t));
    }
    RawValue[][] cells = new RawValue[targets.size()][m.indicators().size()];
    for (int t = 0; t < targets.size(); t++) {
      for (int i = 0; i < cells[t].length; i++) {
        boolean gone = rnd.nextInt(6) == 0 || (t % 13 == 5 && i >= 5);
        cells[t][i] =
            gone
                ? RawValue.missing("u", "not known")
                : RawValue.filled(Math.exp(rnd.nextGaussian()), "u", List.of(), "");
      }
    }
    return new RawTable(m.id(), "RUS", 2020, targets, m.indicatorIds(), cells);
  }

  private static Scorer scorer(Model m) {
    CountryRegistry registry =
        new CountryRegistry(
            List.of(
                new Country("RUS", "Russia", "Russia", Country.Kind.STATE, 1991, null, null, "")),
            List.of());
    return new Scorer(m, new Panel(List.of()), CuratedCounts.none(), registry);
  }

  /** Replications that draw the index's own method: each equals the nominal run. */
  private static UncertaintySpec unchanged(Aggregation index) {
    return new UncertaintySpec(
        List.of(new Input.Aggregations("Index", List.of(index), List.of(3))));
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void theStepTheColumnPipelineAndTheReplicationsGiveTheSameBits(Aggregation index) {
    assertPathsAgree(model(index, 1), index);
  }

  @ParameterizedTest
  @EnumSource(Aggregation.class)
  void withNeutralMissingFactorsEveryPathGivesTheSameBits(Aggregation index) {
    Model m = model(index, 1);
    assertPathsAgree(
        new Model(
            m.id(),
            m.name(),
            m.description(),
            m.aggressors(),
            m.factors(),
            m.indicators(),
            m.indexAggregation(),
            m.pipeline(),
            new MissingFactors(MissingFactors.Policy.NEUTRAL, 0)),
        index);
  }

  private static void assertPathsAgree(Model m, Aggregation index) {
    RawTable raw = table(m);
    Scorer s = scorer(m);
    List<TargetResult> step = s.score(raw).results();
    List<TargetResult> columns = s.ranking(raw);
    assertThat(columns).isEqualTo(step);
    assertThat(step).anySatisfy(r -> assertThat(r.factors().get("f3")).isNaN());

    Subject subject = Subject.of(new ModelVariant("paths", m, raw, x -> raw));
    Uncertainty.Result u =
        Uncertainty.run(subject, unchanged(index), new Uncertainty.Options(7, 40, 2, null));
    assertThat(u.failed()).isZero();
    for (TargetResult r : step) {
      TargetStats t =
          u.targets().stream().filter(x -> x.target().equals(r.target())).findFirst().get();
      assertThat(t.index().nominal()).as(r.target()).isEqualTo(r.index());
      if (!Double.isNaN(r.index())) {
        assertThat(t.index().median()).as(r.target()).isEqualTo(r.index());
        assertThat(t.index().q05()).as(r.target()).isEqualTo(r.index());
      }
    }
  }

  @Test
  void aValueTheMethodRefusesFailsEveryPathNamingTheSameAggregateAndUnit() {
    // Min-max onto [0, 100] gives each indicator's lowest target a 0: the geometric factor fails.
    Model m = model(Aggregation.ARITHMETIC_MEAN, 0);
    RawTable raw = table(m);
    Scorer s = scorer(m);
    Throwable step = catchThrowable(() -> s.score(raw));
    assertThat(step).hasMessageContaining("aggregate 'f2' (geometric-mean) for unit 'T");
    assertThat(catchThrowable(() -> s.ranking(raw))).hasMessage(step.getMessage());
    String why = step.getMessage().substring(step.getMessage().indexOf("aggregate 'f2'"));
    Subject subject = Subject.of(new ModelVariant("paths", m, raw, x -> raw));
    assertThat(
            catchThrowable(
                () ->
                    Uncertainty.run(
                        subject,
                        unchanged(Aggregation.ARITHMETIC_MEAN),
                        new Uncertainty.Options(7, 10, 1, null))))
        .hasMessageEndingWith(why);
  }
}
