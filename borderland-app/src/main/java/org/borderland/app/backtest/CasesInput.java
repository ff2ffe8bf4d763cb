package org.borderland.app.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderland.app.Borderland;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.validation.Case;
import org.borderland.data.cases.CasesFileException;
import org.borderland.data.cases.CasesReader;
import org.borderland.data.engine.Engine;

/**
 * The cases a backtest runs on: the shipped cases of the aggressor ({@link #shipped()}, all a
 * request from the server can ask for), or a cases file the command line read ({@link
 * #read(Borderland, Path)}); never a path a client sent.
 *
 * @param cases the cases read, or null for the shipped ones
 * @param file the file they were read from, or null
 * @param hash the short hash of the file's bytes, or null
 */
public record CasesInput(List<Case> cases, Path file, String hash) {
  /** Copies the cases. */
  public CasesInput {
    cases = cases == null ? null : List.copyOf(cases);
  }

  /** The shipped cases of the aggressor ({@code cases/<name>.yaml}). */
  public static CasesInput shipped() {
    return new CasesInput(null, null, null);
  }

  /** Whether these are the shipped cases, read when the backtest runs. */
  public boolean isShipped() {
    return cases == null;
  }

  /**
   * A cases file the command line names (the CLI's door only), read with the registry of {@code
   * app}.
   *
   * @throws BadParameter naming {@code cases}, with the file's line and field
   */
  public static CasesInput read(Borderland app, Path file) {
    Engine engine = app.engine();
    try {
      List<Case> cases = CasesReader.read(file, engine.registry());
      return new CasesInput(cases, file, Engine.shortHash(Files.readAllBytes(file)));
    } catch (CasesFileException e) {
      throw BadParameter.of("cases", file.toString(), e);
    } catch (IOException e) {
      throw new BadParameter(
          "cases", file.toString(), "Cannot read the cases file " + file + ": " + e);
    }
  }
}
