package org.borderland.data.factbook;

import java.util.List;
import java.util.Objects;
import org.borderland.core.panel.Observation;

/**
 * What the parsers made of one field: the observations, and every item they did not turn into an
 * observation, with the reason. Nothing is dropped silently: an item is either an observation or a
 * {@link Skipped} entry.
 *
 * @param observations the observations, in the order the field names them
 * @param skipped the items left out, in the order met
 */
public record ParsedField(List<Observation> observations, List<Skipped> skipped) {
  /** Copies the lists. */
  public ParsedField {
    observations = List.copyOf(observations);
    skipped = List.copyOf(skipped);
  }

  /** Why an item of a field gave no observation. */
  public enum Reason {
    /**
     * A country name the registry does not know; an error for {@link FactbookObservations#from}.
     */
    UNKNOWN_COUNTRY,
    /** A neighbour that is not a country, e.g. the former Iraq–Saudi Arabia Neutral Zone. */
    NOT_A_COUNTRY,
    /**
     * The edition printed a list label with nothing after it (2018–2020): not reported, not none.
     */
    NOT_REPORTED,
    /** A figure in another measure: GNP, a local currency, or GDP whose method is not stated. */
    NOT_COMPARABLE,
    /** The field carries no figure at all ("no indigenous inhabitants", "not available"). */
    NO_FIGURE,
    /** A group already given by another item (an inner share repeating an outer group). */
    DUPLICATE,
    /** A declared count ("border countries (5):") that differs from the neighbours read. */
    COUNT_MISMATCH,
    /** A fragment the parser could not read. */
    UNPARSED
  }

  /**
   * One item left out.
   *
   * @param reason why
   * @param item the item's text as printed
   * @param detail what a reader needs to fix or judge it (closest registry names, the declared
   *     count, …); may be empty
   */
  public record Skipped(Reason reason, String item, String detail) {
    /** Requires the reason and the item. */
    public Skipped {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(item, "item");
      detail = detail == null ? "" : detail;
    }
  }

  /** Whether any observation carries a number. */
  public boolean hasValue() {
    return observations.stream().anyMatch(Observation::hasValue);
  }

  /** The skipped items with this reason. */
  public List<Skipped> skipped(Reason reason) {
    return skipped.stream().filter(s -> s.reason() == reason).toList();
  }
}
