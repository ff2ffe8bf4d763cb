package org.borderland.data.uncertainty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderland.core.model.RawTable;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.uncertainty.CoinrVariant;
import org.borderland.core.uncertainty.ModelVariant;
import org.borderland.core.uncertainty.Subject;
import org.borderland.data.coinr.CoinrInput;
import org.borderland.data.coinr.CoinrReader;
import org.borderland.data.coinr.PipelineFile;
import org.borderland.data.coinr.PipelineFileException;
import org.borderland.data.engine.Engine;
import org.borderland.data.importer.ImportException;

/** The subjects of an analysis, read once: a dataset in COINr's layout, or the engine's models. */
public final class Subjects {
  private Subjects() {}

  /**
   * A dataset in COINr's layout with its pipeline, as {@code borderland composite} reads it:
   * without a pipeline file, COINr's simple build (min-max onto 0–100, arithmetic mean).
   *
   * @throws ImportException for a bad data or metadata file
   * @throws PipelineFileException for a bad pipeline file
   */
  public static Subject coinr(
      Path iData, Path iMeta, Optional<Path> denominators, Optional<Path> pipelineFile)
      throws ImportException, PipelineFileException {
    CoinrInput in = CoinrReader.read(iData, iMeta, denominators);
    Pipeline p =
        pipelineFile.isPresent()
            ? PipelineFile.read(pipelineFile.get(), in.tree())
            : Pipeline.simple();
    String label = pipelineFile.map(Path::toString).orElse("simple build");
    return Subject.of(new CoinrVariant(label, in.dataset(), in.tree(), p));
  }

  /**
   * The engine's models for one aggressor, knowledge year and list of targets: the nominal model
   * first, then the others a model input may choose, each labelled as given.
   *
   * @param models the models, the nominal first
   * @param labels one label per model
   */
  public static Subject models(
      Engine engine,
      List<Engine.LoadedModel> models,
      List<String> labels,
      String aggressor,
      int year,
      List<String> targets) {
    return models(engine, models, labels, aggressor, year, targets, Scenario.none());
  }

  /**
   * As {@link #models(Engine, List, List, String, int, List)}, in the world a scenario describes:
   * each model's raw values are those of the scenario's world (its absorptions, values, blocs and
   * transit) and its weights the scenario's.
   */
  public static Subject models(
      Engine engine,
      List<Engine.LoadedModel> models,
      List<String> labels,
      String aggressor,
      int year,
      List<String> targets,
      Scenario scenario) {
    List<org.borderland.core.uncertainty.Variant> variants = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      WorldScorer ws = engine.worlds(models.get(i), scenario);
      World w = ws.world(scenario, aggressor, year);
      RawTable raw = ws.raw(w, targets);
      variants.add(
          new ModelVariant(
              labels.get(i),
              ws.model(),
              raw,
              changed -> {
                WorldScorer wc = engine.worlds(changed, scenario);
                return wc.raw(wc.world(scenario, aggressor, year), targets);
              }));
    }
    return new Subject(variants);
  }
}
