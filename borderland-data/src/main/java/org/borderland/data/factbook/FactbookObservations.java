package org.borderland.data.factbook;

import java.util.List;
import java.util.Objects;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Indicators;
import org.borderland.core.panel.Observation;

/**
 * Turns one Factbook field ({@link FieldText}) into observations with canonical indicator ids.
 *
 * <p>Every observation carries the field's country, edition, publication date and dataset, is
 * as-known ({@code asKnown = true}: a Factbook edition is what was published that year), and has as
 * its source the whole raw field ({@code Source(dataset, sourceEdition, field name, text)}). The
 * order is the order in which the field names things, so it is deterministic.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Reference year</b>: the year of the first reference-year parenthesis after the figure:
 *       "(2009 est.)", "(July 1992)", "(1999 census)", "(FY99)" → 1999; a span "(FY90/91)" or
 *       "(2010-11 est.)" gives its first year. None printed (or stripped, as in the 2018–2020
 *       editions) → {@code null}.
 *   <li><b>Lists of yearly figures</b> (GDP "$705.52 billion (2023 est.) $671.285 billion (2022
 *       est.)", military expenditure "1.1% of GDP (2020 est.) 1.1% of GDP (2019) …"): only the
 *       newest figure is emitted, i.e. the reported figure with the latest reference year; when the
 *       years are missing, the first figure, because every edition lists newest first; an "NA" item
 *       is emitted (as a null value) only when no item of the list is reported. The note says how
 *       many figures were printed.
 *   <li><b>Money</b>: "$54.5 billion" → 5.45e10; million, billion, trillion; only US dollar figures
 *       are read (roubles, tenge are skipped as not comparable). "NA" → an observation with a null
 *       value and the note "the source printed NA".
 *   <li><b>Shares</b> (ethnic groups, languages): key = the normalised group name ({@link
 *       GroupNames}); "NA%" → null value; a range "12-15%" → the midpoint, both ends in the note
 *       ({@link org.borderland.core.panel.PrintedRange}, as for every range); "less than 1%" and
 *       the header form "less than 1%: Talish, Russian, …" → the bound (1.0) as value with the note
 *       "upper bound"; "about 71%" → 71, noted approximate; a group named without a share ("Muong,
 *       Tai, Meo") → a null value noted "named without a share".
 *   <li><b>Nested shares</b>, "Moldovan/Romanian 80.2% (56.7% Moldovan; 23.5% Romanian)": the outer
 *       group is a row ({@code Moldovan/Romanian} 80.2) and so is each inner group, whose note
 *       starts with {@value #PART_OF_NOTE_PREFIX} ("part of Moldovan/Romanian 80.2%; not
 *       additional"). A sum of exclusive shares must skip rows whose note starts with that prefix;
 *       an inner group whose key is also listed on its own is dropped as a duplicate.
 *   <li><b>Languages</b> are shares of people speaking each language and may overlap ("Kazakh
 *       80.1%, Russian 83.7%, English 35.1%"); what the percentage means, when the field says
 *       ("(understand spoken language)", "note: data represent mother tongue"), is in the note.
 *   <li><b>Land boundaries</b>: {@code land_border_total_km} and one {@code land_border_km} row per
 *       neighbour (key = ISO3). The neighbour is the name before any parenthesis ("Russia
 *       (Kaliningrad Oblast) 210 km" is Russia; "Lithuania (Kaliningrad Oblast) 261 km" in Russia's
 *       entry is Lithuania); parts of one neighbour are summed with a note ("China (southeast)
 *       4,133 km and China (south) 46 km" → CHN 4,179). Items are separated by ",", ";", " | " or "
 *       and " after a length ("Bosnia and Herzegovina" keeps its "and"); "1,765 km" and "1765 km"
 *       are the same. A list cut off after "border countries (5):" (2018–2020) gives no
 *       per-neighbour row (not reported, not zero), only the total, with a note. Lengths are kept
 *       as published; {@link org.borderland.core.panel.BorderRemeasurements} notes where an edition
 *       changed one.
 *   <li><b>Organisations</b>: see {@link Organisations}; a qualified participation ("CIS
 *       (observer)") is its own key, so the plain key means full membership.
 *   <li><b>Broadcast media and disputes</b>: the text itself is a row with a null value ({@code
 *       broadcast_media}, {@code disputes_text}); each country the text names is a row ({@code
 *       broadcast_foreign}, {@code dispute_mentions}, key = ISO3), 1 when the mention counts and 0
 *       when it does not (a language, an organisation's name, a disputes sentence that is not a
 *       claim), see {@link CountryMentions} and {@link MentionRows}.
 * </ul>
 */
public final class FactbookObservations {
  /** Total length of land boundaries, km. */
  public static final String LAND_BORDER_TOTAL_KM = "land_border_total_km";

  /** The broadcast-media text (value null; the text is the source). */
  public static final String BROADCAST_MEDIA = "broadcast_media";

  /**
   * A country or broadcaster named in the broadcast-media text (key = ISO3): 1 when named as the
   * country, 0 when only as a language, an attitude or inside an organisation's name ({@link
   * MentionRows}).
   */
  public static final String BROADCAST_FOREIGN = "broadcast_foreign";

  /** The international-disputes text (value null; the text is the source). */
  public static final String DISPUTES_TEXT = "disputes_text";

  /**
   * A country named in the disputes text (key = ISO3): 1 when a sentence naming it is of a claim
   * kind, 0 when none is ({@link MentionRows}, {@link ClaimKind}).
   */
  public static final String DISPUTE_MENTIONS = "dispute_mentions";

  /** How the note of a share that is part of another printed share begins. */
  public static final String PART_OF_NOTE_PREFIX = ShareLists.PART_OF;

  private FactbookObservations() {}

  /**
   * The observations of one field; a field Borderland does not parse gives none.
   *
   * @throws FactbookParseException when a land-boundary neighbour is not in the registry (the
   *     message names the field, the file location, the name and the closest registry entries); use
   *     {@link #parse} to count such names instead
   */
  public static List<Observation> from(FieldText f, CountryRegistry registry) {
    ParsedField parsed = parse(f, registry);
    List<ParsedField.Skipped> unknown = parsed.skipped(ParsedField.Reason.UNKNOWN_COUNTRY);
    if (!unknown.isEmpty()) {
      ParsedField.Skipped s = unknown.get(0);
      throw new FactbookParseException(
          "Factbook "
              + f.edition()
              + " "
              + f.country()
              + " field '"
              + f.field()
              + "'"
              + (f.location().isEmpty() ? "" : " (" + f.location() + ")")
              + ": "
              + s.detail()
              + " in '"
              + s.item()
              + "'"
              + (unknown.size() > 1 ? " and " + (unknown.size() - 1) + " more" : "")
              + "; add the name as an alias of the right country in the registry");
    }
    return parsed.observations();
  }

  /**
   * The observations of one field and the items left out, never throwing for a name the registry
   * lacks (it is a {@link ParsedField.Reason#UNKNOWN_COUNTRY} skip).
   */
  public static ParsedField parse(FieldText f, CountryRegistry registry) {
    Objects.requireNonNull(f, "field");
    Objects.requireNonNull(registry, "registry");
    Rows rows = new Rows(f);
    FactbookField kind = FactbookFields.canonical(f.field()).orElse(null);
    if (kind == null || f.text().isBlank()) {
      return rows.result();
    }
    switch (kind) {
      case ETHNIC_GROUPS:
        ShareLists.parse(rows, true);
        break;
      case LANGUAGES:
        ShareLists.parse(rows, false);
        break;
      case LAND_BOUNDARIES:
        LandBoundaries.parse(rows, registry);
        break;
      case POPULATION:
        Figures.population(rows);
        break;
      case GDP_COMBINED:
        Figures.gdpCombined(rows);
        break;
      case GDP_PPP:
        Figures.gdpList(rows, Indicators.GDP_PPP_USD);
        break;
      case GDP_OFFICIAL:
        Figures.gdpList(rows, Indicators.GDP_USD);
        break;
      case MILEX_COMBINED:
        Figures.milexCombined(rows);
        break;
      case MILEX_USD:
        Figures.milexUsd(rows);
        break;
      case MILEX_GDP_PCT:
        Figures.milexPercent(rows);
        break;
      case MIL_PERSONNEL:
        Figures.personnel(rows);
        break;
      case ORGANISATIONS:
        Organisations.parse(rows);
        break;
      case BROADCAST_MEDIA:
        text(rows, BROADCAST_MEDIA, BROADCAST_FOREIGN, registry);
        break;
      case DISPUTES:
        text(rows, DISPUTES_TEXT, DISPUTE_MENTIONS, registry);
        break;
      default:
        throw new IllegalStateException("No parser for " + kind);
    }
    return rows.result();
  }

  private static void text(Rows rows, String textId, String mentionId, CountryRegistry registry) {
    FieldText f = rows.field();
    String clean = FactbookText.clean(f.text());
    rows.add(textId, "", null, FactbookText.yearAfter(clean, Math.max(0, clean.length() - 14)), "");
    if (textId.equals(DISPUTES_TEXT)) {
      MentionRows.disputes(rows, mentionId, registry);
    } else {
      MentionRows.broadcast(rows, mentionId, registry);
    }
  }
}
