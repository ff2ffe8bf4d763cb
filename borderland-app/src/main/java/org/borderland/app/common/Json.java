package org.borderland.app.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON writer of results, for both doors: pretty, in each record's component order (or its
 * {@code @JsonPropertyOrder}), missing numbers as null.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** The mapper (configured once; thread-safe). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A result as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
    }
  }
}
