package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed reads of a {@link StepRecord}'s parameters, with messages naming the step and parameter.
 */
final class Params {
  private final StepRecord record;

  Params(StepRecord record) {
    this.record = record;
  }

  private Object raw(String name) {
    return record.parameters().get(name);
  }

  boolean has(String name) {
    return record.parameters().containsKey(name);
  }

  String string(String name, String otherwise) {
    Object v = raw(name);
    if (v == null) {
      return otherwise;
    }
    if (!(v instanceof String s)) {
      throw bad(name, v, "a string");
    }
    return s;
  }

  double number(String name, double otherwise) {
    Object v = raw(name);
    if (v == null) {
      return otherwise;
    }
    if (!(v instanceof Number n)) {
      throw bad(name, v, "a number");
    }
    return n.doubleValue();
  }

  Integer integer(String name, Integer otherwise) {
    Object v = raw(name);
    if (v == null) {
      return otherwise;
    }
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.intValue();
    }
    throw bad(name, v, "a whole number");
  }

  List<Double> numbers(String name) {
    Object v = raw(name);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> l)) {
      throw bad(name, v, "a list of numbers");
    }
    List<Double> out = new ArrayList<>();
    for (Object o : l) {
      if (!(o instanceof Number n)) {
        throw bad(name, v, "a list of numbers");
      }
      out.add(n.doubleValue());
    }
    return out;
  }

  Set<String> strings(String name) {
    Object v = raw(name);
    if (v == null) {
      return Set.of();
    }
    if (!(v instanceof List<?> l)) {
      throw bad(name, v, "a list of codes");
    }
    Set<String> out = new LinkedHashSet<>();
    for (Object o : l) {
      if (!(o instanceof String s)) {
        throw bad(name, v, "a list of codes");
      }
      out.add(s);
    }
    return out;
  }

  Map<String, Object> map(String name) {
    Object v = raw(name);
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> m)) {
      throw bad(name, v, "a map");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, x) -> out.put((String) k, x));
    return out;
  }

  Map<String, String> stringMap(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map(name).entrySet()) {
      if (!(e.getValue() instanceof String s)) {
        throw bad(name + "." + e.getKey(), e.getValue(), "a string");
      }
      out.put(e.getKey(), s);
    }
    return out;
  }

  Map<String, Double> numberMap(String name) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : map(name).entrySet()) {
      if (!(e.getValue() instanceof Number n)) {
        throw bad(name + "." + e.getKey(), e.getValue(), "a number");
      }
      out.put(e.getKey(), n.doubleValue());
    }
    return out;
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E otherwise) {
    Object v = raw(name);
    if (v == null) {
      return otherwise;
    }
    if (v instanceof String s) {
      E e = Params.parse(type, s);
      if (e != null) {
        return e;
      }
    }
    throw bad(name, v, "one of " + ids(type));
  }

  /**
   * An enum constant from its id ({@code min-max}) or name ({@code MIN_MAX}); {@code null} if none.
   */
  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    String norm = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(norm)) {
        return e;
      }
    }
    return null;
  }

  /** The ids of an enum's constants, e.g. {@code [min-max, z-score]}. */
  static <E extends Enum<E>> List<String> ids(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(id(e));
    }
    return out;
  }

  static String id(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private IllegalArgumentException bad(String name, Object v, String expected) {
    return new IllegalArgumentException(
        "Step '" + record.step() + "' parameter '" + name + "' is " + v + "; expected " + expected);
  }
}
