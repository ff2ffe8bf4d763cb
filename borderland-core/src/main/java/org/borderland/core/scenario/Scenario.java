package org.borderland.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A scenario: overrides on top of a knowledge year, as written in a scenario file. Nothing here is
 * checked against the panel yet (a code the registry does not know, a state that cannot be
 * reached): {@link WorldScorer} checks that when it applies the scenario, naming each entry's
 * {@link Origin}.
 *
 * @param id short id (the file name without extension when the file gives none)
 * @param name a readable name
 * @param description what the scenario asks, in a sentence or two
 * @param origin the file
 * @param aggressor the aggressor the scenario was written for, or {@code null} for any
 * @param year the knowledge year it was written for, or {@code null} for any
 * @param absorb states absorbed into the aggressor, in order
 * @param values indicator values set for a country (as target)
 * @param memberships bloc memberships added or removed
 * @param transit changes to the transit rules, or {@code null} for none
 * @param model the model to use instead, or {@code null}
 * @param weights factor or indicator weights changed
 */
public record Scenario(
    String id,
    String name,
    String description,
    Origin origin,
    String aggressor,
    Integer year,
    List<Absorption> absorb,
    List<ValueOverride> values,
    List<MembershipChange> memberships,
    TransitChange transit,
    ModelChange model,
    List<WeightChange> weights) {

  /** Requires the id, name and origin; copies the lists. */
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description.strip();
    Objects.requireNonNull(origin, "origin");
    absorb = List.copyOf(absorb);
    values = List.copyOf(values);
    memberships = List.copyOf(memberships);
    weights = List.copyOf(weights);
  }

  /** A scenario that changes nothing. */
  public static Scenario none() {
    return new Scenario(
        "none",
        "No scenario",
        "",
        Origin.option("(none)"),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of());
  }

  /** Whether the scenario changes nothing. */
  public boolean isEmpty() {
    return absorb.isEmpty()
        && values.isEmpty()
        && memberships.isEmpty()
        && transit == null
        && model == null
        && weights.isEmpty();
  }

  /** A state absorbed into the aggressor: its territory, population and economy become A's. */
  public record Absorption(String state, Origin origin) {
    /** Requires both. */
    public Absorption {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * An indicator's raw value for a country as target, replacing what the panel gives.
   *
   * @param country the country (ISO3 or another code the registry knows)
   * @param indicator the model indicator's id
   * @param value the raw value, in the indicator's unit
   * @param note why (a citation or the question asked); may be empty
   */
  public record ValueOverride(
      String country, String indicator, double value, String note, Origin origin) {
    /** Requires a finite value. */
    public ValueOverride {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(indicator, "indicator");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(origin + ": value " + value + " is not a finite number");
      }
      note = note == null ? "" : note.strip();
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * A country joining or leaving a bloc, by the name the model's aggressor profile gives it (e.g.
   * {@code CSTO}, {@code EAEU}, {@code NATO}).
   */
  public record MembershipChange(String country, String bloc, boolean join, Origin origin) {
    /** Requires every part. */
    public MembershipChange {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(bloc, "bloc");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /**
   * Changes to the transit rules; a {@code null} component keeps the default.
   *
   * @param allies states that join the aggressor's region for paths
   * @param noTransit states the aggressor would not cross (replaces the default list)
   * @param allow states passable despite the no-transit list or a rival alliance
   * @param rivalAlliances blocs whose members block transit (replaces the default list)
   * @param sea whether sea links count
   */
  public record TransitChange(
      List<String> allies,
      List<String> noTransit,
      List<String> allow,
      List<String> rivalAlliances,
      Boolean sea,
      Origin origin) {
    /** Copies the lists that are given. */
    public TransitChange {
      allies = allies == null ? null : List.copyOf(allies);
      noTransit = noTransit == null ? null : List.copyOf(noTransit);
      allow = allow == null ? null : List.copyOf(allow);
      rivalAlliances = rivalAlliances == null ? null : List.copyOf(rivalAlliances);
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** A model to use instead of the one asked for: a shipped name or a file. */
  public record ModelChange(String nameOrPath, Origin origin) {
    /** Requires both. */
    public ModelChange {
      Objects.requireNonNull(nameOrPath, "nameOrPath");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** A factor's or an indicator's weight. */
  public record WeightChange(String id, double weight, Origin origin) {
    /** Requires a finite weight ≥ 0. */
    public WeightChange {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(origin, "origin");
      if (!Double.isFinite(weight) || weight < 0) {
        throw new IllegalArgumentException(
            origin + ": the weight of '" + id + "' is " + weight + "; use a finite number ≥ 0");
      }
    }
  }
}
