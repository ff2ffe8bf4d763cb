package org.borderland.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How far an aggressor's default candidates reach ({@code --reach}).
 *
 * <p>Each reach includes the one before it.
 */
public enum Reach {
  /**
   * Land neighbours, neighbours across short stretches of water (COW contiguity types 2–4, up to
   * 150 miles, and the Caspian Sea), and states one land border further through a state the
   * aggressor could cross. The default.
   */
  LAND,
  /** As {@link #LAND}, plus every state within COW sea contiguity (type 5, up to 400 miles). */
  SEA,
  /**
   * As {@link #SEA}, plus, for an aggressor that is a COW major power in the year, every other
   * state; for any other aggressor the same as {@link #SEA}.
   */
  GLOBAL;

  /** The name users type, e.g. {@code land}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The reach named {@code text} (any case).
   *
   * @throws IllegalArgumentException naming the value and the reaches allowed
   */
  public static Reach parse(String text) {
    for (Reach r : values()) {
      if (r.id().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Unknown reach '" + text + "'; use one of " + allowed() + " (default: land)");
  }

  /** The reaches allowed, e.g. {@code land, sea, global}. */
  public static String allowed() {
    return Arrays.stream(values()).map(Reach::id).collect(Collectors.joining(", "));
  }

  /** What the reach includes, in a few words, for an output's heading. */
  public String describe() {
    return switch (this) {
      case LAND ->
          "land reach: land neighbours, neighbours across up to 150 miles of water (COW) or the"
              + " Caspian, and states one land border further through a state the aggressor could"
              + " cross";
      case SEA ->
          "sea reach: the land reach plus every state within 400 miles of water (COW sea"
              + " contiguity)";
      case GLOBAL -> "global reach: the sea reach plus, for a COW major power, every other state";
    };
  }
}
