package org.borderland.app.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * The one JSON writer of results, for both doors, in each record's component order (or its
 * {@code @JsonPropertyOrder}), missing numbers as null: indented text for a person at a terminal
 * ({@link #write}), compact UTF-8 for an HTTP response ({@link #bytes}; the same JSON without the
 * whitespace, which was a third of a ranking's bytes and of the time spent writing it).
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          // Shortest round-trip digits (Schubfach), as Double.toString writes them since Java 19,
          // without the intermediate strings: numbers are most of a result's JSON.
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          // Record components read through generated lambdas, not reflective calls.
          .addModule(new BlackbirdModule())
          .build();

  private static final ObjectWriter COMPACT =
      MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

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

  /** A result as compact JSON in UTF-8 (what a response sends: no intermediate string). */
  public static byte[] bytes(Object value) {
    try {
      return COMPACT.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
    }
  }
}
