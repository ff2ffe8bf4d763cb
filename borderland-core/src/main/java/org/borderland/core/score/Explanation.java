package org.borderland.core.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.MissingFactors;
import org.borderland.core.model.RawValue;
import org.borderland.core.model.Transform;
import org.borderland.core.panel.Observation;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Step;
import org.borderland.core.pipeline.StepRecord;
import org.borderland.core.pipeline.Treat;
import org.borderland.core.pipeline.Tree;

/**
 * Why one target scored what it did: per factor its score, weight, contribution to the index and
 * rank; per indicator its raw value with unit, what the pipeline made of it, whether it was filled,
 * imputed or missing (and why), and the panel rows it was computed from.
 *
 * <p><b>Weights and contributions.</b> A factor's {@link Factor#weight() weight} is the weight the
 * run aggregated with (its node in the run's tree: the model's weight, or a scenario's) divided by
 * the sum of the weights of the factors this target has a score for (the pipeline skips a missing
 * factor and rescales the rest, COINr's behaviour). Its {@link Factor#contribution() contribution}
 * is its additive term in the index's aggregation:
 *
 * <ul>
 *   <li>arithmetic mean: {@code weight × score}; the contributions add up to the index;
 *   <li>geometric mean: {@code weight × ln(score)}; they add up to {@code ln(index)} (the index is
 *       the product of {@code score^weight});
 *   <li>harmonic mean: {@code weight / score}; they add up to {@code 1/index}, so a larger term
 *       <em>lowers</em> the index.
 * </ul>
 *
 * A missing factor contributes nothing (NaN here, 0 in sums) under the model's {@code reweight}
 * policy; under {@code neutral} it keeps its weight and contributes at that factor's mean over the
 * targets that have it, as the index aggregation read it (its score stays missing). {@link
 * #contributionTotal()} and {@link #onScale(Aggregation, double)} give the sum and the index on
 * that scale.
 *
 * @param aggressor ISO3 of the aggressor
 * @param target ISO3 of the target explained
 * @param year the knowledge year
 * @param modelId the model's id
 * @param modelName the model's readable name
 * @param aggregation how the factors are combined into the index
 * @param index the target's index (NaN when nothing was known)
 * @param rank its rank on the index among the targets scored, or {@code null} without an index
 * @param targets how many targets were scored together
 * @param added whether the target is not one of the aggressor's default candidates and was scored
 *     together with them on request
 * @param factors one per model factor, in model order
 * @param quality how complete its data was
 */
public record Explanation(
    String aggressor,
    String target,
    int year,
    String modelId,
    String modelName,
    Aggregation aggregation,
    double index,
    Integer rank,
    int targets,
    boolean added,
    List<Factor> factors,
    Quality quality) {

  /** Requires the codes and copies the factors. */
  public Explanation {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(aggregation, "aggregation");
    factors = List.copyOf(factors);
    Objects.requireNonNull(quality, "quality");
  }

  /** Whether an indicator's value came from the panel, from the pipeline's imputation, or none. */
  public enum Status {
    /** Computed from the sources listed. */
    FILLED,
    /** Missing in the panel; the pipeline's impute step filled it. */
    IMPUTED,
    /** No value: skipped in aggregation, the remaining weights rescaled. */
    MISSING
  }

  /**
   * One factor of the target.
   *
   * @param id the factor id
   * @param name its readable name
   * @param aggregation how its indicators are combined
   * @param score the factor score (NaN when all its indicators were missing)
   * @param weight its weight in the index, rescaled over the factors present (NaN when missing)
   * @param contribution its term in the index's aggregation (see {@link Explanation}); NaN when
   *     missing
   * @param rank the target's rank on this factor among the targets scored, or {@code null}
   * @param indicators its indicators, in model order
   */
  public record Factor(
      String id,
      String name,
      Aggregation aggregation,
      double score,
      double weight,
      double contribution,
      Integer rank,
      List<Indicator> indicators) {
    /** Copies the indicators. */
    public Factor {
      Objects.requireNonNull(id, "id");
      indicators = List.copyOf(indicators);
    }

    /** Whether the factor has a score. */
    public boolean present() {
      return !Double.isNaN(score);
    }
  }

  /**
   * One indicator of the target.
   *
   * @param id the indicator id
   * @param name its readable name
   * @param unit the unit of the raw value
   * @param direction 1 when more means more exposure, -1 when less does
   * @param raw the raw value, or {@code null} when the panel gave none
   * @param transform the model's transform, described (e.g. {@code ln(x + 1)}), or {@code null}
   *     when there is none
   * @param transformed the value after the transform (NaN when there is no transform, or the value
   *     is missing or outside the transform's domain)
   * @param treatment what outlier treatment did to this value: empty, or COINr's point codes {@code
   *     winhi}, {@code winlo}, {@code log_CT}, {@code winhi+log_CT}
   * @param treated the value after treatment when treatment changed it, else NaN
   * @param normalised the normalised value the factor aggregates (NaN when missing)
   * @param weight its weight in the factor, rescaled over the indicators present (NaN when missing)
   * @param status filled, imputed or missing
   * @param note why it is missing or how it was imputed; for a filled value what a reader must know
   *     (a fallback to an older edition, a 0 read from a list); may be empty
   * @param revised whether a source is a dataset with revised history (not as known at the time)
   * @param unverified whether a source is a curated entry nobody has verified yet
   * @param sources the panel rows it was computed from, primary first (a ratio has the aggressor's
   *     and the target's); may be non-empty for a missing value, showing what was found, and empty
   *     for a count of zero, which rests on the absence of rows (see {@code searched})
   * @param searched the datasets the indicator may read, in order of preference (e.g. {@code
   *     cow-mid (revised allowed)}): what was searched when no row is cited
   */
  public record Indicator(
      String id,
      String name,
      String unit,
      int direction,
      Double raw,
      String transform,
      double transformed,
      String treatment,
      double treated,
      double normalised,
      double weight,
      Status status,
      String note,
      boolean revised,
      boolean unverified,
      List<SourceRef> sources,
      String searched) {
    /** Copies the sources. */
    public Indicator {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
      unit = unit == null ? "" : unit;
      treatment = treatment == null ? "" : treatment;
      note = note == null ? "" : note;
      sources = List.copyOf(sources);
      searched = searched == null ? "" : searched;
    }

    /** The primary source, or {@code null} when there is none. */
    public SourceRef primary() {
      return sources.isEmpty() ? null : sources.get(0);
    }
  }

  /**
   * One panel row an indicator was computed from.
   *
   * @param country ISO3 of the country the row is about (for a ratio: the aggressor or the target)
   * @param indicator the panel's indicator id
   * @param key the group, language, neighbour or organisation; empty otherwise
   * @param value the figure, or {@code null} when the row reports an item without a number
   * @param unit the figure's unit
   * @param dataset the dataset, e.g. {@code factbook-archive}
   * @param edition the year the figure was published (the Factbook edition, a release's year)
   * @param editionLabel the dataset's own name for the edition, e.g. {@code 2021 edition}
   * @param field the field or column in the dataset
   * @param refYear the year the figure describes, or {@code null} when the source does not say
   * @param asKnown whether the figure is as it was known at publication
   */
  public record SourceRef(
      String country,
      String indicator,
      String key,
      Double value,
      String unit,
      String dataset,
      int edition,
      String editionLabel,
      String field,
      Integer refYear,
      boolean asKnown) {

    /** The reference to a panel row. */
    public static SourceRef of(Observation o) {
      return new SourceRef(
          o.country(),
          o.indicator(),
          o.key(),
          o.value(),
          o.unit(),
          o.source().dataset(),
          o.edition(),
          o.source().edition(),
          o.source().field(),
          o.refYear(),
          o.asKnown());
    }
  }

  /**
   * Explains one target of a scoring.
   *
   * @param added whether the target was scored together with the default candidates on request
   * @throws IllegalArgumentException when the target was not scored, naming the targets that were
   */
  public static Explanation of(Scoring s, String target, boolean added) {
    TargetResult r =
        s.result(target)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        target
                            + " was not scored; the targets were "
                            + String.join(", ", s.raw().targets())));
    Aggregation method = s.model().indexAggregation();
    Dataset last = s.run().last();
    Tree used = s.run().tree(); // the weights the run aggregated with
    int row = last.row(target);
    // The score the index aggregation read for each factor: its own, or under the neutral policy
    // for a missing one, the factor's mean over the targets that have it (as Aggregate reads it).
    boolean neutral = s.model().missingFactors().policy() == MissingFactors.Policy.NEUTRAL;
    Map<String, Double> read = new HashMap<>();
    double present = 0;
    for (FactorGroup f : s.model().factors()) {
      double score = s.factorScore(target, f.id());
      if (Double.isNaN(score) && neutral) {
        score = Aggregate.neutralFill(last.values(f.id()))[row];
      }
      read.put(f.id(), score);
      if (!Double.isNaN(score)) {
        present += used.node(f.id()).weight();
      }
    }
    Treatment treatment = Treatment.of(s);
    List<Factor> factors = new ArrayList<>();
    for (FactorGroup f : s.model().factors()) {
      double score = s.factorScore(target, f.id());
      double counted = read.get(f.id());
      double w =
          Double.isNaN(counted) || present == 0 ? Double.NaN : used.node(f.id()).weight() / present;
      OptionalInt fr = s.factorRank(target, f.id());
      List<IndicatorSpec> specs = s.model().indicatorsOf(f.id());
      double within = 0;
      for (IndicatorSpec spec : specs) {
        if (!Double.isNaN(last.value(row, spec.id()))) {
          within += used.node(spec.id()).weight();
        }
      }
      List<Indicator> indicators = new ArrayList<>();
      for (IndicatorSpec spec : specs) {
        double aggregated = last.value(row, spec.id());
        double iw =
            Double.isNaN(aggregated) || within == 0
                ? Double.NaN
                : used.node(spec.id()).weight() / within;
        indicators.add(indicator(s, target, spec, iw, treatment));
      }
      factors.add(
          new Factor(
              f.id(),
              f.name(),
              f.aggregation(),
              score,
              w,
              term(method, w, counted),
              fr.isPresent() ? fr.getAsInt() : null,
              indicators));
    }
    return new Explanation(
        s.aggressor(),
        target,
        s.year(),
        s.model().id(),
        s.model().name(),
        method,
        r.index(),
        r.rank(),
        s.results().size(),
        added,
        factors,
        r.quality());
  }

  private static Indicator indicator(
      Scoring s, String target, IndicatorSpec spec, double weight, Treatment treatment) {
    RawValue v = s.raw().get(target, spec.id());
    boolean transformed = !(spec.transform() instanceof Transform.Identity);
    double t = v.isFilled() ? spec.transform().apply(v.value()) : Double.NaN;
    double normalised =
        s.run().datasets().containsKey("Normalised")
            ? s.normalised(target, spec.id())
            : s.run().last().value(s.run().last().row(target), spec.id());
    Status status;
    String note = v.note();
    if (s.imputed(target, spec.id())) {
      status = Status.IMPUTED;
      note = "imputed by " + treatment.imputation + (note.isBlank() ? "" : "; missing: " + note);
    } else if (v.isFilled() && !Double.isNaN(t)) {
      status = Status.FILLED;
    } else if (v.isFilled()) {
      status = Status.MISSING;
      note =
          "the transform "
              + spec.transform().describe()
              + " is undefined at the raw value "
              + v.value()
              + (note.isBlank() ? "" : "; " + note);
    } else {
      status = Status.MISSING;
    }
    String point = treatment.point(spec.id(), target);
    double treated = Double.NaN;
    if (!point.isEmpty()) {
      treated = s.treated(target, spec.id());
    }
    List<SourceRef> refs = new ArrayList<>();
    for (Observation o : v.sources()) {
      refs.add(SourceRef.of(o));
    }
    return new Indicator(
        spec.id(),
        spec.name(),
        v.unit().isEmpty() ? spec.unit() : v.unit(),
        spec.direction(),
        v.value(),
        transformed ? spec.transform().describe() : null,
        transformed ? t : Double.NaN,
        point,
        treated,
        normalised,
        weight,
        status,
        note,
        v.revised(),
        v.unverified(),
        refs,
        spec.sources().describe());
  }

  /**
   * A factor's term in the index's aggregation: {@code w·x} (arithmetic), {@code w·ln x}
   * (geometric), {@code w/x} (harmonic); NaN when the factor is missing.
   */
  public static double term(Aggregation method, double weight, double score) {
    if (Double.isNaN(score) || Double.isNaN(weight)) {
      return Double.NaN;
    }
    return switch (method) {
      case ARITHMETIC_MEAN -> weight * score;
      case GEOMETRIC_MEAN -> weight * Math.log(score);
      case HARMONIC_MEAN -> weight / score;
    };
  }

  /**
   * The index on the scale the contributions add up to: the index (arithmetic), {@code ln(index)}
   * (geometric), {@code 1/index} (harmonic).
   */
  public static double onScale(Aggregation method, double index) {
    return switch (method) {
      case ARITHMETIC_MEAN -> index;
      case GEOMETRIC_MEAN -> Math.log(index);
      case HARMONIC_MEAN -> 1 / index;
    };
  }

  /** What the contributions add up to, in words, e.g. {@code the index}. */
  public static String scale(Aggregation method) {
    return switch (method) {
      case ARITHMETIC_MEAN -> "the index";
      case GEOMETRIC_MEAN -> "ln(index)";
      case HARMONIC_MEAN -> "1/index";
    };
  }

  /** The sum of the contributions of the factors present (equal to {@link #onScale}). */
  public double contributionTotal() {
    double sum = 0;
    boolean any = false;
    for (Factor f : factors) {
      if (!Double.isNaN(f.contribution())) {
        sum += f.contribution();
        any = true;
      }
    }
    return any ? sum : Double.NaN;
  }

  /** The factor with this id. */
  public Factor factor(String id) {
    for (Factor f : factors) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("No factor '" + id + "' in model " + modelId);
  }

  /** Every indicator, factor by factor in model order. */
  public List<Indicator> indicators() {
    List<Indicator> out = new ArrayList<>();
    for (Factor f : factors) {
      out.addAll(f.indicators());
    }
    return out;
  }

  /** The indicators with the given status. */
  public List<Indicator> withStatus(Status status) {
    return indicators().stream().filter(i -> i.status() == status).toList();
  }

  /** What the pipeline's impute and treat steps did, read back from its log. */
  private static final class Treatment {
    private final String imputation;
    private final Treat treat;
    private final Dataset input;
    private final Map<String, Dataset> datasets;

    private Treatment(String imputation, Treat treat, Dataset input, Map<String, Dataset> all) {
      this.imputation = imputation;
      this.treat = treat;
      this.input = input;
      this.datasets = all;
    }

    static Treatment of(Scoring s) {
      String imputation = "the pipeline";
      Treat treat = null;
      for (StepRecord r : s.log()) {
        if (r.step().equals("impute")) {
          imputation = "the impute step (" + r + ")";
        } else if (r.step().equals("treat")) {
          Step step = Step.fromRecord(r);
          if (step instanceof Treat t) {
            treat = t;
          }
        }
      }
      Dataset input = null;
      Dataset previous = null;
      for (Map.Entry<String, Dataset> e : s.run().datasets().entrySet()) {
        if (e.getKey().equals("Treated")) {
          input = previous;
        }
        previous = e.getValue();
      }
      return new Treatment(imputation, treat, input, s.run().datasets());
    }

    /** COINr's treated-point code for one value, or empty. */
    String point(String indicator, String target) {
      if (treat == null || input == null || treat.skip().contains(indicator)) {
        return "";
      }
      if (!datasets.containsKey("Treated") || !input.has(indicator)) {
        return "";
      }
      try {
        Treat.Outcome o = treat.treat(indicator, input.values(indicator));
        return o.points().get(input.row(target));
      } catch (IllegalArgumentException e) {
        // Too few values to treat: the step left the column as it was.
        return "";
      }
    }
  }
}
