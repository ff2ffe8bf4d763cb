package org.borderland.core.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.model.Sourcing;

/**
 * Variants of a model for validation, derived from the model file rather than written again, so
 * that a change to the file reaches them.
 */
public final class ModelVariants {
  private ModelVariants() {}

  /**
   * The model with every indicator restricted to what was published at the time: each keeps its
   * source tiers, but {@link Sourcing#allowRevised()} is off, so datasets released once with
   * revised history (COW, World Bank, SIPRI, UN ideal points and votes) are never read. Indicators
   * that read only such datasets (CINC ratio, COW contiguity, territorial threat, MID counts,
   * fractionalisation, UN votes) become missing, each with the reason, and the pipeline skips them
   * and rescales the remaining weights — as it does for any missing value.
   */
  public static Model asKnown(Model model) {
    List<IndicatorSpec> out = new ArrayList<>();
    for (IndicatorSpec s : model.indicators()) {
      out.add(
          new IndicatorSpec(
              s.id(),
              s.name(),
              s.factor(),
              s.definition(),
              s.direction(),
              s.transform(),
              s.weight(),
              s.unit(),
              s.addition(),
              new Sourcing(s.sources().tiers(), false),
              s.maxAge(),
              s.note()));
    }
    return model.with(model.factors(), out);
  }

  /** Datasets published as known at the time: Factbook editions and curated rows. */
  public static final Set<String> AS_KNOWN_DATASETS =
      Set.of("factbook-archive", "factbook-json", "curated");

  /** The ids of the model's indicators that may read datasets with revised history. */
  public static List<String> revisedIndicators(Model model) {
    List<String> out = new ArrayList<>();
    for (IndicatorSpec s : model.indicators()) {
      if (s.sources().allowRevised()) {
        out.add(s.id());
      }
    }
    return out;
  }

  /**
   * The ids of the model's indicators that read only datasets with revised history: missing in
   * {@link #asKnown}. The other indicators of {@link #revisedIndicators} keep their as-known tiers.
   */
  public static List<String> revisedOnlyIndicators(Model model) {
    List<String> out = new ArrayList<>();
    for (IndicatorSpec s : model.indicators()) {
      if (s.sources().allowRevised()
          && s.sources().datasets().stream().noneMatch(AS_KNOWN_DATASETS::contains)) {
        out.add(s.id());
      }
    }
    return out;
  }

  /**
   * The model without its curated-fact counts, and without the factors left with no indicator: the
   * facts were collected with hindsight (which pairs were researched, which episodes were noted)
   * and would leak the outcome into a validation on past disputes.
   *
   * @throws IllegalArgumentException when nothing but curated counts is left
   */
  public static Model withoutCurated(Model model) {
    List<IndicatorSpec> kept = new ArrayList<>();
    Set<String> factors = new HashSet<>();
    for (IndicatorSpec s : model.indicators()) {
      if (s.definition().kind() != Definition.Kind.CURATED_COUNT) {
        kept.add(s);
        factors.add(s.factor());
      }
    }
    List<FactorGroup> groups = new ArrayList<>();
    for (FactorGroup f : model.factors()) {
      if (factors.contains(f.id())) {
        groups.add(f);
      }
    }
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "Model '" + model.id() + "' has only curated counts; nothing is left to validate");
    }
    return model.with(groups, kept);
  }

  /** The factors {@link #withoutCurated} drops: those resting on curated facts alone. */
  public static List<String> curatedOnlyFactors(Model model) {
    Set<String> kept = new HashSet<>();
    for (FactorGroup f : withoutCurated(model).factors()) {
      kept.add(f.id());
    }
    List<String> out = new ArrayList<>();
    for (FactorGroup f : model.factors()) {
      if (!kept.contains(f.id())) {
        out.add(f.id());
      }
    }
    return out;
  }
}
