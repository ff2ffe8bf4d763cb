package org.borderland.data.factbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the field names the Factbook used from 1990 to 2026 to the fields Borderland parses.
 *
 * <p>The names were found by scanning every edition of the archive and the JSON snapshots. Names
 * are compared after folding case and the dash variants of 1998 ({@code Disputes-international})
 * and 1999 ({@code Disputes--international}) to {@code " - "}. Fields that look related but measure
 * something else are deliberately not mapped: "GNP" (1990–92, national product, not domestic),
 * "Manpower availability" and "Military manpower - …" (males of military age, not personnel),
 * "Radio broadcast stations" and "Television broadcast stations" (station counts, not the media
 * text), "International law organization participation" (courts accepted, not memberships).
 */
public final class FactbookFields {
  private static final Map<String, FactbookField> NAMES = new LinkedHashMap<>();

  static {
    put(FactbookField.ETHNIC_GROUPS, "Ethnic divisions", "Ethnic groups");
    put(FactbookField.LANGUAGES, "Language", "Languages");
    put(FactbookField.LAND_BOUNDARIES, "Land boundary", "Land boundaries");
    put(FactbookField.POPULATION, "Population");
    put(FactbookField.GDP_COMBINED, "GDP", "National product");
    put(
        FactbookField.GDP_PPP,
        "GDP (purchasing power parity)",
        "GDP (purchasing power parity) - real",
        "Real GDP (purchasing power parity)");
    put(FactbookField.GDP_OFFICIAL, "GDP (official exchange rate)");
    put(FactbookField.MILEX_COMBINED, "Defense expenditures");
    put(FactbookField.MILEX_USD, "Military expenditures - dollar figure");
    put(
        FactbookField.MILEX_GDP_PCT,
        "Military expenditures - percent of GDP",
        "Military expenditures");
    put(FactbookField.MIL_PERSONNEL, "Military and security service personnel strengths");
    put(FactbookField.ORGANISATIONS, "Member of", "International organization participation");
    put(FactbookField.BROADCAST_MEDIA, "Broadcast media");
    put(FactbookField.DISPUTES, "Disputes", "International disputes", "Disputes - international");
  }

  private FactbookFields() {}

  private static void put(FactbookField field, String... names) {
    for (String n : names) {
      NAMES.put(fold(n), field);
    }
  }

  /**
   * The field Borderland parses under this raw name, if any.
   *
   * @param rawFieldName the name exactly as an edition wrote it, e.g. {@code Ethnic divisions},
   *     {@code Military expenditures--dollar figure}
   * @return the field, or empty when Borderland does not parse fields of that name
   */
  public static Optional<FactbookField> canonical(String rawFieldName) {
    if (rawFieldName == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(NAMES.get(fold(rawFieldName)));
  }

  /**
   * Every raw name (folded) mapped to its field, in a stable order; for documentation and tests.
   */
  public static Map<String, FactbookField> names() {
    return Collections.unmodifiableMap(NAMES);
  }

  /** Lower case, dashes of every era as {@code " - "}, whitespace collapsed. */
  static String fold(String name) {
    String s = name.strip().toLowerCase(Locale.ROOT).replace('\u2013', '-');
    s = s.replaceAll("\\s*-{1,2}\\s*(?=[a-z])", " - ");
    return s.replaceAll("\\s+", " ");
  }
}
