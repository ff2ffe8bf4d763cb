package org.borderland.core.indicator;

import static org.borderland.core.indicator.Notes.join;

import java.util.List;
import java.util.Map;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.PanelIndex;

/**
 * Texts that name the aggressor: 1 when the target's Factbook "Broadcast media" ({@code
 * broadcast_mention}) text names the aggressor's media, or its "Disputes - international" ({@code
 * dispute_mention}) text names the aggressor in a claim; else 0. The text a target's value is read
 * from is picked once per target and year.
 *
 * <p>The importer decides, per country a text names, whether the mention counts: its row is 1 when
 * it does and 0 when it does not (a language, "a small Russian-language operator"; an
 * organisation's name, "Organization of American States"; a disputes sentence that is not a claim,
 * "Egypt vigilantly monitors the Sinai and borders with Israel"), the row's note giving the words
 * and, for disputes, each sentence with its kind. A 0 row gives 0 and cites the row, so the
 * rejected sentence is shown; no row gives 0 citing the text alone.
 */
final class TextMentions {
  /**
   * A Factbook text field and the mentions read from it.
   *
   * @param text the indicator holding the text
   * @param mentions the indicator holding, by country named, the rows that name it
   * @param field the field's name, for notes
   * @param counted what a mention that counts is, for notes ("in a claim")
   */
  record Field(String text, String mentions, String field, String counted) {}

  /** "Broadcast media". */
  static final Field BROADCAST =
      new Field("broadcast_media", "broadcast_foreign", "broadcast-media", "as its media");

  /** "Disputes - international". */
  static final Field DISPUTES =
      new Field("disputes_text", "dispute_mentions", "international-disputes", "in a claim");

  /** The text field a mention is read from: the newest as known, or why there is none. */
  private record TextPick(
      Observation text,
      String dataset,
      String fell,
      Map<String, List<Observation>> mentions,
      RawValue missing) {}

  private final PanelIndex index;
  private final SlotMemo memo;

  TextMentions(PanelIndex index, SlotMemo memo) {
    this.index = index;
    this.memo = memo;
  }

  RawValue mention(Call p, String t, Slots tm, Field field, IndicatorSpec s) {
    TextPick pick = memo.get(tm, SlotMemo.MAIN, p.year(), s, this, field, TextMentions::textPick);
    if (pick.text() == null) {
      return pick.missing();
    }
    Observation text = pick.text();
    Observation named = null;
    Observation rejected = null;
    List<Observation> mentions = pick.mentions().getOrDefault(p.aggressor(), List.of());
    for (int i = 0; i < mentions.size(); i++) {
      Observation m = mentions.get(i);
      if (m.hasValue() && m.published().equals(text.published())) {
        if (m.value() > 0) {
          named = m;
        } else {
          rejected = m;
        }
      }
    }
    if (named != null) {
      return RawValue.filled(1, s.unit(), List.of(named, text), join(named.note(), pick.fell()));
    }
    if (rejected != null) {
      return RawValue.filled(
          0,
          s.unit(),
          List.of(rejected, text),
          join(
              "the "
                  + text.edition()
                  + " "
                  + field.field()
                  + " text of "
                  + t
                  + " names "
                  + p.aggressor()
                  + ", but not "
                  + field.counted()
                  + ": "
                  + rejected.note(),
              pick.fell()));
    }
    return RawValue.filled(
        0,
        s.unit(),
        List.of(text),
        join(
            "the "
                + text.edition()
                + " "
                + field.field()
                + " text of "
                + t
                + " does not name "
                + p.aggressor(),
            pick.fell()));
  }

  private TextPick textPick(Field field, String t, int year, IndicatorSpec s) {
    for (List<String> tier : s.sources().tiers()) {
      List<Observation> best = List.of();
      String bestDataset = null;
      for (String dataset : tier) {
        if (!RawCalculator.COMPLETE_LISTS.contains(dataset)) {
          continue;
        }
        List<Observation> rows = index.newestEditionRows(t, field.text(), dataset, year);
        if (!rows.isEmpty()
            && (best.isEmpty() || rows.get(0).published().isAfter(best.get(0).published()))) {
          best = rows;
          bestDataset = dataset;
        }
      }
      if (best.isEmpty()) {
        continue;
      }
      Observation text = best.get(best.size() - 1);
      List<Integer> after = index.editionsAfter(t, bestDataset, text.edition(), year);
      String fell =
          after.isEmpty()
              ? ""
              : "falling back to the "
                  + text.edition()
                  + " edition: editions "
                  + after
                  + " print no "
                  + field.field()
                  + " text for "
                  + t;
      return new TextPick(
          text,
          bestDataset,
          fell,
          index.editionKeys(t, field.mentions(), bestDataset, text.edition()),
          null);
    }
    return new TextPick(
        null,
        null,
        "",
        Map.of(),
        RawValue.missing(
            s.unit(),
            "no "
                + field.field()
                + " text for "
                + t
                + " as known in "
                + year
                + " in "
                + s.sources().describe()));
  }
}
