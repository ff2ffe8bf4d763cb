package org.borderland.app.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer of results, for both doors: pretty, in each record's component order (or its
 * {@code @JsonPropertyOrder}), missing numbers as null.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          // Shortest round-trip digits (Schubfach), as Double.toString writes them since Java 19,
          // without the intermediate strings: numbers are most of a result's JSON.
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .build();

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

  /** A result as JSON in UTF-8 (what a response sends: no intermediate string). */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
    }
  }
}
