package org.borderland.data.factbook;

/**
 * A Factbook field named something the parsers cannot place, e.g. a land-boundary neighbour that is
 * not in the country registry. The message says which country, edition, field and raw file
 * location, the name, the closest registry entries, and what to do.
 */
public final class FactbookParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong, where, and what to do
   */
  public FactbookParseException(String message) {
    super(message);
  }
}
