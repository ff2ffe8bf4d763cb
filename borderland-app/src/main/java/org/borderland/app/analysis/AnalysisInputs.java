package org.borderland.app.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.UncertaintySpec;
import org.borderland.data.uncertainty.Choices;
import org.borderland.data.uncertainty.SpecFile;
import org.borderland.data.uncertainty.SpecFileException;

/**
 * The uncertain inputs of an analysis and where they came from: a spec (read from a file by the
 * command line, or from bytes), flags, or the documented default.
 *
 * @param spec the inputs
 * @param source {@code default}, {@code flags}, or the spec's name
 */
public record AnalysisInputs(UncertaintySpec spec, String source) {
  /** Requires both. */
  public AnalysisInputs {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(source, "source");
  }

  /** The documented default: ±25 % weight noise, two normalisations, two aggregations. */
  public static AnalysisInputs defaults() {
    return new AnalysisInputs(UncertaintySpec.defaults(), "default");
  }

  /** Whether the inputs came from a spec (a file or a body). */
  public boolean fromSpec() {
    return !source.equals("default") && !source.equals("flags");
  }

  /**
   * A spec held in memory (YAML or JSON); {@code name} stands for it in messages and output.
   *
   * @throws BadParameter naming {@code spec}, with each problem's line and field
   */
  public static AnalysisInputs ofSpec(byte[] body, String name) {
    try {
      return new AnalysisInputs(SpecFile.read(body, name).spec(), name);
    } catch (SpecFileException e) {
      throw BadParameter.of("spec", null, e);
    }
  }

  /**
   * The inputs a request gives: a spec already read (with its name), or flags, not both; neither
   * gives the default.
   *
   * @param spec the spec, or null
   * @param specName the spec's name (e.g. its file), when there is one
   * @param flags the flags (may be {@link Flags#NONE})
   * @throws BadParameter for both, or for a flag's bad value
   */
  public static AnalysisInputs of(UncertaintySpec spec, String specName, Flags flags) {
    Objects.requireNonNull(flags, "flags");
    if (spec != null) {
      if (flags.any()) {
        throw new BadParameter(
            "spec",
            specName,
            "spec "
                + specName
                + " and the flags (noise-weights, normalisation, …) both give the inputs; give"
                + " them in one place, not both");
      }
      return new AnalysisInputs(spec, Objects.requireNonNull(specName, "specName"));
    }
    return flags.any() ? new AnalysisInputs(flags.spec(), "flags") : defaults();
  }

  /**
   * The inputs as flags write them; null for a flag not given.
   *
   * @param noiseWeights uniform noise of ±X on the weights
   * @param noiseLevels the tree levels whose weights vary, comma-separated
   * @param weightSets draw the weights from this many noisy sets made once
   * @param normalisation normalisations to choose from, e.g. {@code min-max:1:100,rank}
   * @param aggregation aggregations to choose from, e.g. {@code arithmetic,geometric}
   * @param winmax a winsorisation limit range, e.g. {@code 1-5}
   * @param imputation imputations to choose from, e.g. {@code none,mean}
   * @param models models to choose from (the engine's form), e.g. {@code essay,extended}
   */
  public record Flags(
      Double noiseWeights,
      String noiseLevels,
      Integer weightSets,
      String normalisation,
      String aggregation,
      String winmax,
      String imputation,
      String models) {
    /** No flags. */
    public static final Flags NONE = new Flags(null, null, null, null, null, null, null, null);

    /** Refuses qualifiers of the weight noise without it. */
    public Flags {
      if ((noiseLevels != null || weightSets != null) && noiseWeights == null) {
        throw new BadParameter(
            noiseLevels != null ? "noise-levels" : "weight-sets",
            noiseLevels != null ? noiseLevels : String.valueOf(weightSets),
            "noise-levels and weight-sets qualify noise-weights; give noise-weights X too");
      }
    }

    /** Whether any input flag is given. */
    public boolean any() {
      return noiseWeights != null
          || normalisation != null
          || aggregation != null
          || winmax != null
          || imputation != null
          || models != null;
    }

    /** The inputs the flags give, in a fixed order. */
    UncertaintySpec spec() {
      List<Input> in = new ArrayList<>();
      if (noiseWeights != null) {
        in.add(
            checked(
                "noise-weights",
                String.valueOf(noiseWeights),
                () ->
                    new Input.WeightNoise(
                        null,
                        noiseWeights,
                        noiseLevels == null
                            ? List.of()
                            : checked(
                                "noise-levels",
                                noiseLevels,
                                () -> Choices.integers(noiseLevels, "noise-levels")),
                        weightSets)));
      }
      if (normalisation != null) {
        in.add(
            checked(
                "normalisation",
                normalisation,
                () -> new Input.Normalisations(null, Choices.normalisations(normalisation))));
      }
      if (aggregation != null) {
        in.add(
            checked(
                "aggregation",
                aggregation,
                () -> new Input.Aggregations(null, Choices.aggregations(aggregation), List.of())));
      }
      if (winmax != null) {
        in.add(checked("winmax", winmax, () -> Choices.winmax(winmax)));
      }
      if (imputation != null) {
        in.add(
            checked(
                "imputation",
                imputation,
                () -> new Input.Imputations(null, Choices.imputations(imputation))));
      }
      if (models != null) {
        in.add(
            checked(
                "models", models, () -> new Input.Models(null, Choices.items(models, "models"))));
      }
      return new UncertaintySpec(in);
    }

    private static <T> T checked(String parameter, String value, Supplier<T> make) {
      try {
        return make.get();
      } catch (BadParameter e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw BadParameter.of(parameter, value, e);
      }
    }
  }
}
