package org.borderland.app.backtest;

import java.util.Objects;

/**
 * What {@code backtest} is asked.
 *
 * @param aggressor the aggressor's code or name
 * @param model the model's name
 * @param cases the cases ({@link CasesInput#shipped()} for the aggressor's shipped cases)
 * @param allowRevised whether to also use datasets released once with revised history
 */
public record BacktestRequest(
    String aggressor, String model, CasesInput cases, boolean allowRevised) {
  /** Requires the aggressor, model and cases. */
  public BacktestRequest {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(cases, "cases");
  }

  /** The strict backtest of an aggressor's shipped cases with the essay's model. */
  public static BacktestRequest of(String aggressor) {
    return new BacktestRequest(aggressor, "essay", CasesInput.shipped(), false);
  }
}
