package org.borderland.data.factbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.data.factbook.CountryMentions.Occurrence;
import org.borderland.data.factbook.CountryMentions.Reading;

/**
 * Splits a disputes text into sentences, and finds the sentences that name a country.
 *
 * <p>A sentence ends at ";", at "|", at a full stop followed by a capital letter (not after an
 * abbreviation such as "St." or "U.S."), and at a section header. A header is a run of country
 * names joined by hyphens and followed by a colon, as the editions from 2023 print them
 * ("Belize-Guatemala:", "Kazakhstan-Azerbaijan-Iran-Russia:", "Russia-various:",
 * "Barbados-Venezuela (Maritime Boundary):"); the sentences up to the next header are its section.
 * A country named in a header is named by every sentence of the section; elsewhere, by the sentence
 * its words are in.
 */
final class DisputeSentences {
  private DisputeSentences() {}

  /**
   * One sentence.
   *
   * @param start offset of its first character in the read text
   * @param end offset after its last character
   * @param text the sentence, trimmed
   * @param section the number of headers before it (0 before any)
   */
  record Sentence(int start, int end, String text, int section) {}

  /** A section header, {@code [start, end)} in the read text, its colon included. */
  private record Header(int start, int end) {}

  private static final Pattern DASH = Pattern.compile("\\s*-\\s*");
  private static final Pattern VARIOUS = Pattern.compile("^\\s*-\\s*various\\b");
  private static final Pattern HEADER_END = Pattern.compile("^\\s*(?:\\([^()]*\\)\\s*)?:");
  private static final Pattern BREAK =
      Pattern.compile("[;|]|(?<=[\\p{Ll}\\d)\"\u201d]{2})\\.(?=\\s+[\\p{Lu}\"\u201c])");

  /** The sentences of a text, in order. */
  static List<Sentence> split(Reading reading) {
    String text = reading.text();
    List<Header> headers = headers(reading);
    List<int[]> pieces = new ArrayList<>();
    int from = 0;
    for (Header h : headers) {
      cut(text, from, h.start(), pieces);
      from = h.end();
    }
    cut(text, from, text.length(), pieces);
    List<Sentence> out = new ArrayList<>();
    for (int[] p : pieces) {
      int section = 0;
      for (Header h : headers) {
        if (h.start() < p[0]) {
          section++;
        }
      }
      out.add(new Sentence(p[0], p[1], text.substring(p[0], p[1]), section));
    }
    return out;
  }

  /** The sentences naming a country at the given places, in order, each once. */
  static List<Sentence> naming(Reading reading, List<Sentence> sentences, List<Occurrence> at) {
    List<Header> headers = headers(reading);
    Set<Sentence> out = new LinkedHashSet<>();
    for (Occurrence o : at) {
      int header = -1;
      for (int h = 0; h < headers.size(); h++) {
        if (o.start() >= headers.get(h).start() && o.end() <= headers.get(h).end()) {
          header = h + 1;
        }
      }
      for (Sentence s : sentences) {
        if (header >= 0 ? s.section() == header : s.start() <= o.start() && o.end() <= s.end()) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  private static void cut(String text, int from, int to, List<int[]> pieces) {
    Matcher m = BREAK.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      add(text, start, m.start(), pieces);
      start = m.end();
    }
    add(text, start, to, pieces);
  }

  private static void add(String text, int from, int to, List<int[]> pieces) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from
        && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == '.')) {
      to--;
    }
    if (to > from) {
      pieces.add(new int[] {from, to});
    }
  }

  /** Runs of two or more country names joined by hyphens and closed by a colon. */
  private static List<Header> headers(Reading reading) {
    String text = reading.text();
    List<Occurrence> occ = reading.occurrences();
    List<Header> out = new ArrayList<>();
    int k = 0;
    while (k < occ.size()) {
      int last = k;
      while (last + 1 < occ.size()
          && DASH.matcher(text.substring(occ.get(last).end(), occ.get(last + 1).start()))
              .matches()) {
        last++;
      }
      int end = occ.get(last).end();
      int parts = last - k + 1;
      Matcher various = VARIOUS.matcher(text.substring(end));
      if (various.find()) {
        end += various.end();
        parts++;
      }
      Matcher colon = HEADER_END.matcher(text.substring(end));
      if (parts >= 2 && colon.find()) {
        out.add(new Header(occ.get(k).start(), end + colon.end()));
      }
      k = last + 1;
    }
    return out;
  }
}
