package org.borderland.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The targets worth scoring for one aggressor and knowledge year, each with how it is reached.
 *
 * @param aggressor ISO3 of the aggressor
 * @param year the knowledge year
 * @param candidates the candidates, sorted by code
 * @param noTransit the states the aggressor would not cross, which no "one further" path passes
 * @param given whether the user named the candidates ({@code --candidates}) instead
 * @param reach how far the default candidates reach ({@link Reach#LAND} for given ones)
 * @param notes what a reader must know about the set: land links dropped because the Factbook
 *     contradicts COW, land neighbours not crossed and why, a global reach that adds nothing
 */
public record CandidateSet(
    String aggressor,
    int year,
    List<Candidate> candidates,
    List<String> noTransit,
    boolean given,
    Reach reach,
    List<String> notes) {
  /** Copies the lists. */
  public CandidateSet {
    Objects.requireNonNull(aggressor, "aggressor");
    candidates = List.copyOf(candidates);
    noTransit = List.copyOf(noTransit);
    Objects.requireNonNull(reach, "reach");
    notes = List.copyOf(notes);
  }

  /** The candidates' codes, in order. */
  public List<String> codes() {
    return candidates.stream().map(Candidate::iso3).toList();
  }

  /** The candidate with this code, if it is one. */
  public Optional<Candidate> find(String iso3) {
    return candidates.stream().filter(c -> c.iso3().equals(iso3)).findFirst();
  }
}
