package org.borderland.data.factbook;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.panel.Indicators;

/**
 * Reads "Member of" and "International organization participation": one {@code member_of} row per
 * organisation, value 1.
 *
 * <p>The key is the organisation as written (whitespace normalised). A qualified participation
 * keeps its qualifier in the key, "CIS (observer)", "NAM (observer)", "WTO (applicant)", "PFP
 * (partner)", so that the plain key ({@code CIS}) always means full membership and no observer is
 * counted as a member by a reader who looks at the key alone; the note repeats the qualifier. The
 * 1990 style "IDB--Inter-American Development Bank" keys the abbreviation and notes the name.
 */
final class Organisations {
  private Organisations() {}

  private static final Pattern ITEM =
      Pattern.compile(
          "^(?<name>[\\p{Lu}\\d][\\p{L}\\d&/.'\\- ]*?)\\s*(?<qual>(?:\\([^()]*\\)?\\s*)*)$");
  private static final Pattern LONG_NAME = Pattern.compile("^(\\S+?)\\s*-{2}\\s*(.+)$");

  static void parse(Rows rows) {
    String text = FactbookText.clean(rows.field().text());
    String body = FactbookText.splitNote(text).body().replace('|', ',');
    if (body.isEmpty() || body.equalsIgnoreCase("none") || body.equalsIgnoreCase("NA")) {
      rows.skip(ParsedField.Reason.NO_FIGURE, text, "no organisations listed");
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    // Some editions leave a parenthesis open ("OECD (Enhanced Engagement, OPANAL, …"): the split
    // closes it at the next separator.
    for (FactbookText.Piece piece : FactbookText.splitTopLevel(body, ",;")) {
      String raw = piece.text();
      String item = raw.strip().replaceAll("\\s+", " ");
      if (item.isEmpty()) {
        continue;
      }
      Matcher lm = LONG_NAME.matcher(item);
      String longName = "";
      if (lm.matches()) {
        item = lm.group(1);
        longName = lm.group(2);
      }
      Matcher m = ITEM.matcher(item);
      if (!m.matches() || m.group("name").split(" ").length > 7) {
        rows.skip(ParsedField.Reason.UNPARSED, raw, "not an organisation name");
        continue;
      }
      String name = m.group("name").strip();
      String qual = m.group("qual").strip();
      if (!qual.isEmpty() && !qual.endsWith(")")) {
        qual = qual + ")";
      }
      // The key keeps a qualifier up to its first comma: "CIS (associate member, has not
      // ratified the 1993 CIS charter …)" is keyed "CIS (associate member)".
      String shortQual = qual.replaceAll(",[^()]*\\)", ")").replaceAll("\\s+", " ");
      String key = qual.isEmpty() ? name : name + " " + shortQual;
      if (!seen.add(key)) {
        continue;
      }
      String note = "";
      if (!qual.isEmpty()) {
        note = "participation qualified as printed: " + qual;
      } else if (!longName.isEmpty()) {
        note = "printed as: " + raw.strip();
      }
      rows.add(Indicators.MEMBER_OF, key, 1.0, null, note);
    }
  }
}
