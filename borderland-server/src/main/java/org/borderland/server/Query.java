package org.borderland.server;

import io.javalin.http.Context;
import io.javalin.validation.ValidationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.borderland.app.problem.BadParameter;
import org.borderland.app.problem.TooLarge;
import org.borderland.core.text.Suggestions;

/**
 * A request's query parameters, checked against what its route declares: an unknown parameter (with
 * the closest name) or a repeated one is refused at once; values are parsed with Javalin's
 * validators when they are asked for, a bad one reported as a {@link BadParameter} naming it. An
 * absent parameter takes its declared default.
 */
public final class Query {
  private final Context ctx;
  private final Map<String, Param> declared = new LinkedHashMap<>();

  /**
   * @throws BadParameter for an unknown or repeated parameter
   */
  Query(Context ctx, Route route) {
    this.ctx = ctx;
    route.params().forEach(p -> declared.put(p.name(), p));
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      String name = e.getKey();
      if (!declared.containsKey(name)) {
        TreeSet<String> allowed = new TreeSet<>(declared.keySet());
        Optional<String> closest =
            Suggestions.closest(name, allowed, Math.max(2, name.length() / 3));
        throw new BadParameter(
            name,
            null,
            String.join(", ", allowed),
            closest.map(List::of).orElse(List.of()),
            "Unknown parameter '"
                + name
                + "' for "
                + route.method()
                + " "
                + route.path()
                + closest.map(c -> "; did you mean " + c + "?").orElse("")
                + (allowed.isEmpty()
                    ? " (it takes no parameters)"
                    : " (allowed: " + String.join(", ", allowed) + ")"),
            null);
      }
      if (e.getValue().size() != 1) {
        throw new BadParameter(
            name,
            null,
            "Parameter '" + name + "' is given " + e.getValue().size() + " times; give it once");
      }
    }
  }

  /** The parameters as given, sorted (a cache key: equal queries give equal answers). */
  Map<String, String> canonical() {
    Map<String, String> m = new TreeMap<>();
    ctx.queryParamMap().forEach((k, v) -> m.put(k, v.get(0)));
    return m;
  }

  private Param param(String name) {
    Param p = declared.get(name);
    if (p == null) {
      throw new IllegalStateException("The route does not declare the parameter " + name);
    }
    return p;
  }

  /** The text given, or the default, or null. */
  String string(String name) {
    Param p = param(name);
    String v = ctx.queryParam(name);
    return v != null ? v : p.defaultValue();
  }

  /** A list separated by commas (empty when absent). */
  List<String> list(String name) {
    String v = string(name);
    if (v == null || v.isBlank()) {
      return List.of();
    }
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A whole number, or the default, or null. */
  Integer integer(String name) {
    Param p = param(name);
    if (ctx.queryParam(name) == null) {
      return p.defaultValue() == null ? null : Integer.valueOf(p.defaultValue());
    }
    try {
      return ctx.queryParamAsClass(name, Integer.class).get();
    } catch (ValidationException e) {
      throw bad(name, "a whole number");
    }
  }

  /**
   * A whole number within limits, or the default.
   *
   * @throws BadParameter outside the limits, naming them
   */
  Integer integer(String name, long min, long max) {
    String given = ctx.queryParam(name);
    if (given == null) {
      return integer(name);
    }
    long n;
    try {
      n = ctx.queryParamAsClass(name, Long.class).get();
    } catch (ValidationException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      String shown = given.length() > 40 ? given.substring(0, 40) + "…" : given;
      throw new TooLarge(
          name,
          given,
          min + "-" + max,
          String.format(
              Locale.ROOT,
              "%s '%s' is not allowed here; give a whole number from %,d to %,d",
              name,
              shown,
              min,
              max));
    }
    return Math.toIntExact(n);
  }

  /** A decimal number, or null. */
  Double number(String name) {
    param(name);
    if (ctx.queryParam(name) == null) {
      return null;
    }
    try {
      return ctx.queryParamAsClass(name, Double.class).get();
    } catch (ValidationException e) {
      throw bad(name, "a number");
    }
  }

  /**
   * A switch: {@code true} or empty is on, {@code false} or absent off.
   *
   * @throws BadParameter for anything else
   */
  boolean flag(String name) {
    param(name);
    String v = ctx.queryParam(name);
    if (v == null || v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.isEmpty() || v.equalsIgnoreCase("true")) {
      return true;
    }
    throw new BadParameter(
        name, v, "Parameter '" + name + "' is a switch: give true or false, not '" + v + "'");
  }

  private BadParameter bad(String name, String what) {
    String v = ctx.queryParam(name);
    String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
    return new BadParameter(
        name, v, what, List.of(), "Parameter '" + name + "': '" + shown + "' is not " + what, null);
  }
}
