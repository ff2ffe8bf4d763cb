package org.borderland.app.explain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.borderland.app.common.ProvenanceView;
import org.borderland.core.pipeline.Aggregation;

/**
 * What {@code explain} answers, as {@code explain --format json} and {@code GET /api/v1/explain}
 * write it: one target's explanation, or with {@code versus} the comparison of two targets.
 */
public sealed interface ExplainResult permits ExplainResult.Explained, ExplainResult.Compared {

  /**
   * Why a target scored what it did.
   *
   * @param aggressor the aggressor's code
   * @param target the target's code
   * @param year the knowledge year
   * @param model the model's id
   * @param provenance where the result comes from
   * @param index the target's index 0-100, or null when nothing was known
   * @param rank its rank, or null without an index
   * @param targets how many targets were scored together
   * @param candidate whether it is one of the aggressor's default candidates
   * @param aggregation how the factors are combined into the index
   * @param contributionsAddUpTo what the contributions add up to (e.g. {@code the index})
   * @param notes what a reader must know (the scenario; a target scored with the candidates)
   * @param quality how complete its data are
   * @param factors one per model factor, in model order
   * @param about what a table needs besides; not part of the JSON
   */
  record Explained(
      String aggressor,
      String target,
      int year,
      String model,
      ProvenanceView provenance,
      Double index,
      Integer rank,
      int targets,
      boolean candidate,
      String aggregation,
      String contributionsAddUpTo,
      List<String> notes,
      Quality quality,
      List<Factor> factors,
      @JsonIgnore About about)
      implements ExplainResult {
    /** Copies the lists. */
    public Explained {
      notes = List.copyOf(notes);
      factors = List.copyOf(factors);
    }

    /** Every indicator, factor by factor. */
    public List<Indicator> indicators() {
      return factors.stream().flatMap(f -> f.indicators().stream()).toList();
    }
  }

  /**
   * One factor of the target.
   *
   * @param id the factor id
   * @param name its name
   * @param score its score 0-100, or null when all its indicators were missing
   * @param weight its weight in the index, rescaled over the factors present; null when missing
   * @param contribution its term in the index's aggregation; null when missing
   * @param rank the target's rank on this factor, or null
   * @param indicators its indicators, in model order
   */
  record Factor(
      String id,
      String name,
      Double score,
      Double weight,
      Double contribution,
      Integer rank,
      List<Indicator> indicators) {
    /** Copies the indicators. */
    public Factor {
      indicators = List.copyOf(indicators);
    }
  }

  /**
   * One indicator of the target.
   *
   * @param id the indicator id
   * @param name its name
   * @param raw the raw value, or null when the panel gave none
   * @param unit the raw value's unit
   * @param transform the model's transform, described, or null
   * @param transformed the value after the transform, or null
   * @param treatment what outlier treatment did, or null when nothing
   * @param treated the value after treatment, or null
   * @param normalised the normalised value 0-100, or null when missing
   * @param weight its weight in the factor, or null when missing
   * @param imputed whether the pipeline imputed it
   * @param missing whether it is missing
   * @param note why it is missing or imputed, or what a reader must know; may be empty
   * @param revised whether a source has revised history
   * @param unverified whether a source is an unverified curated entry
   * @param source the primary source, or null
   * @param sources every panel row it was computed from, primary first
   * @param searched the datasets it may read, in order of preference
   */
  record Indicator(
      String id,
      String name,
      Double raw,
      String unit,
      String transform,
      Double transformed,
      String treatment,
      Double treated,
      Double normalised,
      Double weight,
      boolean imputed,
      boolean missing,
      String note,
      boolean revised,
      boolean unverified,
      Source source,
      List<Source> sources,
      String searched) {
    /** Copies the sources. */
    public Indicator {
      sources = List.copyOf(sources);
    }
  }

  /**
   * One panel row an indicator was computed from.
   *
   * @param dataset the dataset
   * @param edition the year the figure was published
   * @param field the field or column in the dataset
   * @param editionLabel the dataset's own name for the edition
   * @param refYear the year the figure describes, or null
   * @param country the country the row is about
   * @param indicator the panel's indicator id
   * @param key the group, language, neighbour or organisation; empty otherwise
   * @param value the figure, or null
   * @param unit the figure's unit
   * @param asKnown whether the figure is as it was known at publication
   */
  record Source(
      String dataset,
      int edition,
      String field,
      String editionLabel,
      Integer refYear,
      String country,
      String indicator,
      String key,
      Double value,
      String unit,
      boolean asKnown) {}

  /**
   * How complete a target's data are: indicator values present, imputed, missing, and resting on
   * unverified curated facts.
   */
  record Quality(int filled, int imputed, int missing, int unverified) {}

  /**
   * What a table of one explanation shows besides the JSON.
   *
   * @param aggressorName the aggressor's name
   * @param targetName the target's name
   * @param modelName the model's name
   * @param aggregation how the factors are combined
   * @param contributionTotal the sum of the contributions
   * @param provenanceLine the provenance's line
   */
  record About(
      String aggressorName,
      String targetName,
      String modelName,
      Aggregation aggregation,
      double contributionTotal,
      String provenanceLine) {}

  /**
   * Why one target ranks above (or below) another.
   *
   * @param aggressor the aggressor's code
   * @param target the first target's code
   * @param versus the second target's code
   * @param year the knowledge year
   * @param model the model's id
   * @param provenance where the result comes from
   * @param index the first target's index, or null
   * @param rank its rank, or null
   * @param versusIndex the second target's index, or null
   * @param versusRank its rank, or null
   * @param aggregation how the factors are combined into the index
   * @param differencesAddUpTo what the differences add up to
   * @param gap how far the first target's index is above the second's, or null
   * @param notes what a reader must know
   * @param differences one per factor, largest absolute difference first
   * @param about what a table needs besides; not part of the JSON
   */
  record Compared(
      String aggressor,
      String target,
      String versus,
      int year,
      String model,
      ProvenanceView provenance,
      Double index,
      Integer rank,
      Double versusIndex,
      Integer versusRank,
      String aggregation,
      String differencesAddUpTo,
      Double gap,
      List<String> notes,
      List<Difference> differences,
      @JsonIgnore Against about)
      implements ExplainResult {
    /** Copies the lists. */
    public Compared {
      notes = List.copyOf(notes);
      differences = List.copyOf(differences);
    }
  }

  /**
   * One factor's part in the gap.
   *
   * @param id the factor id
   * @param name its name
   * @param score the first target's score, or null
   * @param versusScore the second target's score, or null
   * @param contribution the first target's contribution, or null
   * @param versusContribution the second target's contribution, or null
   * @param difference how much this factor puts the first target above the second
   */
  record Difference(
      String id,
      String name,
      Double score,
      Double versusScore,
      Double contribution,
      Double versusContribution,
      Double difference) {}

  /**
   * What a table of a comparison shows besides the JSON.
   *
   * @param aggressorName the aggressor's name
   * @param targetName the first target's name
   * @param versusName the second target's name
   * @param contributionTotal the first target's sum of contributions
   * @param versusContributionTotal the second target's
   * @param total the sum of the differences
   * @param quality the first target's data
   * @param versusQuality the second target's data
   * @param indicators the first target's number of indicators
   * @param versusIndicators the second target's
   * @param provenanceLine the provenance's line
   */
  record Against(
      String aggressorName,
      String targetName,
      String versusName,
      double contributionTotal,
      double versusContributionTotal,
      double total,
      Quality quality,
      Quality versusQuality,
      int indicators,
      int versusIndicators,
      String provenanceLine) {}
}
