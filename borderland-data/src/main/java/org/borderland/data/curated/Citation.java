package org.borderland.data.curated;

import java.util.Objects;

/**
 * Where a curated fact comes from: a news outlet's article or a document (a law, a treaty, a
 * judgment, a statistical release), with its title, its date and a public address where one exists.
 *
 * @param outlet the publisher of an article, e.g. {@code RFE/RL}; empty when {@code document} is
 *     set
 * @param document the issuing body or the document's kind, e.g. {@code Statistics Lithuania}; empty
 *     when {@code outlet} is set (one of the two is required, both are allowed)
 * @param title the article's or document's title
 * @param date when it was published or issued
 * @param url a public address, or empty when none is known for sure (never a guessed address)
 */
public record Citation(String outlet, String document, String title, PartialDate date, String url) {

  /** Requires an outlet or a document, a title and a date; a url must be http(s). */
  public Citation {
    outlet = outlet == null ? "" : outlet.strip();
    document = document == null ? "" : document.strip();
    url = url == null ? "" : url.strip();
    if (outlet.isEmpty() && document.isEmpty()) {
      throw new IllegalArgumentException("A citation needs an outlet or a document");
    }
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("A citation needs a title");
    }
    Objects.requireNonNull(date, "date");
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException(
          "Citation url '" + url + "' must start with http:// or https://");
    }
  }

  /** Who published it: the outlet, else the document's issuer. */
  public String publisher() {
    return outlet.isEmpty() ? document : outlet;
  }

  /**
   * The citation as one line of text, e.g. {@code RFE/RL, "Putin Downplays Kazakh Independence…",
   * 2014-09, https://…}.
   */
  public String text() {
    StringBuilder b = new StringBuilder(publisher());
    if (!outlet.isEmpty() && !document.isEmpty()) {
      b.append(" (").append(document).append(')');
    }
    b.append(", \"").append(title).append("\", ").append(date);
    if (!url.isEmpty()) {
      b.append(", ").append(url);
    }
    return b.toString();
  }
}
