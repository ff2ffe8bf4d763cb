package org.borderland.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.pipeline.Aggregation;

/**
 * A model: factors of indicators, each indicator defined over the panel for a pair (A, T), with
 * per-aggressor settings and the pipeline steps that turn raw values into an index.
 *
 * @param id short id, e.g. {@code essay}
 * @param name a readable name
 * @param description what the model is and where it comes from
 * @param aggressors settings per aggressor (ISO3 → profile); an aggressor without one can still be
 *     scored, with its kin, language and bloc indicators missing
 * @param factors the factors, in display order
 * @param indicators the indicators, each naming its factor, in display order
 * @param indexAggregation how the factors are combined into the index
 * @param pipeline the pipeline steps, checked, in file order
 * @param missingFactors what the index does with a target's missing factors, and the coverage a
 *     target needs to be ranked
 */
public record Model(
    String id,
    String name,
    String description,
    Map<String, AggressorProfile> aggressors,
    List<FactorGroup> factors,
    List<IndicatorSpec> indicators,
    Aggregation indexAggregation,
    List<ModelStep> pipeline,
    MissingFactors missingFactors) {

  /**
   * Checks the model as a whole: unique ids, every indicator's factor exists, every factor has an
   * indicator, profiles keyed by their aggressor.
   */
  public Model {
    requireId(id, "model");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description.strip();
    Map<String, AggressorProfile> profiles = new LinkedHashMap<>();
    for (Map.Entry<String, AggressorProfile> e : aggressors.entrySet()) {
      if (!e.getKey().equals(e.getValue().aggressor())) {
        throw new IllegalArgumentException(
            "Aggressor settings under '"
                + e.getKey()
                + "' are for "
                + e.getValue().aggressor()
                + "; key them by the same code");
      }
      profiles.put(e.getKey(), e.getValue());
    }
    aggressors = Collections.unmodifiableMap(profiles);
    factors = List.copyOf(factors);
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(indexAggregation, "indexAggregation");
    pipeline = List.copyOf(pipeline);
    Objects.requireNonNull(missingFactors, "missingFactors");
    if (factors.isEmpty()) {
      throw new IllegalArgumentException("Model '" + id + "' has no factors");
    }
    if (missingFactors.minCoverage() > factors.size()) {
      throw new IllegalArgumentException(
          "Model '"
              + id
              + "' has minCoverage "
              + missingFactors.minCoverage()
              + " but only "
              + factors.size()
              + " factors; give at most "
              + factors.size());
    }
    Map<String, Integer> perFactor = new LinkedHashMap<>();
    for (FactorGroup f : factors) {
      if (perFactor.put(f.id(), 0) != null) {
        throw new IllegalArgumentException("Model '" + id + "' has factor '" + f.id() + "' twice");
      }
    }
    Map<String, IndicatorSpec> seen = new HashMap<>();
    for (IndicatorSpec i : indicators) {
      if (seen.put(i.id(), i) != null) {
        throw new IllegalArgumentException(
            "Model '" + id + "' has indicator '" + i.id() + "' twice");
      }
      if (perFactor.containsKey(i.id())) {
        throw new IllegalArgumentException(
            "Model '" + id + "' uses '" + i.id() + "' as both a factor and an indicator id");
      }
      Integer n = perFactor.get(i.factor());
      if (n == null) {
        throw new IllegalArgumentException(
            "Indicator '"
                + i.id()
                + "' names factor '"
                + i.factor()
                + "', which the model does not have; factors: "
                + String.join(", ", perFactor.keySet()));
      }
      perFactor.put(i.factor(), n + 1);
    }
    for (Map.Entry<String, Integer> e : perFactor.entrySet()) {
      if (e.getValue() == 0) {
        throw new IllegalArgumentException(
            "Factor '" + e.getKey() + "' of model '" + id + "' has no indicators");
      }
    }
  }

  /**
   * A model whose index reweights missing factors and ranks every target ({@link
   * MissingFactors#REWEIGHT}).
   */
  public Model(
      String id,
      String name,
      String description,
      Map<String, AggressorProfile> aggressors,
      List<FactorGroup> factors,
      List<IndicatorSpec> indicators,
      Aggregation indexAggregation,
      List<ModelStep> pipeline) {
    this(
        id,
        name,
        description,
        aggressors,
        factors,
        indicators,
        indexAggregation,
        pipeline,
        MissingFactors.REWEIGHT);
  }

  /**
   * The same model with other factors and indicators (a variant, a reweighting, a subset), its
   * index, pipeline and missing-factor policy kept; checked as any model is.
   */
  public Model with(List<FactorGroup> factors, List<IndicatorSpec> indicators) {
    return new Model(
        id,
        name,
        description,
        aggressors,
        factors,
        indicators,
        indexAggregation,
        pipeline,
        missingFactors);
  }

  static String requireId(String id, String what) {
    if (id == null || id.isEmpty() || id.charAt(0) < 'a' || id.charAt(0) > 'z') {
      throw new IllegalArgumentException(
          "Invalid " + what + " id '" + id + "': use lower_snake_case, e.g. kin_share");
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        throw new IllegalArgumentException(
            "Invalid " + what + " id '" + id + "': use lower_snake_case, e.g. kin_share");
      }
    }
    return id;
  }

  static double requireWeight(double w, String what) {
    if (!Double.isFinite(w) || w < 0) {
      throw new IllegalArgumentException(
          "The weight of " + what + " is " + w + "; a weight must be a finite number ≥ 0");
    }
    return w;
  }

  /** The factor with this id, if any. */
  public Optional<FactorGroup> factor(String factorId) {
    return factors.stream().filter(f -> f.id().equals(factorId)).findFirst();
  }

  /** The indicator with this id, if any. */
  public Optional<IndicatorSpec> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** The indicators of one factor, in model order. */
  public List<IndicatorSpec> indicatorsOf(String factorId) {
    List<IndicatorSpec> out = new ArrayList<>();
    for (IndicatorSpec i : indicators) {
      if (i.factor().equals(factorId)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The settings for an aggressor; an empty profile when the model has none. */
  public AggressorProfile profile(String aggressor) {
    AggressorProfile p = aggressors.get(aggressor);
    return p != null ? p : AggressorProfile.empty(aggressor);
  }

  /** Whether the model has settings for this aggressor. */
  public boolean hasProfile(String aggressor) {
    return aggressors.containsKey(aggressor);
  }

  /** The indicator ids, in model order. */
  public List<String> indicatorIds() {
    return indicators.stream().map(IndicatorSpec::id).toList();
  }
}
