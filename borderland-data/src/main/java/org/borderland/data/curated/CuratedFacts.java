package org.borderland.data.curated;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;

/**
 * The curated, cited facts and the record of what has been researched, loaded from {@code
 * curated/facts.yaml} and {@code curated/researched.yaml}.
 *
 * <p>A count answers "how many documented statements, episodes, policies, treaties or votes inform
 * this factor for this pair, as of this day?". It is {@linkplain OptionalInt#empty() missing} when
 * nobody has researched the triple, so that an unresearched pair never reads as zero. A fact dated
 * only to the month or year counts from the last day it may denote (see {@link
 * PartialDate#latest()}), so no fact is counted before it had certainly happened. Census entries
 * are figures, not events: they are not counted, they become {@linkplain #observations()
 * observations}.
 */
public final class CuratedFacts {
  /** The dataset id written into the source of every curated observation. */
  public static final String DATASET = "curated";

  private final List<CuratedFact> facts;
  private final List<ResearchedScope> researched;

  /**
   * Holds checked facts and scopes.
   *
   * @throws IllegalArgumentException when two facts share an id, a triple is listed twice, or a
   *     counted (non-census) fact's triple is not among the researched ones
   */
  public CuratedFacts(List<CuratedFact> facts, List<ResearchedScope> researched) {
    this.facts =
        facts.stream()
            .sorted(Comparator.comparing(CuratedFact::date).thenComparing(CuratedFact::id))
            .toList();
    this.researched = List.copyOf(researched);
    Set<String> ids = new HashSet<>();
    for (CuratedFact f : this.facts) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException("Fact id " + f.id() + " is used twice");
      }
    }
    Set<String> triples = new HashSet<>();
    for (ResearchedScope s : this.researched) {
      if (!triples.add(s.aggressor() + "→" + s.target() + " " + s.factor())) {
        throw new IllegalArgumentException(
            "Triple " + s.aggressor() + "→" + s.target() + " " + s.factor() + " is listed twice");
      }
    }
    for (CuratedFact f : this.facts) {
      if (f.kind() != FactKind.CENSUS && !isResearched(f.aggressor(), f.target(), f.factor())) {
        throw new IllegalArgumentException(
            "Fact "
                + f.id()
                + " is about "
                + f.aggressor()
                + "→"
                + f.target()
                + " "
                + f.factor()
                + ", which is not marked researched");
      }
    }
  }

  /**
   * Reads and checks both files, with today as the limit for dates.
   *
   * @throws CuratedFactsException listing every problem with file, line, column and entry id
   */
  public static CuratedFacts load(Path factsYaml, Path researchedYaml, CountryRegistry registry)
      throws CuratedFactsException {
    return load(factsYaml, researchedYaml, registry, LocalDate.now());
  }

  /**
   * Reads and checks both files; {@code today} is the latest date a fact may have.
   *
   * @throws CuratedFactsException listing every problem with file, line, column and entry id
   */
  public static CuratedFacts load(
      Path factsYaml, Path researchedYaml, CountryRegistry registry, LocalDate today)
      throws CuratedFactsException {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(today, "today");
    return new CuratedFactsReader(registry, today).read(factsYaml, researchedYaml);
  }

  /** Every fact, oldest first. */
  public List<CuratedFact> facts() {
    return facts;
  }

  /** Every researched triple, in file order. */
  public List<ResearchedScope> researched() {
    return researched;
  }

  /** The fact with this id, if any. */
  public Optional<CuratedFact> find(String id) {
    return facts.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The research record of a triple, if it has been researched. */
  public Optional<ResearchedScope> scope(String aggressor, String target, Factor factor) {
    return researched.stream().filter(s -> s.covers(aggressor, target, factor)).findFirst();
  }

  /** Whether anyone has researched this triple. */
  public boolean isResearched(String aggressor, String target, Factor factor) {
    return scope(aggressor, target, factor).isPresent();
  }

  /**
   * The facts (census figures excluded) about a triple that had certainly happened by the end of
   * {@code asOf}, oldest first; verified and unverified alike.
   */
  public List<CuratedFact> factsFor(
      String aggressor, String target, Factor factor, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return facts.stream()
        .filter(f -> f.kind() != FactKind.CENSUS)
        .filter(f -> f.aggressor().equals(aggressor) && f.target().equals(target))
        .filter(f -> f.factor() == factor && f.knownBy(asOf))
        .toList();
  }

  /**
   * How many facts (census figures excluded) inform {@code factor} for the pair as of {@code asOf},
   * verified or not; empty when the triple has not been researched.
   */
  public OptionalInt count(String aggressor, String target, Factor factor, LocalDate asOf) {
    return count(aggressor, target, factor, asOf, false);
  }

  /**
   * As {@link #count(String, String, Factor, LocalDate)}, counting only verified facts when {@code
   * verifiedOnly}.
   */
  public OptionalInt count(
      String aggressor, String target, Factor factor, LocalDate asOf, boolean verifiedOnly) {
    if (!isResearched(aggressor, target, factor)) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(
        (int)
            factsFor(aggressor, target, factor, asOf).stream()
                .filter(f -> !verifiedOnly || f.verified())
                .count());
  }

  /**
   * The census entries as panel observations: country = the target, dataset {@value #DATASET},
   * as-known (a census figure is not revised in place), edition = the year it was published,
   * published = the last day of its publication date, source text = the citation; the note says
   * whether the entry was verified.
   */
  public List<Observation> observations() {
    List<Observation> out = new ArrayList<>();
    for (CuratedFact f : facts) {
      if (f.kind() != FactKind.CENSUS) {
        continue;
      }
      CensusFigure c = f.census();
      int edition = c.published().year();
      String note =
          "curated entry "
              + f.id()
              + (f.verified() ? "; verified (" + f.verifiedBy() + ")" : "; NOT verified")
              + (f.note().isEmpty() ? "" : "; " + f.note());
      out.add(
          new Observation(
              f.target(),
              c.indicator(),
              c.key(),
              c.value(),
              c.unit(),
              c.refYear(),
              edition,
              c.published().latest(),
              true,
              new Source(
                  DATASET,
                  "curated/facts.yaml, published " + c.published(),
                  f.id(),
                  f.citation().text()),
              note));
    }
    return out;
  }
}
