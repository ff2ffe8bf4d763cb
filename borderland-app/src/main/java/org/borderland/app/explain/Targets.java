package org.borderland.app.explain;

import org.borderland.app.common.Inputs;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.country.Country;
import org.borderland.data.engine.Engine;

/** The checks a target passes before it is scored: a known state other than the aggressor. */
public final class Targets {
  private Targets() {}

  /**
   * A target by code or name, resolved (with suggestions when unknown), as its code.
   *
   * @param parameter the parameter that gave it, e.g. {@code target}
   * @throws BadParameter naming the parameter for an unknown code, the aggressor itself or a
   *     dependent territory
   */
  public static String target(Engine engine, String value, String parameter, String aggressor) {
    Country c = Inputs.resolve(engine, value, parameter);
    if (c.iso3().equals(aggressor)) {
      throw new BadParameter(
          parameter, value, parameter + " " + c.iso3() + " is the aggressor; give another state");
    }
    if (!c.isState()) {
      throw new BadParameter(
          parameter,
          value,
          parameter + " " + c.iso3() + " (" + c.name() + ") is a dependent territory, not a state");
    }
    return c.iso3();
  }

  /**
   * A target's code ({@code value} as given), checked to have existed in {@code year}.
   *
   * @throws BadParameter naming the parameter, with the years the state existed
   */
  static String existing(Engine engine, String iso3, String parameter, String value, int year) {
    return Inputs.existing(engine.registry().get(iso3), parameter, value, year);
  }
}
