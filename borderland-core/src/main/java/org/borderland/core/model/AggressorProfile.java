package org.borderland.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a model needs to know about one aggressor that the panel cannot tell it: the organisations
 * it leads, the rival blocs that protect others from it, and the states it would not cross (its
 * rivals come from the strategic-rivalry data unless the profile names them); optionally, names for
 * its kin group and language that override what its own Factbook entry says (the kin indicators
 * read them from the entry otherwise: see the indicator package's {@code MainNames}; Russia's 1992
 * entry, for one, prints "Estonian NA%, …, Russian NA%" and gives no group).
 *
 * @param aggressor ISO3 of the aggressor
 * @param kinGroups empty to read the group from the aggressor's entry, or names of its core ethnic
 *     group as the panel keys them, e.g. {@code Russian} (matched across countries' spellings; the
 *     shares of several found in one edition are added)
 * @param languages empty to read the language from the aggressor's entry, or names of its language
 *     as the panel keys them, e.g. {@code Russian}
 * @param blocs organisations it leads: bloc name → the {@code member_of} keys that mean full
 *     membership (e.g. {@code EAEU: [EAEU, EAEC]}, the Eurasian Economic Community before 2015)
 * @param rivalBlocs rival organisations: name → {@code member_of} keys
 * @param rivalPartners ISO3 of the aggressor's rivals, replacing its strategic rivals from the data
 *     (for alignment ties, hedging and defence pacts with a rival); empty to use the data
 * @param noTransit ISO3 of states its forces would not cross to reach a target
 */
public record AggressorProfile(
    String aggressor,
    List<String> kinGroups,
    List<String> languages,
    Map<String, List<String>> blocs,
    Map<String, List<String>> rivalBlocs,
    List<String> rivalPartners,
    List<String> noTransit) {
  /** Copies every collection, keeping the order of the maps. */
  public AggressorProfile {
    Objects.requireNonNull(aggressor, "aggressor");
    kinGroups = List.copyOf(kinGroups);
    languages = List.copyOf(languages);
    blocs = copy(blocs, aggressor, "bloc");
    rivalBlocs = copy(rivalBlocs, aggressor, "rival bloc");
    rivalPartners = List.copyOf(rivalPartners);
    noTransit = List.copyOf(noTransit);
  }

  private static Map<String, List<String>> copy(
      Map<String, List<String>> m, String aggressor, String what) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : m.entrySet()) {
      if (e.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            "The " + what + " '" + e.getKey() + "' of " + aggressor + " lists no member_of key");
      }
      out.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /** A profile that names nothing: kin and language come from the data, bloc indicators miss. */
  public static AggressorProfile empty(String aggressor) {
    return new AggressorProfile(
        aggressor, List.of(), List.of(), Map.of(), Map.of(), List.of(), List.of());
  }
}
