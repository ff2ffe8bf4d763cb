package org.borderland.core.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical indicator ids. The first twelve are named by the data-foundation issue and are a
 * contract; the rest were added for the model and the validation work.
 */
public final class Indicators {
  /** Total population, persons. */
  public static final String POPULATION = "population";

  /** GDP at the official exchange rate, current US dollars. */
  public static final String GDP_USD = "gdp_usd";

  /** GDP at purchasing-power parity, US dollars. */
  public static final String GDP_PPP_USD = "gdp_ppp_usd";

  /** Military expenditure, percent of GDP. */
  public static final String MILEX_GDP_PCT = "milex_gdp_pct";

  /** Military expenditure, US dollars. */
  public static final String MILEX_USD = "milex_usd";

  /** Military personnel, persons. */
  public static final String MIL_PERSONNEL = "mil_personnel";

  /** COW composite index of national capability (share of the world's capabilities, 0–1). */
  public static final String CINC = "cinc";

  /** Share of the population in an ethnic group (key = group name, normalised). */
  public static final String ETHNIC_SHARE = "ethnic_share";

  /** Share of the population speaking a language (key = language; shares may overlap). */
  public static final String LANGUAGE_SHARE = "language_share";

  /** Land boundary with one neighbour, km (key = neighbour ISO3). */
  public static final String LAND_BORDER_KM = "land_border_km";

  /** Membership of an international organisation (key = organisation). */
  public static final String MEMBER_OF = "member_of";

  /** UN General Assembly ideal point (Bailey, Strezhnev and Voeten). */
  public static final String UN_IDEAL_POINT = "un_ideal_point";

  private static final Map<String, Indicator> ALL = new LinkedHashMap<>();

  static {
    add(POPULATION, "persons", "", false, "total population");
    add(GDP_USD, "USD", "", false, "GDP at the official exchange rate, current US dollars");
    add(GDP_PPP_USD, "USD", "", false, "GDP at purchasing-power parity, US dollars");
    add(MILEX_GDP_PCT, "%", "", false, "military expenditure as a share of GDP");
    add(MILEX_USD, "USD", "", false, "military expenditure, US dollars");
    add(MIL_PERSONNEL, "persons", "", false, "military personnel");
    add(CINC, "share", "", false, "COW composite index of national capability");
    add(ETHNIC_SHARE, "%", "group", true, "share of the population in an ethnic group");
    add(LANGUAGE_SHARE, "%", "language", false, "share of the population speaking a language");
    add(LAND_BORDER_KM, "km", "neighbour ISO3", false, "land boundary with one neighbour");
    add(MEMBER_OF, "", "organisation", false, "membership of an international organisation");
    add(UN_IDEAL_POINT, "ideal point", "", false, "UN General Assembly ideal point");
    add("land_border_total_km", "km", "", false, "total length of land boundaries");
    add("broadcast_media", "", "", false, "Factbook broadcast-media text (the text is the figure)");
    add(
        "broadcast_foreign",
        "",
        "country ISO3",
        false,
        "a foreign country or broadcaster named in the broadcast-media text (1 its media, 0 not)");
    add("disputes_text", "", "", false, "Factbook international-disputes text");
    add(
        "dispute_mentions",
        "",
        "country ISO3",
        false,
        "a country named in the disputes text (1 in a claim, 0 in other mentions)");
    add("urban_population", "persons", "", false, "urban population (COW NMC upop)");
    add("iron_steel_tons", "tons", "", false, "iron and steel production (COW NMC irst)");
    add("energy_consumption", "tons coal eq.", "", false, "primary energy consumption (NMC)");
    add("contiguity", "type", "neighbour ISO3", false, "COW direct contiguity type 1-5");
    add("min_distance_km", "km", "other ISO3", false, "minimum distance between two states");
    add("atop_defense", "", "ally ISO3", false, "ATOP defence pact in force with the ally");
    add("atop_offense", "", "ally ISO3", false, "ATOP offence pact in force with the ally");
    add("atop_neutrality", "", "ally ISO3", false, "ATOP neutrality pact with the ally");
    add("atop_nonaggression", "", "ally ISO3", false, "ATOP non-aggression pact with the ally");
    add("atop_consultation", "", "ally ISO3", false, "ATOP consultation pact with the ally");
    add("cow_alliance", "type", "ally ISO3", false, "COW alliance 4.1 type (1 defence … 4)");
    add("mid_originated", "hostility", "target ISO3", false, "MID the state originated");
    add("territorial_threat", "index", "", false, "latent territorial threat (terrthreat)");
    add("ethnic_fractionalisation", "index", "", false, "ethnic fractionalisation (creg)");
    add("religious_fractionalisation", "index", "", false, "religious fractionalisation (creg)");
    add("un_vote_agreement", "share", "other ISO3", false, "share of UNGA votes agreeing");
    add("major_power", "", "", false, "COW major power status");
    add("strategic_rival", "", "rival ISO3", false, "strategic rivalry in force (1) or ended (0)");
  }

  private Indicators() {}

  private static void add(String id, String unit, String keyed, boolean exclusive, String desc) {
    double max = unit.equals("%") ? 100 : Double.POSITIVE_INFINITY;
    if (id.equals(MILEX_GDP_PCT)) {
      max = 200; // a ratio to GDP, not a share: SIPRI gives Kuwait 117.3% in 1991
    }
    double min =
        id.equals(UN_IDEAL_POINT) || id.equals("territorial_threat") ? Double.NEGATIVE_INFINITY : 0;
    ALL.put(id, new Indicator(id, unit, keyed, exclusive, desc, min, max));
  }

  /** The indicator with this id, if it is canonical. */
  public static Optional<Indicator> find(String id) {
    return Optional.ofNullable(ALL.get(id));
  }

  /** Every canonical indicator, in a stable order. */
  public static List<Indicator> all() {
    return List.copyOf(ALL.values());
  }
}
