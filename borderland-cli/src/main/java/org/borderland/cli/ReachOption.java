package org.borderland.cli;

import org.borderland.core.model.Reach;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --reach land|sea|global} option: how far the default candidates reach. */
public final class ReachOption {
  @Option(
      names = "--reach",
      paramLabel = "land|sea|global",
      converter = ReachOption.Converter.class,
      description =
          "How far the default candidates reach: land (default: land neighbours, up to 150 miles"
              + " of water, one land border further), sea (also up to 400 miles of water), global"
              + " (also every state, for a COW major power).")
  Reach reach;

  /** The reach given, or null for the default. */
  Reach given() {
    return reach;
  }

  /** Reads a reach by name in any case; an unknown one is a usage error listing the choices. */
  public static final class Converter implements ITypeConverter<Reach> {
    @Override
    public Reach convert(String value) {
      try {
        return Reach.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
