package org.borderland.core.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A past act of aggression to backtest against: what happened, when, to whom, and the knowledge
 * year whose data a ranking may use. The knowledge year is given, not derived from the date: an
 * edition published in the year of the act may already describe it.
 *
 * @param id short id, e.g. {@code georgia-2008}
 * @param date the day the act began
 * @param aggressor ISO3 of the aggressor
 * @param target ISO3 of the state attacked
 * @param knowledgeYear the year whose end the ranking is as known at
 * @param description one line saying what happened
 * @param citation a public source for it
 * @param caveat what a reader must know about the knowledge year (e.g. that no edition before the
 *     act exists); empty when nothing
 */
public record Case(
    String id,
    LocalDate date,
    String aggressor,
    String target,
    int knowledgeYear,
    String description,
    Citation citation,
    String caveat) {
  /** Requires every part but the caveat. */
  public Case {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    caveat = caveat == null ? "" : caveat.strip();
    if (aggressor.equals(target)) {
      throw new IllegalArgumentException("Case " + id + " has " + target + " as its own target");
    }
  }

  /**
   * Whether the knowledge year is not before the act: its data may have been published after the
   * act began, and may describe it.
   */
  public boolean knownAfterTheAct() {
    return knowledgeYear >= date.getYear();
  }

  /**
   * A public source for a case.
   *
   * @param title the document's title
   * @param publisher who published it
   * @param date when (as written: a year, a month or a day)
   * @param url where it can be read; empty when there is no stable address
   */
  public record Citation(String title, String publisher, String date, String url) {
    /** Requires the title and publisher. */
    public Citation {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(publisher, "publisher");
      date = date == null ? "" : date;
      url = url == null ? "" : url;
    }

    /** E.g. {@code UN General Assembly, "Resolution 68/262" (2014-03-27), https://…}. */
    public String text() {
      return publisher
          + ", \""
          + title
          + "\""
          + (date.isEmpty() ? "" : " (" + date + ")")
          + (url.isEmpty() ? "" : ", " + url);
    }
  }
}
