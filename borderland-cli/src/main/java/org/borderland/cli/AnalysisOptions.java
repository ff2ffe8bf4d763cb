package org.borderland.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.borderland.app.analysis.Analysed;
import org.borderland.app.analysis.AnalysisInputs;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.coinr.CoinrInput;
import org.borderland.data.coinr.CoinrReader;
import org.borderland.data.coinr.PipelineFile;
import org.borderland.data.coinr.PipelineFileException;
import org.borderland.data.importer.ImportException;
import org.borderland.data.uncertainty.SpecFile;
import org.borderland.data.uncertainty.SpecFileException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code uncertainty} and {@code sensitivity}: what to analyse (the engine's
 * model, or a dataset in COINr's layout), which inputs are uncertain (a spec file, flags, or the
 * documented default), and how many replications with which seed.
 */
public final class AnalysisOptions {
  @Mixin ScenarioOption scenarioOption;

  @Option(
      names = "--data",
      paramLabel = "iData.csv",
      description = "Analyse a dataset in COINr's layout instead of the engine's model.")
  Path data;

  @Option(names = "--meta", paramLabel = "iMeta.csv", description = "Its indicator tree.")
  Path meta;

  @Option(
      names = "--pipeline",
      paramLabel = "FILE",
      description = "Its pipeline (default: COINr's simple build), as for `composite`.")
  Path pipeline;

  @Option(
      names = "--denominators",
      paramLabel = "FILE.csv",
      description = "Denominator columns by uCode, as for `composite`.")
  Path denominators;

  @Option(
      names = "--candidates",
      paramLabel = "ISO3,…",
      split = ",",
      converter = CountryConverter.class,
      description = "Engine form: analyse these targets instead of the default candidates.")
  List<String> candidates;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "S",
      description = "Random seed; the same seed gives the same output (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin ThreadsOption threads;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "The uncertain inputs, as YAML (see docs/uncertainty.md).")
  Path spec;

  @Option(
      names = "--noise-weights",
      paramLabel = "X",
      description = "Uniform noise of ±X (e.g. 0.25) on the weights.")
  Double noiseWeights;

  @Option(
      names = "--noise-levels",
      paramLabel = "L,…",
      description = "The tree levels whose weights vary (default: every level below the top).")
  String noiseLevels;

  @Option(
      names = "--weight-sets",
      paramLabel = "K",
      description = "Draw the weights from K noisy sets made once (COINr's Nrep), not afresh.")
  Integer weightSets;

  @Option(
      names = "--normalisation",
      paramLabel = "M[:P…],…",
      description = "Normalisations to choose from, e.g. min-max:1:100,z-score:10:2,rank.")
  String normalisation;

  @Option(
      names = "--aggregation",
      paramLabel = "M,…",
      description = "Aggregations to choose from, e.g. arithmetic,geometric.")
  String aggregation;

  @Option(
      names = "--winmax",
      paramLabel = "MIN-MAX",
      description = "Winsorisation limit, a whole number uniform on MIN-MAX, e.g. 1-5.")
  String winmax;

  @Option(
      names = "--imputation",
      paramLabel = "M,…",
      description = "Imputations to choose from, e.g. none,mean,median (group-mean:GROUP).")
  String imputation;

  @Option(
      names = "--models",
      paramLabel = "NAME,…",
      description = "Engine form: models to choose from, e.g. essay,extended.")
  String models;

  @Option(
      names = "--chart",
      paramLabel = "FILE",
      description = "Also draw the result as a chart (.svg or .png).")
  Path chart;

  @Option(
      names = "--warm-up",
      description = "Run a small untimed analysis first, so elapsedMs shows the warm JVM.")
  boolean warmUp;

  /** Whether the generic form (a COINr-layout dataset) was asked for. */
  boolean generic() {
    return data != null || meta != null;
  }

  /**
   * The inputs: the spec file (read here), else the flags, else the documented default.
   *
   * @throws SpecFileException for a bad spec file, with its lines
   */
  AnalysisInputs inputs() throws SpecFileException {
    AnalysisInputs.Flags flags =
        new AnalysisInputs.Flags(
            noiseWeights,
            noiseLevels,
            weightSets,
            normalisation,
            aggregation,
            winmax,
            imputation,
            models);
    if (spec != null && flags.any()) {
      return AnalysisInputs.of(UncertaintySpec.defaults(), spec.toString(), flags); // refuses both
    }
    return spec == null
        ? AnalysisInputs.of(null, null, flags)
        : AnalysisInputs.of(SpecFile.read(spec).spec(), spec.toString(), flags);
  }

  /**
   * What the options analyse: the dataset the files hold (read here: the door reads files, the
   * service takes what they hold), or the engine's model for the engine options.
   *
   * @throws BadParameter for options of the other form
   */
  Analysed analysed(CommandSpec cmd, EngineOptions eo)
      throws ImportException, PipelineFileException {
    if (generic()) {
      if (data == null || meta == null) {
        throw new BadParameter(
            data == null ? "data" : "meta",
            null,
            "The dataset form needs both --data iData.csv and --meta iMeta.csv");
      }
      for (String engineOnly : List.of("aggressor", "year", "model")) {
        if (cmd.commandLine().getParseResult().hasMatchedOption("--" + engineOnly)) {
          throw new BadParameter(
              engineOnly,
              null,
              engineOnly + " is for the engine's model; with --data the dataset is analysed");
        }
      }
      if (scenarioOption.given()) {
        throw new BadParameter(
            "scenario",
            null,
            "scenario is for the engine's model; with --data the dataset is analysed as it is");
      }
      if (candidates != null || models != null) {
        throw new BadParameter(
            candidates != null ? "candidates" : "models",
            null,
            "--candidates and --models are for the engine's model; with --data every unit of the"
                + " dataset is ranked");
      }
      CoinrInput in = CoinrReader.read(data, meta, Optional.ofNullable(denominators));
      return new Analysed.Dataset(
          in,
          pipeline == null ? null : PipelineFile.read(pipeline, in.tree()),
          data.toString(),
          meta.toString(),
          pipeline == null ? null : pipeline.toString());
    }
    if (pipeline != null || denominators != null) {
      throw new BadParameter(
          pipeline != null ? "pipeline" : "denominators",
          null,
          "--pipeline and --denominators go with --data and --meta (a dataset in COINr's layout)");
    }
    return new Analysed.Model(
        eo.aggressor(),
        eo.year,
        eo.model(),
        candidates == null ? List.of() : candidates,
        scenarioOption.input());
  }
}
