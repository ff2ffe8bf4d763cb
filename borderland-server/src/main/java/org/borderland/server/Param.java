package org.borderland.server;

import java.util.Objects;

/**
 * A query parameter a route takes: its name, type, what it means and its default (applied when the
 * parameter is absent; null for none). The OpenAPI document lists exactly these.
 *
 * @param name the name, e.g. {@code year}
 * @param type its type
 * @param description what it means, for the OpenAPI document
 * @param defaultValue its default as text, or null
 */
public record Param(String name, Type type, String description, String defaultValue) {
  /** The types a parameter can have. */
  public enum Type {
    /** Text (a code, a name, a list separated by commas). */
    STRING,
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    NUMBER,
    /** A switch: {@code true} (or empty) or {@code false}. */
    BOOLEAN;

    /** The OpenAPI type. */
    String openApi() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Requires the name, type and description. */
  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  /** A text parameter. */
  static Param string(String name, String description, String defaultValue) {
    return new Param(name, Type.STRING, description, defaultValue);
  }

  /** A whole-number parameter. */
  static Param integer(String name, String description, String defaultValue) {
    return new Param(name, Type.INTEGER, description, defaultValue);
  }

  /** A decimal parameter. */
  static Param number(String name, String description) {
    return new Param(name, Type.NUMBER, description, null);
  }

  /** A switch, off by default. */
  static Param flag(String name, String description) {
    return new Param(name, Type.BOOLEAN, description, null);
  }
}
