package org.borderland.app.validation;

import java.util.ArrayList;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.Numbers;
import org.borderland.app.common.Progress;
import org.borderland.app.common.ProvenanceView;
import org.borderland.core.validation.DyadYears;
import org.borderland.core.validation.DyadicValidation;
import org.borderland.core.validation.DyadicValidation.ModelResult;
import org.borderland.core.validation.LogisticRegression;
import org.borderland.core.validation.Metrics;
import org.borderland.core.validation.ModelVariants;
import org.borderland.data.engine.Engine;

/**
 * Validates a model on militarized disputes over every directed dyad-year: the model's factors, a
 * Bremer-style baseline, contiguity alone and the unfitted index, fitted on the earlier years and
 * scored on the later ones. Long: it stops when its thread is interrupted ({@code Cancellation}).
 */
public final class ValidationService {
  /** What the fits are, as the JSON says. */
  static final String FIT = "IRLS, Firth-penalised; missing features: training mean + missing term";

  private final Borderland app;

  /** A service of {@code app}. */
  public ValidationService(Borderland app) {
    this.app = app;
  }

  /**
   * What a run would cost, after checking every input as the run would: a replication per outcome.
   *
   * @param replications the model fits the run would make, one per outcome
   * @param threads the worker threads it would use
   */
  public record Check(long replications, int threads) {}

  /** Checks a request's inputs (the model included) and says what the run would cost. */
  public Check check(ValidationRequest r) {
    Inputs.model(app.engine(), r.model(), "model");
    return new Check(r.outcomes().size(), r.threadCount());
  }

  /** The validation a request asks for, reporting its progress. */
  public ValidationResult validate(ValidationRequest r, Progress progress) {
    DyadicValidation.Split split = r.split();
    Engine engine = app.engine();
    Engine.LoadedModel m = Inputs.model(engine, r.model(), "model");
    int threads = r.threadCount();
    List<DyadYears.Outcome> outcomes = r.outcomes();
    progress.total(1 + outcomes.size()); // the dyad-years, then one fit per outcome
    DyadData dyads = DyadData.build(engine, m, threads, split.trainFrom() - 1, split.testTo() - 1);
    progress.advance(1);
    List<DyadicValidation.Result> results = new ArrayList<>();
    long t0 = System.nanoTime();
    for (DyadYears.Outcome o : outcomes) {
      results.add(DyadicValidation.run(dyads.data(), dyads.factors(), o, split, threads));
      progress.advance(1);
    }
    double fitSeconds = (System.nanoTime() - t0) / 1e9;
    ProvenanceView p = ProvenanceView.of(engine.provenance(m, dyads.to(), null), m.model().id());
    ValidationResult.Provenance provenance =
        new ValidationResult.Provenance(
            p.version(), p.panel(), p.model(), null, p.seed(), dyads.from() + "-" + dyads.to());
    List<String> leftOut = ModelVariants.curatedOnlyFactors(m.model());
    List<ValidationResult.Outcome> views = new ArrayList<>();
    for (DyadicValidation.Result x : results) {
      views.add(view(x, provenance, dyads, leftOut));
    }
    return new ValidationResult(
        views,
        new ValidationResult.About(
            m.model().id(), dyads.describe(), split(split), leftOut, dyads.seconds(), fitSeconds));
  }

  private static ValidationResult.Outcome view(
      DyadicValidation.Result r,
      ValidationResult.Provenance provenance,
      DyadData dyads,
      List<String> leftOut) {
    List<ValidationResult.Model> models = new ArrayList<>();
    List<ValidationResult.Coefficient> coefficients = new ArrayList<>();
    List<ValidationResult.Reliability> reliability = new ArrayList<>();
    for (ModelResult mr : r.models()) {
      models.add(
          new ValidationResult.Model(
              mr.name(),
              mr.n(),
              mr.events(),
              mr.auc(),
              mr.prAuc(),
              mr.brier(),
              mr.brierNoSkill(),
              mr.description()));
      LogisticRegression.Fit fit = mr.fit();
      if (fit != null) {
        for (int k = 0; k < fit.terms().size(); k++) {
          coefficients.add(
              new ValidationResult.Coefficient(
                  mr.name(), fit.terms().get(k), fit.estimates()[k], fit.standardErrors()[k]));
        }
      }
      for (Metrics.Bin b : mr.reliability()) {
        reliability.add(
            new ValidationResult.Reliability(
                mr.name(),
                b.low(),
                b.high(),
                b.n(),
                b.events(),
                Numbers.orNull(b.meanPredicted()),
                Numbers.orNull(b.observed())));
      }
    }
    return new ValidationResult.Outcome(
        provenance,
        r.outcome().id(),
        split(r.split()),
        models,
        coefficients,
        reliability,
        new ValidationResult.NoSkill(
            0.5, r.testRate(), r.model(DyadicValidation.FACTORS).brierNoSkill()),
        new ValidationResult.Data(
            dyads.data().size(),
            dyads.from() + "-" + dyads.to(),
            r.trainN(),
            r.trainEvents(),
            leftOut,
            FIT),
        r.outcome().label(),
        r.testN(),
        r.testEvents(),
        r.trainRate(),
        r.testRate());
  }

  private static ValidationResult.Split split(DyadicValidation.Split s) {
    return new ValidationResult.Split(s.trainFrom(), s.trainTo(), s.testFrom(), s.testTo());
  }
}
