package org.borderland.data.unga;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.CowCodes;
import org.borderland.data.importer.CsvFile;
import org.borderland.data.importer.CsvImporter;
import org.borderland.data.importer.CsvRecord;
import org.borderland.data.importer.DatasetVintage;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.ImportReport;

/**
 * Agreement with the permanent members of the Security Council in UN General Assembly roll-call
 * votes (Voeten's data via the R package unvotes: {@code un_votes.csv.gz} and {@code
 * un_roll_calls.csv}, to 2019).
 *
 * <p>Definition: for a country C, a permanent member P and a calendar year Y from 1990 to 2019 (the
 * year of the roll call's date), {@code un_vote_agreement} (key = P) is the share of the roll calls
 * of Y on which both C and P cast a vote (yes, no or abstain; absent and non-voting members are not
 * in the data) and C cast the same vote as P. No minimum count: the source text gives the counts.
 * The permanent members are USA, GBR, FRA, CHN and the holder of the Soviet seat: the USSR ({@code
 * SUN}) up to 1991 and Russia ({@code RUS}) from 1992, resolved like COW code 365. A member's
 * agreement with itself is not written.
 *
 * <p>Countries are mapped by the data's ISO2 code and the roll call's year through the registry,
 * except codes the data keeps across a change of state, which are mapped like the matching COW
 * code: {@code RU} (the USSR up to 1991), {@code YU} (Yugoslavia, then Serbia and Montenegro, then
 * Serbia), {@code CS} (Czechoslovakia), {@code DD} and {@code YD}; and the three entities without a
 * code, mapped by name.
 */
public final class VoteAgreementImporter extends CsvImporter {
  /** First and last calendar years with rows. */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2019;

  static final String VOTES = "unvotes/un_votes.csv.gz";
  static final String ROLL_CALLS = "unvotes/un_roll_calls.csv";

  /**
   * The R package unvotes 0.3.0 at cran/unvotes 73ca68e, dated 2021-03-09 (SOURCES.md); the votes
   * are Voeten's Harvard Dataverse release.
   */
  public static final DatasetVintage VINTAGE =
      new DatasetVintage(
          "unga-votes",
          "Voeten UNGA roll calls via unvotes 0.3.0 (cran/unvotes 73ca68e)",
          2021,
          LocalDate.of(2021, 3, 9),
          "date of the unvotes 0.3.0 commit copied (SOURCES.md)");

  /** Codes the data keeps for a state across a change of identity → the COW code that splits it. */
  private static final Map<String, Integer> CONTINUITY_CODES =
      Map.of("RU", 365, "YU", 345, "CS", 315, "DD", 265, "YD", 680);

  /** Entities the data gives no code → the COW code that means them. */
  private static final Map<String, Integer> UNCODED =
      Map.of("Federal Republic of Germany", 260, "Yemen Arab Republic", 678, "Zanzibar", 511);

  private static final List<String> FIXED_MEMBERS = List.of("CHN", "FRA", "GBR", "USA");
  private static final int SOVIET_SEAT_COW = 365;

  /** An importer of the two files in the sources directory. */
  public VoteAgreementImporter() {
    super(VINTAGE, VOTES, ROLL_CALLS);
  }

  @Override
  public ImportReport report(Path sources, CountryRegistry registry) throws ImportException {
    CowCodes codes = new CowCodes(registry);
    Map<String, Integer> skipped = new HashMap<>();
    Map<Integer, Integer> yearOf = rollCallYears(sources, skipped);
    // rcid → country → vote (1 yes, 2 no, 3 abstain)
    Map<Integer, Map<String, Integer>> votes = new TreeMap<>();
    try (CsvFile f = open(sources, VOTES)) {
      int rcidCol = f.column("rcid");
      int nameCol = f.column("country");
      int codeCol = f.column("country_code");
      int voteCol = f.column("vote");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        int rcid = r.integer(rcidCol);
        Integer year = yearOf.get(rcid);
        if (year == null) {
          throw r.error(rcidCol, "is not in " + ROLL_CALLS, "the two files must come together");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
          skip(skipped, "votes outside " + FIRST_YEAR + "–" + LAST_YEAR);
          continue;
        }
        int vote = vote(r, voteCol);
        String iso = country(r, codeCol, nameCol, year, codes);
        if (iso == null) {
          skip(
              skipped,
              "votes of UN seats that were not yet sovereign states (Ukrainian and Byelorussian"
                  + " SSR before independence)");
          continue;
        }
        Integer old = votes.computeIfAbsent(rcid, k -> new HashMap<>()).putIfAbsent(iso, vote);
        if (old != null) {
          throw r.error(
              codeCol,
              "gives " + iso + " a second vote on roll call " + rcid,
              "two codes map to one country in " + year + "; check the registry's crosswalk");
        }
      }
    }
    // country → member → year → {agree, common}
    Map<String, Map<String, TreeMap<Integer, int[]>>> tally = new TreeMap<>();
    for (Map.Entry<Integer, Map<String, Integer>> e : votes.entrySet()) {
      int year = yearOf.get(e.getKey());
      Map<String, Integer> rc = e.getValue();
      for (String member : members(year, codes)) {
        Integer mv = rc.get(member);
        if (mv == null) {
          continue;
        }
        for (Map.Entry<String, Integer> cv : rc.entrySet()) {
          if (cv.getKey().equals(member)) {
            continue;
          }
          int[] t =
              tally
                  .computeIfAbsent(cv.getKey(), k -> new TreeMap<>())
                  .computeIfAbsent(member, k -> new TreeMap<>())
                  .computeIfAbsent(year, k -> new int[2]);
          t[1]++;
          if (cv.getValue().equals(mv)) {
            t[0]++;
          }
        }
      }
    }
    List<Observation> out = new ArrayList<>();
    tally.forEach(
        (country, byMember) ->
            byMember.forEach(
                (member, byYear) ->
                    byYear.forEach(
                        (year, t) ->
                            out.add(
                                VINTAGE.row(
                                    country,
                                    "un_vote_agreement",
                                    member,
                                    (double) t[0] / t[1],
                                    year,
                                    "vote",
                                    country
                                        + " voted as "
                                        + member
                                        + " on "
                                        + t[0]
                                        + " of the "
                                        + t[1]
                                        + " roll calls of "
                                        + year
                                        + " on which both voted (yes, no or abstain)",
                                    "")))));
    return new ImportReport(dataset(), out, skipped);
  }

  /** The permanent members in {@code year}: the Soviet seat resolved like COW 365. */
  static List<String> members(int year, CowCodes codes) {
    List<String> m = new ArrayList<>(FIXED_MEMBERS);
    codes.resolve(SOVIET_SEAT_COW, year).ifPresent(m::add);
    return m;
  }

  private Map<Integer, Integer> rollCallYears(Path sources, Map<String, Integer> skipped)
      throws ImportException {
    Map<Integer, Integer> years = new HashMap<>();
    try (CsvFile f = open(sources, ROLL_CALLS)) {
      int rcidCol = f.column("rcid");
      int dateCol = f.column("date");
      for (CsvRecord r = f.next(); r != null; r = f.next()) {
        String date = r.get(dateCol);
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw r.error(dateCol, "is not a date YYYY-MM-DD", "correct the roll call's date");
        }
        int year = Integer.parseInt(date.substring(0, 4));
        if (year < 1945 || year > 2100) {
          throw r.error(dateCol, "is out of range 1945–2100", "correct the roll call's date");
        }
        if (years.put(r.integer(rcidCol), year) != null) {
          throw r.error(rcidCol, "is repeated", "roll-call ids are unique");
        }
      }
    }
    return years;
  }

  private static int vote(CsvRecord r, int col) throws ImportException {
    switch (r.get(col)) {
      case "yes":
        return 1;
      case "no":
        return 2;
      case "abstain":
        return 3;
      default:
        throw r.error(col, "is not a vote", "votes are yes, no or abstain");
    }
  }

  /** UN seats held by Soviet republics before they became states (UN members since 1945). */
  private static final java.util.Set<String> SOVIET_REPUBLIC_SEATS = java.util.Set.of("UKR", "BLR");

  /** The ISO3 of a vote's country, or {@code null} for a seat that was not yet a state. */
  private static String country(CsvRecord r, int codeCol, int nameCol, int year, CowCodes codes)
      throws ImportException {
    String code = r.get(codeCol);
    Integer cow = code.isEmpty() ? UNCODED.get(r.get(nameCol)) : CONTINUITY_CODES.get(code);
    Optional<String> iso;
    if (cow != null) {
      iso = codes.resolve(cow, year);
    } else if (code.isEmpty()) {
      throw r.error(
          nameCol,
          "has no country code and is not a known uncoded entity",
          "add it to VoteAgreementImporter.UNCODED with its COW code");
    } else {
      iso = codes.registry().resolveCode(CodeSystem.ISO2, code, year);
    }
    if (iso.isEmpty() && cow == null && !code.isEmpty()) {
      // The Ukrainian and Byelorussian SSRs held UN seats from 1945 but became states in 1991:
      // their votes before independence belong to no state of the registry.
      Optional<String> later = codes.registry().resolveCode(CodeSystem.ISO2, code, year + 2);
      if (later.isPresent() && SOVIET_REPUBLIC_SEATS.contains(later.get())) {
        return null;
      }
    }
    if (iso.isEmpty()) {
      List<Country> near = codes.registry().suggest(r.get(nameCol));
      throw r.error(
          codeCol,
          "(" + r.get(nameCol) + ") means no registry country in " + year,
          (near.isEmpty()
                  ? ""
                  : "closest: "
                      + String.join(", ", near.stream().map(Country::iso3).toList())
                      + "; ")
              + "add a year-bounded ISO2 row to the registry's crosswalk");
    }
    return iso.get();
  }
}
