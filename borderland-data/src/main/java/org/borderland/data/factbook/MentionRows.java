package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.factbook.CountryMentions.Occurrence;
import org.borderland.data.factbook.CountryMentions.Reading;
import org.borderland.data.factbook.CountryMentions.Role;
import org.borderland.data.factbook.DisputeSentences.Sentence;

/**
 * The rows of the countries a broadcast-media or disputes text names: one per country (key = ISO3),
 * value 1 when the mention counts and 0 when it does not, the note saying which words named it and,
 * for disputes, the sentences and their {@link ClaimKind}.
 *
 * <ul>
 *   <li><b>Broadcast media</b> ({@code broadcast_foreign}): 1 when the text names the country as
 *       itself (its name, adjective or a broadcaster); 0 when only as a language ("a small
 *       Russian-language operator"), an attitude ("pro-Russian"), inside an organisation's name, or
 *       next to a word of war ("the war with Russia", "Russia's full-scale invasion"), which is
 *       news about the country rather than its media.
 *   <li><b>Disputes</b> ({@code dispute_mentions}): 1 when a sentence naming the country as itself
 *       is of a claim kind; the note gives each such sentence with its kind. 0 when every sentence
 *       naming it is of another kind (monitoring, refugees…), names it as a third party (a
 *       mediator, donor, host or observer: "Qatar was mediating", "a US-UK financial package",
 *       "brokered by Norway"), or names it only as a language, an attitude or inside an
 *       organisation's name; the note gives the rejected sentences with their kinds.
 * </ul>
 */
final class MentionRows {
  private MentionRows() {}

  /** Longest sentence a note quotes in full. */
  static final int MAX_SENTENCE = 400;

  private static final Pattern THIRD_PARTY_AFTER =
      Pattern.compile(
          "^(?:\\s*-\\s*\\p{Lu}\\p{L}*)*(?:\\s+(?i:was|is|were|are|has been|have been))?[\\s-]+"
              + "(?i:mediat\\w*|brokered|sponsored|funded|financed|financial|hosted|observers?"
              + "|monitors?|peacekeep\\w*|guarantors?)\\b");
  private static final Pattern THIRD_PARTY_BEFORE =
      Pattern.compile(
          "(?i:(?:mediated|brokered|sponsored|funded|financed|hosted|facilitated|observed"
              + "|monitored|guaranteed)\\s+by|(?:mediation|auspices|good offices)\\s+of)"
              + "\\s+(?:the\\s+)?$");
  private static final Pattern WAR_AFTER =
      Pattern.compile(
          "^\\s*(?:\\S+\\s+)?(?i:full-scale\\s+)?(?i:war|invasion|aggression|occupation|annexation"
              + "|attacks?)\\b");
  private static final Pattern WAR_BEFORE =
      Pattern.compile(
          "(?i:war|invasion|aggression|conflict|occupation|attacks?)\\s+(?:\\S+\\s+)?$");

  /** Adds the rows of a broadcast-media text. */
  static void broadcast(Rows rows, String indicator, CountryRegistry registry) {
    FieldText f = rows.field();
    Reading reading = CountryMentions.read(f.text(), registry);
    for (Map.Entry<String, List<Occurrence>> e :
        reading.byCountry(f.country(), f.edition(), registry).entrySet()) {
      List<Occurrence> country = new ArrayList<>();
      List<Occurrence> war = new ArrayList<>();
      for (Occurrence o : of(e.getValue(), Role.COUNTRY)) {
        (around(reading, o, WAR_BEFORE, WAR_AFTER) ? war : country).add(o);
      }
      if (!country.isEmpty()) {
        rows.add(indicator, e.getKey(), 1.0, null, "named as: " + words(country));
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (Occurrence o : war) {
        parts.add("named in news of war, not as media: " + context(reading, o));
      }
      parts.add(notTheCountry(e.getValue()));
      parts.removeIf(String::isEmpty);
      rows.add(indicator, e.getKey(), 0.0, null, String.join("; ", parts));
    }
  }

  /** Adds the rows of a disputes text. */
  static void disputes(Rows rows, String indicator, CountryRegistry registry) {
    FieldText f = rows.field();
    Reading reading = CountryMentions.read(f.text(), registry);
    List<Sentence> sentences = DisputeSentences.split(reading);
    for (Map.Entry<String, List<Occurrence>> e :
        reading.byCountry(f.country(), f.edition(), registry).entrySet()) {
      List<Occurrence> country = new ArrayList<>();
      List<Occurrence> thirdParty = new ArrayList<>();
      for (Occurrence o : of(e.getValue(), Role.COUNTRY)) {
        (around(reading, o, THIRD_PARTY_BEFORE, THIRD_PARTY_AFTER) ? thirdParty : country).add(o);
      }
      List<String> claims = new ArrayList<>();
      List<String> others = new ArrayList<>();
      for (Sentence s : DisputeSentences.naming(reading, sentences, country)) {
        ClaimKind kind = ClaimKind.of(s.text());
        (kind.claim() ? claims : others)
            .add((kind.claim() ? "claim (" : "not a claim (") + kind.label() + "): " + quote(s));
      }
      for (Sentence s : DisputeSentences.naming(reading, sentences, thirdParty)) {
        others.add(
            "not a claim (named as a third party: mediator, donor, host or observer): " + quote(s));
      }
      country.addAll(thirdParty);
      if (!claims.isEmpty()) {
        rows.add(
            indicator,
            e.getKey(),
            1.0,
            null,
            String.join("; ", claims) + "; named as: " + words(country));
        continue;
      }
      List<Occurrence> elsewhere = new ArrayList<>(e.getValue());
      elsewhere.removeAll(country);
      for (Sentence s : DisputeSentences.naming(reading, sentences, elsewhere)) {
        others.add("not the country: " + quote(s));
      }
      String named =
          country.isEmpty()
              ? notTheCountry(e.getValue())
              : "named as: "
                  + words(country)
                  + (elsewhere.isEmpty() ? "" : "; " + notTheCountry(elsewhere));
      others.add(named);
      others.removeIf(String::isEmpty);
      rows.add(indicator, e.getKey(), 0.0, null, String.join("; ", others));
    }
  }

  /** Whether the words before or after an occurrence match. */
  private static boolean around(Reading reading, Occurrence o, Pattern before, Pattern after) {
    String text = reading.text();
    return before.matcher(text.substring(Math.max(0, o.start() - 40), o.start())).find()
        || after.matcher(text.substring(o.end(), Math.min(text.length(), o.end() + 60))).find();
  }

  /** A few words either side of an occurrence. */
  private static String context(Reading reading, Occurrence o) {
    String text = reading.text();
    int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, o.start() - 25)) + 1);
    int to = text.indexOf(' ', Math.min(text.length(), o.end() + 25));
    return "\"" + text.substring(from, to < 0 ? text.length() : to).strip() + "\"";
  }

  /** "named only as a language: Russian-language; only in an organisation's name: …". */
  private static String notTheCountry(List<Occurrence> occurrences) {
    List<String> parts = new ArrayList<>();
    List<Occurrence> language = of(occurrences, Role.LANGUAGE);
    if (!language.isEmpty()) {
      parts.add("named as a language: " + words(language));
    }
    Set<String> orgs = new LinkedHashSet<>();
    for (Occurrence o : of(occurrences, Role.ORGANISATION)) {
      orgs.add(o.words() + " in " + o.organisation());
    }
    if (!orgs.isEmpty()) {
      parts.add("named in an organisation's name: " + String.join(", ", orgs));
    }
    List<Occurrence> attitude = of(occurrences, Role.ATTITUDE);
    if (!attitude.isEmpty()) {
      parts.add("named as an attitude: " + words(attitude));
    }
    List<Occurrence> people = of(occurrences, Role.PEOPLE);
    if (!people.isEmpty()) {
      parts.add("named as a people: " + words(people));
    }
    return String.join("; ", parts);
  }

  private static List<Occurrence> of(List<Occurrence> occurrences, Role role) {
    return occurrences.stream().filter(o -> o.role() == role).toList();
  }

  private static String words(List<Occurrence> occurrences) {
    Set<String> words = new LinkedHashSet<>();
    for (Occurrence o : occurrences) {
      words.add(o.words());
    }
    return String.join(", ", words);
  }

  private static String quote(Sentence s) {
    return "\"" + FactbookText.abbreviate(s.text(), MAX_SENTENCE) + "\"";
  }
}
