package org.borderland.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.Model;
import org.borderland.core.scenario.Scenario.WeightChange;
import org.borderland.core.text.Suggestions;

/** A model with some factor or indicator weights changed, as a scenario asks. */
public final class Reweighting {
  private Reweighting() {}

  /**
   * The model with each change applied to the factor or indicator of that id (factor ids and
   * indicator ids never clash in a model).
   *
   * @throws IllegalArgumentException naming the change's origin when an id is neither, with the
   *     closest id
   */
  public static Model apply(Model model, List<WeightChange> changes) {
    if (changes.isEmpty()) {
      return model;
    }
    List<FactorGroup> factors = new ArrayList<>(model.factors());
    List<IndicatorSpec> indicators = new ArrayList<>(model.indicators());
    for (WeightChange c : changes) {
      boolean found = false;
      for (int i = 0; i < factors.size(); i++) {
        FactorGroup f = factors.get(i);
        if (f.id().equals(c.id())) {
          factors.set(
              i,
              new FactorGroup(
                  f.id(), f.name(), f.rationale(), c.weight(), f.aggregation(), f.addition()));
          found = true;
        }
      }
      for (int i = 0; i < indicators.size(); i++) {
        IndicatorSpec s = indicators.get(i);
        if (s.id().equals(c.id())) {
          indicators.set(
              i,
              new IndicatorSpec(
                  s.id(),
                  s.name(),
                  s.factor(),
                  s.definition(),
                  s.direction(),
                  s.transform(),
                  c.weight(),
                  s.unit(),
                  s.addition(),
                  s.sources(),
                  s.maxAge(),
                  s.note()));
          found = true;
        }
      }
      if (!found) {
        Set<String> ids = new LinkedHashSet<>();
        model.factors().forEach(f -> ids.add(f.id()));
        ids.addAll(model.indicatorIds());
        throw new IllegalArgumentException(
            c.origin()
                + ": model '"
                + model.id()
                + "' has no factor or indicator '"
                + c.id()
                + "'"
                + Suggestions.closest(c.id(), ids, Math.max(2, c.id().length() / 3))
                    .map(s -> "; did you mean " + s + "?")
                    .orElse("")
                + " (factors: "
                + String.join(", ", model.factors().stream().map(FactorGroup::id).toList())
                + ")");
      }
    }
    return model.with(factors, indicators);
  }
}
