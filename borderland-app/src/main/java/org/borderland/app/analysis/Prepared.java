package org.borderland.app.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.common.ProvenanceView;
import org.borderland.app.common.ScenarioView;
import org.borderland.app.common.Situation;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.score.Provenance;
import org.borderland.core.uncertainty.CoinrVariant;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.Subject;
import org.borderland.data.engine.Engine;
import org.borderland.data.uncertainty.Subjects;

/**
 * A subject ready to analyse, with what the output says about it.
 *
 * @param subject the subject
 * @param inputs the uncertain inputs
 * @param about the subject as the result's fields
 * @param heading one line saying what is analysed
 * @param provenance the provenance, or null for a dataset
 * @param provenanceLine the provenance as one line, or null
 * @param names unit → readable name (empty for a dataset)
 */
record Prepared(
    Subject subject,
    AnalysisInputs inputs,
    About about,
    String heading,
    ProvenanceView provenance,
    String provenanceLine,
    Map<String, String> names) {

  /**
   * What was analysed, as results write it: the engine's aggressor, year, model and scenario, or a
   * dataset's data, meta and pipeline (the other form's fields null).
   */
  record About(
      String aggressor,
      Integer year,
      String model,
      ScenarioView scenario,
      String data,
      String meta,
      String pipeline) {}

  /** Resolves what a request analyses against the current engine (or the dataset given). */
  static Prepared of(Borderland app, Analysed analysed, AnalysisInputs inputs, long seed) {
    return switch (analysed) {
      case Analysed.Dataset d -> dataset(d, inputs);
      case Analysed.Model m -> model(app, m, inputs, seed);
    };
  }

  private static Prepared dataset(Analysed.Dataset d, AnalysisInputs inputs) {
    Pipeline p = d.pipeline() != null ? d.pipeline() : Pipeline.simple();
    Subject s;
    try {
      s = Subject.of(new CoinrVariant(d.pipelineLabel(), d.input().dataset(), d.input().tree(), p));
    } catch (IllegalArgumentException e) {
      throw BadParameter.of("data", d.data(), e);
    }
    String fileName = d.data().replaceAll(".*[/\\\\]", "");
    return new Prepared(
        s,
        inputs,
        new About(null, null, null, null, d.data(), d.meta(), d.pipelineLabel()),
        "the units of " + fileName + " (" + d.pipelineLabel() + ")",
        null,
        null,
        Map.of());
  }

  private static Prepared model(
      Borderland app, Analysed.Model m, AnalysisInputs inputs, long seed) {
    Situation sit = Situation.of(app, m.aggressor(), m.year(), m.model(), m.scenario());
    Engine engine = sit.engine();
    Engine.LoadedModel nominal = sit.model();
    int year = sit.year();
    String aggressor = sit.aggressor();
    CandidateSet set = Inputs.candidates(sit, m.candidates());
    List<Engine.LoadedModel> models = new ArrayList<>(List.of(nominal));
    List<String> labels = new ArrayList<>(List.of(m.model()));
    String modelsParameter = inputs.fromSpec() ? "spec" : "models";
    for (Input in : inputs.spec().inputs()) {
      if (in instanceof Input.Models ms) {
        for (String label : ms.variants()) {
          if (!labels.contains(label)) {
            models.add(Inputs.model(engine, label, modelsParameter));
            labels.add(label);
          }
        }
      }
    }
    for (Engine.LoadedModel lm : models) {
      int min = lm.model().missingFactors().minCoverage();
      if (min > 0) {
        // The replications rank every target with an index; they do not leave out the ones with
        // too few factors as a ranking does, so the figures would not describe the ranking.
        throw new BadParameter(
            "model",
            lm.model().id(),
            "model '"
                + lm.model().id()
                + "' ranks only targets with at least "
                + min
                + " factors (minCoverage), which uncertainty and sensitivity analyses do not apply"
                + " yet; analyse a copy of the model file with minCoverage: 0");
      }
    }
    Subject s =
        Inputs.scenario(
            m.scenario(),
            () ->
                Subjects.models(
                    engine, models, labels, aggressor, year, set.codes(), sit.scenario()));
    Provenance p = engine.provenance(nominal, year, seed);
    String id = nominal.model().id();
    Map<String, String> names = new LinkedHashMap<>();
    for (String c : set.codes()) {
      names.put(c, engine.registry().get(c).name());
    }
    return new Prepared(
        s,
        inputs,
        new About(aggressor, year, id, sit.scenarioView(), null, null, null),
        String.format(
            Locale.ROOT,
            "the candidate targets of %s (%s), model %s, as known by the end of %d",
            engine.registry().get(aggressor).name(),
            aggressor,
            id,
            year),
        ProvenanceView.of(p, id),
        p.line(id),
        names);
  }

  /** Whether the subject is the engine's model (whose units are ISO3 codes). */
  boolean engineForm() {
    return provenance != null;
  }

  /** The worker threads: as given, else the number of cores. */
  static int threads(Integer threads) {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * An analysis's refusal of its inputs as a problem: an unknown target names {@code target}, a
   * size {@code runs}, anything else the spec (or, from flags, the inputs).
   */
  BadParameter refused(IllegalArgumentException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    String parameter =
        m.startsWith("Unknown target")
            ? "target"
            : m.startsWith("runs ") ? "runs" : inputs.fromSpec() ? "spec" : "inputs";
    return BadParameter.of(parameter, null, e);
  }
}
