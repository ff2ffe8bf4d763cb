package org.borderland.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Brings every indicator onto a common scale (COINr's {@code Normalise}, R/normalise.R), using each
 * indicator's {@link Node#direction()}.
 *
 * @param all the method for every indicator ({@code global_specs})
 * @param indicators exceptions for some indicators ({@code indiv_specs})
 */
public record Normalise(NormalisationSpec all, Map<String, NormalisationSpec> indicators)
    implements Step {

  /** Copies the exceptions. */
  public Normalise {
    Objects.requireNonNull(all, "all");
    indicators = Map.copyOf(indicators);
  }

  /** The same method for every indicator. */
  public static Normalise all(NormalisationSpec spec) {
    return new Normalise(spec, Map.of());
  }

  @Override
  public String name() {
    return "normalise";
  }

  @Override
  public String output() {
    return "Normalised";
  }

  @Override
  public Dataset apply(Dataset data, Tree tree) {
    for (String code : indicators.keySet()) {
      if (!tree.has(code) || !tree.node(code).isIndicator()) {
        throw new PipelineException(
            name(), "'" + code + "' in 'indicators' is not an indicator of the tree");
      }
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (String code : Indicators.of(data, tree, name())) {
      Node n = tree.node(code);
      NormalisationSpec s = indicators.getOrDefault(code, all);
      try {
        out.put(code, s.method().normalise(data.values(code), n.direction(), s.parametersFor(n)));
      } catch (IllegalArgumentException e) {
        throw new PipelineException(name(), "indicator '" + code + "': " + e.getMessage(), e);
      }
    }
    return data.withValues(out);
  }

  @Override
  public StepRecord record() {
    Map<String, Object> p = spec(all);
    Map<String, Object> ind = new TreeMap<>();
    indicators.forEach((k, v) -> ind.put(k, spec(v)));
    p.put("indicators", ind);
    return new StepRecord(name(), p);
  }

  private static Map<String, Object> spec(NormalisationSpec s) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("method", s.method().id());
    p.put("parameters", s.parameters());
    return p;
  }

  static Normalise fromRecord(StepRecord r) {
    Params p = new Params(r);
    Map<String, NormalisationSpec> ind = new LinkedHashMap<>();
    p.map("indicators")
        .forEach(
            (k, v) -> {
              if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(
                    "Step 'normalise' indicator '" + k + "' should be a map with a method");
              }
              @SuppressWarnings("unchecked")
              Map<String, Object> mm = (Map<String, Object>) m;
              ind.put(k, specOf(new Params(new StepRecord("normalise", mm))));
            });
    return new Normalise(specOf(p), ind);
  }

  private static NormalisationSpec specOf(Params p) {
    return new NormalisationSpec(
        p.choice("method", Normalisation.class, Normalisation.MIN_MAX), p.numbers("parameters"));
  }
}
