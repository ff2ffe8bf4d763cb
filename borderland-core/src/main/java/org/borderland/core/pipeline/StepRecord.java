package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a step was asked to do: its name and parameters, as COINr writes each building function's
 * arguments to the coin's {@code Log}. {@link Step#fromRecord} turns a record back into a step, so
 * a log can be replayed, with or without changes (COINr's {@code Regen}).
 *
 * @param step the step's name, e.g. {@code treat}
 * @param parameters the parameters in a fixed order; values are {@link String}, {@link Number},
 *     {@link Boolean}, or lists and string-keyed maps of these
 */
public record StepRecord(String step, Map<String, Object> parameters) {

  /** Copies the parameters deeply into unmodifiable collections, keeping their order. */
  public StepRecord {
    Objects.requireNonNull(step, "step");
    parameters = copyMap(Objects.requireNonNull(parameters, "parameters"));
  }

  /** The same record with one parameter set (added at the end when new). */
  public StepRecord with(String parameter, Object value) {
    Map<String, Object> p = new LinkedHashMap<>(parameters);
    p.put(parameter, value);
    return new StepRecord(step, p);
  }

  /** E.g. {@code treat(winmax=5, skew=2.0, kurtosis=3.5, fallback=log-ct, skip=[])}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(step).append('(');
    String sep = "";
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ", ";
    }
    return b.append(')').toString();
  }

  private static Map<String, Object> copyMap(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String k)) {
        throw new IllegalArgumentException("Parameter names must be strings: " + e.getKey());
      }
      out.put(k, copy(e.getValue(), k));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Object copy(Object v, String name) {
    if (v == null) {
      throw new IllegalArgumentException("Parameter '" + name + "' is null; leave it out instead");
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      return copyMap(m);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(copy(o, name));
      }
      return Collections.unmodifiableList(out);
    }
    throw new IllegalArgumentException(
        "Parameter '"
            + name
            + "' has a value of type "
            + v.getClass().getSimpleName()
            + "; use strings, numbers, booleans, lists or maps");
  }
}
