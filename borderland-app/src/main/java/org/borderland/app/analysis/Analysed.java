package org.borderland.app.analysis;

import java.util.List;
import java.util.Objects;
import org.borderland.app.common.ScenarioInput;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.data.coinr.CoinrInput;

/** What an analysis ranks: the engine's model, or a dataset in COINr's layout. */
public sealed interface Analysed {
  /**
   * The candidate targets of an aggressor under the engine's model, as known in a year.
   *
   * @param aggressor the aggressor's code or name
   * @param year the knowledge year, or null for the scenario's or the latest
   * @param model the nominal model's name
   * @param candidates the targets to analyse instead of the default candidates (empty: those)
   * @param scenario the scenario ({@link ScenarioInput#none()} for none)
   */
  record Model(
      String aggressor, Integer year, String model, List<String> candidates, ScenarioInput scenario)
      implements Analysed {
    /** Requires the aggressor, model and scenario. */
    public Model {
      Objects.requireNonNull(aggressor, "aggressor");
      Objects.requireNonNull(model, "model");
      candidates = List.copyOf(candidates);
      Objects.requireNonNull(scenario, "scenario");
    }

    /** The default: the essay's model, no scenario, the default candidates. */
    public static Model of(String aggressor, Integer year) {
      return new Model(aggressor, year, "essay", List.of(), ScenarioInput.none());
    }
  }

  /**
   * A dataset in COINr's layout, already read, with its pipeline; the names are what the output
   * calls them (the files the command line read), never opened here.
   *
   * @param input the data and its indicator tree
   * @param pipeline its pipeline, or null for COINr's simple build
   * @param data what the data is called (e.g. its file)
   * @param meta what the indicator tree is called
   * @param pipelineName what the pipeline is called, or null for the simple build
   */
  record Dataset(CoinrInput input, Pipeline pipeline, String data, String meta, String pipelineName)
      implements Analysed {
    /** Requires the input and the names of the data and tree. */
    public Dataset {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(meta, "meta");
    }

    /** The pipeline as the output names it. */
    public String pipelineLabel() {
      return pipelineName == null ? "simple build" : pipelineName;
    }
  }
}
