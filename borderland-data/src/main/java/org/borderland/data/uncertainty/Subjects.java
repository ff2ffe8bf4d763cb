package org.borderland.data.uncertainty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderland.core.model.RawTable;
import org.borderland.core.pipeline.Pipeline;
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
    List<org.borderland.core.uncertainty.Variant> variants = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      var m = models.get(i).model();
      RawTable raw = engine.raw(m, aggressor, year, targets);
      variants.add(
          new ModelVariant(
              labels.get(i), m, raw, changed -> engine.raw(changed, aggressor, year, targets)));
    }
    return new Subject(variants);
  }
}
