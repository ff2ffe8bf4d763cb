package org.borderland.app.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.Reach;
import org.borderland.data.engine.Engine;
import org.borderland.data.model.ModelFileException;

/**
 * The checks every request's common inputs pass: a model by name, a knowledge year, a country by
 * code or name, a list of them, and a scenario's application to the world. Each turns a domain
 * exception into a {@link BadParameter} naming the parameter.
 */
public final class Inputs {
  private Inputs() {}

  /** Loads a model by shipped name (or, on the command line, a file). */
  public static Engine.LoadedModel model(Engine engine, String name, String parameter) {
    try {
      return engine.model(name);
    } catch (ModelFileException | IllegalArgumentException e) {
      throw BadParameter.of(parameter, name, e);
    } catch (IOException e) {
      throw new BadParameter(parameter, name, "Cannot read the model " + name + ": " + e);
    }
  }

  /**
   * The knowledge year: the latest when null, else checked against the panel's editions.
   *
   * @throws BadParameter naming {@code year} and the range
   */
  public static int year(Engine engine, Integer year) {
    int[] span = engine.years();
    if (year == null) {
      return span[1];
    }
    if (year < span[0] || year > span[1]) {
      throw new BadParameter(
          "year",
          String.valueOf(year),
          span[0] + "-" + span[1],
          List.of(),
          "year "
              + year
              + " is outside the panel's knowledge years "
              + span[0]
              + "–"
              + span[1]
              + "; give a year in that range",
          null);
    }
    return year;
  }

  /**
   * A country by code or name that existed in {@code year}, as its code.
   *
   * @throws BadParameter naming the parameter, with the closest codes
   */
  public static String country(Engine engine, String value, String parameter, int year) {
    return existing(resolve(engine, value, parameter), parameter, value, year);
  }

  /**
   * A country's code, checked to have existed in {@code year}.
   *
   * @param value the value as given (for the problem)
   * @throws BadParameter naming the parameter, with the years the state existed
   */
  public static String existing(Country c, String parameter, String value, int year) {
    if (!c.existsIn(year)) {
      throw new BadParameter(
          parameter,
          value,
          parameter
              + " "
              + c.iso3()
              + " ("
              + c.name()
              + ") did not exist in "
              + year
              + "; it existed "
              + c.fromYear()
              + "–"
              + (c.toYear() == null ? "" : c.toYear())
              + ". Give a year in that range");
    }
    return c.iso3();
  }

  /** A country by code or name, whenever it existed. */
  public static Country resolve(Engine engine, String value, String parameter) {
    return resolve(engine.registry(), value, parameter);
  }

  /** A country of a registry by code or name, whenever it existed. */
  public static Country resolve(CountryRegistry registry, String value, String parameter) {
    try {
      return registry.resolve(value, parameter);
    } catch (UnknownCountryException e) {
      throw new BadParameter(
          parameter,
          value,
          null,
          e.suggestions().stream().map(Country::iso3).toList(),
          e.getMessage(),
          e);
    }
  }

  /** Each code of a list, resolved (whenever the country existed). */
  public static List<String> countries(Engine engine, List<String> values, String parameter) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.add(resolve(engine, v, parameter).iso3());
    }
    return out;
  }

  /**
   * The candidates of a request: the situation's default candidates when it names none, else the
   * codes or names it gives, checked (states that existed in the year, not the aggressor).
   *
   * @throws BadParameter naming {@code candidates}
   */
  public static CandidateSet candidates(Situation sit, List<String> given) {
    return candidates(sit, given, Reach.LAND);
  }

  /**
   * As {@link #candidates(Situation, List)}, with the default candidates at a reach.
   *
   * @throws BadParameter naming {@code candidates}
   */
  public static CandidateSet candidates(Situation sit, List<String> given, Reach reach) {
    if (given.isEmpty()) {
      return sit.scorer().candidates(sit.world(), reach);
    }
    List<String> codes = countries(sit.engine(), given, "candidates");
    try {
      return sit.engine()
          .candidates(sit.model().model(), sit.aggressor(), sit.year(), Optional.of(codes));
    } catch (IllegalArgumentException e) { // the candidate rule's checks of the given codes
      throw BadParameter.of("candidates", String.join(",", given), e);
    }
  }

  /**
   * A reach by name ({@code land}, {@code sea} or {@code global}, any case); null stays null (the
   * default).
   *
   * @throws BadParameter naming {@code reach} and what is allowed
   */
  public static Reach reach(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Reach.parse(value);
    } catch (IllegalArgumentException e) {
      throw new BadParameter("reach", value, Reach.allowed(), List.of(), e.getMessage(), e);
    }
  }

  /**
   * Applies a scenario: what the scenario asks that the world cannot do (a state that did not
   * exist, a factor the model lacks) is the scenario's problem, named by its parameter.
   */
  public static <T> T scenario(ScenarioInput input, Supplier<T> apply) {
    if (!input.given()) {
      return apply.get();
    }
    try {
      return apply.get();
    } catch (IllegalArgumentException e) { // the world's checks of the scenario's entries
      throw BadParameter.of(input.parameter(), null, e);
    }
  }
}
