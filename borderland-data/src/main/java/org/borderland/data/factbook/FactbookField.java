package org.borderland.data.factbook;

import java.util.List;
import org.borderland.core.panel.Indicators;

/**
 * The Factbook fields Borderland parses, whatever name an edition gave them (see {@link
 * FactbookFields#canonical(String)}), with the indicators each yields.
 */
public enum FactbookField {
  /** "Ethnic divisions" (1990–96), "Ethnic groups" (1997–). */
  ETHNIC_GROUPS(Indicators.ETHNIC_SHARE),
  /** "Language" (1990–91), "Languages" (1992–). */
  LANGUAGES(Indicators.LANGUAGE_SHARE),
  /** "Land boundary" (1990–91, a few entries), "Land boundaries". */
  LAND_BOUNDARIES(Indicators.LAND_BORDER_KM, FactbookObservations.LAND_BORDER_TOTAL_KM),
  /** "Population". */
  POPULATION(Indicators.POPULATION),
  /**
   * The old combined GDP field: "GDP" (1990–2004) and "National product" (1993–95), which name the
   * method in the text ("purchasing power equivalent - $54.5 billion", "exchange rate conversion -
   * $3 billion").
   */
  GDP_COMBINED(Indicators.GDP_PPP_USD, Indicators.GDP_USD),
  /**
   * "GDP (purchasing power parity)" (2005–19), "GDP (purchasing power parity) - real" (2020), "Real
   * GDP (purchasing power parity)" (2021–).
   */
  GDP_PPP(Indicators.GDP_PPP_USD),
  /** "GDP (official exchange rate)" (2006–). */
  GDP_OFFICIAL(Indicators.GDP_USD),
  /** "Defense expenditures" (1990–96): a dollar figure and/or a percent of GDP. */
  MILEX_COMBINED(Indicators.MILEX_USD, Indicators.MILEX_GDP_PCT),
  /** "Military expenditures - dollar figure" (1997–2005, with its dash variants). */
  MILEX_USD(Indicators.MILEX_USD),
  /**
   * "Military expenditures - percent of GDP" (1997–2007, with its dash variants) and "Military
   * expenditures" (2008–, a list of "x% of GDP (year)", later with "(approximately $y billion)").
   */
  MILEX_GDP_PCT(Indicators.MILEX_GDP_PCT, Indicators.MILEX_USD),
  /** "Military and security service personnel strengths" (2020–). */
  MIL_PERSONNEL(Indicators.MIL_PERSONNEL),
  /** "Member of" (1990–95), "International organization participation" (1996–). */
  ORGANISATIONS(Indicators.MEMBER_OF),
  /** "Broadcast media" (2010–). */
  BROADCAST_MEDIA(FactbookObservations.BROADCAST_MEDIA, FactbookObservations.BROADCAST_FOREIGN),
  /**
   * "Disputes" (1990–92), "International disputes" (1993–98), "Disputes - international"
   * (1997–2024, with its dash variants).
   */
  DISPUTES(FactbookObservations.DISPUTES_TEXT, FactbookObservations.DISPUTE_MENTIONS);

  private final List<String> indicators;

  FactbookField(String... indicators) {
    this.indicators = List.of(indicators);
  }

  /** The canonical indicator ids this field yields. */
  public List<String> indicators() {
    return indicators;
  }
}
