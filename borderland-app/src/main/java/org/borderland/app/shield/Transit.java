package org.borderland.app.shield;

import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.model.Model;
import org.borderland.data.transit.TransitFileException;

/**
 * The transit rules a request sets over the aggressor's defaults (or its scenario's rules): first
 * rules a door read itself (the command line's transit file; the application opens no file a
 * request names), then sea links, then the states let through.
 *
 * @param overlay rules read over the defaults, or null for none
 * @param sea whether sea links count
 * @param allow codes or names of states passable despite noTransit or a rival alliance
 */
public record Transit(Overlay overlay, boolean sea, List<String> allow) {
  /** Copies the list. */
  public Transit {
    allow = List.copyOf(allow);
  }

  /** The defaults: nothing over them. */
  public static Transit defaults() {
    return new Transit(null, false, List.of());
  }

  /** Rules a door read (e.g. a transit file), applied over the base rules. */
  @FunctionalInterface
  public interface Overlay {
    /**
     * The rules over {@code base}.
     *
     * @param base the rules so far (the defaults, or the scenario's)
     * @param model the model whose blocs name the alliances
     * @param aggressor the aggressor's code
     * @param registry the country registry, for codes
     * @throws TransitFileException naming the file, line and field
     */
    TransitRules over(TransitRules base, Model model, String aggressor, CountryRegistry registry)
        throws TransitFileException;
  }
}
