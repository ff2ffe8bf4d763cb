package org.borderland.core.model;

import java.util.Locale;
import java.util.Objects;
import org.borderland.core.panel.Observation;

/**
 * A land link that only COW direct contiguity asserts and that the Factbook contradicts in the
 * year: both states' land-boundary entries as known exist and neither names the other. It is not a
 * land link; when the CShapes minimum distance between the two is within 150 miles, they stay
 * neighbours that are not by land (as COW's types 2–4, up to 150 miles of water, would have it).
 *
 * @param country the state whose link it is (ISO3)
 * @param neighbour the other state (ISO3)
 * @param year the knowledge year
 * @param cow the COW contiguity row (type 1) in force
 * @param countryList where {@code country}'s entry comes from, e.g. {@code factbook-archive 2021}
 * @param neighbourList where {@code neighbour}'s entry comes from
 * @param minDistanceKm the CShapes minimum distance in km as known, or {@code null} when unknown
 */
public record DroppedLink(
    String country,
    String neighbour,
    int year,
    Observation cow,
    String countryList,
    String neighbourList,
    Double minDistanceKm) {
  /** 150 statute miles, COW's widest water crossing short of type 5, in km. */
  public static final double WATER_KM = 150 * 1.609344;

  /** Requires the codes, the COW row and the lists' sources. */
  public DroppedLink {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(neighbour, "neighbour");
    Objects.requireNonNull(cow, "cow");
    Objects.requireNonNull(countryList, "countryList");
    Objects.requireNonNull(neighbourList, "neighbourList");
  }

  /** Whether the two are within 150 miles of each other (CShapes minimum distance). */
  public boolean acrossWater() {
    return minDistanceKm != null && minDistanceKm <= WATER_KM;
  }

  /**
   * The link described, its two states in alphabetical order, e.g. {@code MMR–PAK: COW contiguity
   * codes a land border in 2021 but neither Factbook land-boundary entry names the other (MMR:
   * factbook-archive 2021; PAK: factbook-archive 2021); not a land link (CShapes minimum distance
   * 1920 km)}.
   */
  public String describe() {
    String distance =
        minDistanceKm == null
            ? "no CShapes minimum distance known"
            : String.format(Locale.ROOT, "CShapes minimum distance %.0f km", minDistanceKm);
    boolean mineFirst = country.compareTo(neighbour) < 0;
    String first = mineFirst ? country : neighbour;
    String second = mineFirst ? neighbour : country;
    return first
        + "–"
        + second
        + ": COW contiguity codes a land border in "
        + year
        + " but neither Factbook land-boundary entry names the other ("
        + first
        + ": "
        + (mineFirst ? countryList : neighbourList)
        + "; "
        + second
        + ": "
        + (mineFirst ? neighbourList : countryList)
        + "); not a land link"
        + (acrossWater()
            ? ", kept as a neighbour within 150 miles not by land (" + distance + ")"
            : " (" + distance + ")");
  }
}
