package org.borderland.cli;

import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.data.registry.RegistryTables;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option that names one country: its ISO3 code in any case, or a name or alias ({@code
 * kaz}, {@code Kazakhstan}), as the registry Borderland ships resolves it. Gives the ISO3 code.
 *
 * <p>An unknown value is a usage error: picocli reports it naming the option, with the closest
 * countries, and the command exits with {@link ExitCode#USAGE}. Whether the country existed in the
 * year asked about is left to the service, which knows the year. For a list, declare the option
 * with {@code split = ","}: each element is converted.
 */
public final class CountryConverter implements ITypeConverter<String> {
  private final CountryRegistry registry;

  /** A converter reading the registry Borderland ships (picocli makes it this way). */
  public CountryConverter() {
    this(RegistryTables.standard());
  }

  /** A converter reading {@code registry}. */
  CountryConverter(CountryRegistry registry) {
    this.registry = registry;
  }

  /**
   * The ISO3 code of the country {@code value} names.
   *
   * @throws TypeConversionException for a value the registry does not know, with its suggestions
   */
  @Override
  public String convert(String value) {
    try {
      return registry.resolve(value, "").iso3();
    } catch (UnknownCountryException e) {
      throw new TypeConversionException(message(value, e));
    }
  }

  /** E.g. {@code 'XYZ' is not a country code or name; did you mean XYY (…) or …?}. */
  private static String message(String value, UnknownCountryException e) {
    StringBuilder b =
        new StringBuilder("'").append(value).append("' is not a country code or name; ");
    if (e.suggestions().isEmpty()) {
      return b.append("run `borderland data countries` to list them").toString();
    }
    b.append("did you mean ");
    for (int i = 0; i < e.suggestions().size(); i++) {
      Country c = e.suggestions().get(i);
      if (i > 0) {
        b.append(i == e.suggestions().size() - 1 ? " or " : ", ");
      }
      b.append(c.iso3()).append(" (").append(c.name()).append(')');
    }
    return b.append('?').toString();
  }
}
