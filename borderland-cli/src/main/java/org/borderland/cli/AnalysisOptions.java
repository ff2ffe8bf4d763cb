package org.borderland.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.uncertainty.Choices;
import org.borderland.data.uncertainty.SpecFile;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code uncertainty} and {@code sensitivity}: what to analyse (the engine's
 * model, or a dataset in COINr's layout), which inputs are uncertain (a spec file, flags, or the
 * documented default), and how many replications with which seed.
 */
public final class AnalysisOptions {
  @picocli.CommandLine.Mixin ScenarioOption scenarioOption;

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
      description = "Engine form: analyse these targets instead of the default candidates.")
  String candidates;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "S",
      description = "Random seed; the same seed gives the same output (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads (default: the number of cores); the output does not depend on it.")
  Integer threads;

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

  /** The worker threads. */
  int threads() {
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw new IllegalArgumentException("--threads " + t + " must be between 1 and 256");
    }
    return t;
  }

  /** Whether any input flag was given. */
  private boolean anyFlag() {
    return noiseWeights != null
        || normalisation != null
        || aggregation != null
        || winmax != null
        || imputation != null
        || models != null;
  }

  /**
   * The inputs: the spec file, else the flags, else the documented default.
   *
   * @return the inputs and where they came from
   */
  Spec spec() throws Exception {
    if ((noiseLevels != null || weightSets != null) && noiseWeights == null) {
      throw new IllegalArgumentException(
          "--noise-levels and --weight-sets qualify --noise-weights; give --noise-weights X too");
    }
    if (spec != null) {
      if (anyFlag()) {
        throw new IllegalArgumentException(
            "Give the inputs either in --spec "
                + spec
                + " or as flags (--noise-weights, --normalisation, …), not both");
      }
      SpecFile.Read r = SpecFile.read(spec);
      return new Spec(r.spec(), spec.toString());
    }
    if (!anyFlag()) {
      return new Spec(UncertaintySpec.defaults(), "default");
    }
    List<Input> in = new ArrayList<>();
    if (noiseWeights != null) {
      in.add(
          new Input.WeightNoise(
              null,
              noiseWeights,
              noiseLevels == null ? List.of() : Choices.integers(noiseLevels, "--noise-levels"),
              weightSets));
    }
    if (normalisation != null) {
      in.add(new Input.Normalisations(null, Choices.normalisations(normalisation)));
    }
    if (aggregation != null) {
      in.add(new Input.Aggregations(null, Choices.aggregations(aggregation), List.of()));
    }
    if (winmax != null) {
      Input.Winmax w = Choices.winmax(winmax);
      in.add(w);
    }
    if (imputation != null) {
      in.add(new Input.Imputations(null, Choices.imputations(imputation)));
    }
    if (models != null) {
      in.add(new Input.Models(null, Choices.items(models, "--models")));
    }
    return new Spec(new UncertaintySpec(in), "flags");
  }

  /**
   * The inputs and their source.
   *
   * @param spec the inputs
   * @param source {@code default}, {@code flags} or the spec file
   */
  record Spec(UncertaintySpec spec, String source) {}
}
