package org.borderland.data.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;
import org.borderland.data.curated.CuratedFact;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.curated.FactKind;
import org.borderland.data.curated.Factor;
import org.borderland.data.curated.ResearchedScope;

/**
 * The core's {@link CuratedCounts} answered from the curated files: a fact counts from the last day
 * its date may denote, up to the end of the knowledge year (as {@link CuratedFacts#count} counts);
 * an unresearched triple has no count. Each counted fact becomes one source observation: country =
 * the target, indicator {@value #INDICATOR}, key = the factor, dataset {@value
 * CuratedFacts#DATASET}, field = the fact id, text = the citation, note = the description and
 * whether it was verified ({@code NOT verified} when not).
 *
 * <p>The facts are grouped by triple once, so that a pair never researched costs two hash lookups:
 * scoring every pair of states calls this millions of times.
 */
public final class CuratedFactCounts implements CuratedCounts {
  /** The indicator id of the source observations of counted facts. */
  public static final String INDICATOR = "curated_fact";

  private static final Map<String, Factor> FACTORS = new HashMap<>();

  static {
    for (Factor f : Factor.values()) {
      FACTORS.put(f.id(), f);
    }
  }

  /** The facts of one researched triple, oldest first, as observations. */
  private record Triple(ResearchedScope scope, List<CuratedFact> facts, List<Observation> rows) {}

  private final Map<String, Map<String, EnumMap<Factor, Triple>>> triples = new HashMap<>();

  /** Counts from the loaded files. */
  public CuratedFactCounts(CuratedFacts facts) {
    Objects.requireNonNull(facts, "facts");
    for (ResearchedScope s : facts.researched()) {
      triples
          .computeIfAbsent(s.aggressor(), a -> new HashMap<>())
          .computeIfAbsent(s.target(), t -> new EnumMap<>(Factor.class))
          .put(s.factor(), new Triple(s, new ArrayList<>(), new ArrayList<>()));
    }
    for (CuratedFact c : facts.facts()) { // oldest first
      if (c.kind() == FactKind.CENSUS) {
        continue;
      }
      Map<String, EnumMap<Factor, Triple>> byTarget = triples.get(c.aggressor());
      EnumMap<Factor, Triple> byFactor = byTarget == null ? null : byTarget.get(c.target());
      Triple t = byFactor == null ? null : byFactor.get(c.factor());
      if (t == null) {
        continue; // CuratedFacts guarantees every counted fact's triple is researched
      }
      t.facts().add(c);
      t.rows().add(observation(c));
    }
  }

  private static Observation observation(CuratedFact c) {
    LocalDate day = c.date().latest();
    return new Observation(
        c.target(),
        INDICATOR,
        c.factor().id(),
        1.0,
        "fact",
        c.date().year(),
        day.getYear(),
        day,
        true,
        new Source(CuratedFacts.DATASET, "curated/facts.yaml", c.id(), c.citation().text()),
        c.description()
            + (c.verified() ? " — verified (" + c.verifiedBy() + ")" : " — NOT verified"));
  }

  @Override
  public Optional<Period> researched(String aggressor, String target, String factor) {
    Triple t = triple(aggressor, target, factor);
    return t == null
        ? Optional.empty()
        : Optional.of(new Period(t.scope().from(), t.scope().to(), t.scope().scope()));
  }

  /**
   * The researched triple, or null.
   *
   * @throws IllegalArgumentException for a factor id the curated files do not use
   */
  private Triple triple(String aggressor, String target, String factor) {
    Factor f = FACTORS.get(factor);
    if (f == null) {
      throw new IllegalArgumentException(
          "Unknown curated factor '" + factor + "'; allowed: " + Factor.validIds());
    }
    Map<String, EnumMap<Factor, Triple>> byTarget = triples.get(aggressor);
    EnumMap<Factor, Triple> byFactor = byTarget == null ? null : byTarget.get(target);
    return byFactor == null ? null : byFactor.get(f);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException for a factor id the curated files do not use
   */
  @Override
  public Optional<Count> count(String aggressor, String target, String factor, int year) {
    Triple t = triple(aggressor, target, factor);
    if (t == null || !t.scope().coversYear(year)) {
      return Optional.empty();
    }
    LocalDate asOf = LocalDate.of(year, 12, 31);
    List<Observation> sources = new ArrayList<>();
    int verified = 0;
    for (int i = 0; i < t.facts().size(); i++) {
      CuratedFact c = t.facts().get(i);
      if (c.knownBy(asOf)) {
        sources.add(t.rows().get(i));
        if (c.verified()) {
          verified++;
        }
      }
    }
    return Optional.of(new Count(sources.size(), verified, sources, t.scope().scope()));
  }
}
