package org.borderland.app.validation;

import java.util.List;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.validation.Calibration;
import org.borderland.core.validation.DyadYearBuilder;
import org.borderland.core.validation.DyadYears;
import org.borderland.data.engine.Engine;

/**
 * The directed dyad-years of every knowledge year the dispute data cover (from the panel's first
 * year to the year before the disputes end), built once for {@code validate}, {@code bench
 * validate} and {@code rank --calibrated}.
 *
 * @param builder the builder (it also computes features for one aggressor-year)
 * @param data the dyad-years
 * @param from the first knowledge year
 * @param to the last knowledge year
 * @param seconds how long building took
 */
public record DyadData(DyadYearBuilder builder, DyadYears data, int from, int to, double seconds) {

  /** Builds the dyad-years of every knowledge year the disputes cover, on {@code threads}. */
  public static DyadData build(Engine engine, Engine.LoadedModel model, int threads) {
    return build(engine, model, threads, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Builds the dyad-years of the knowledge years {@code from}–{@code to} on {@code threads}
   * threads; {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE} stand for the first and last
   * years the panel and the disputes cover.
   *
   * @throws BadParameter when a given year lies outside those years
   */
  public static DyadData build(
      Engine engine, Engine.LoadedModel model, int threads, int from, int to) {
    long t0 = System.nanoTime();
    DyadYearBuilder b =
        new DyadYearBuilder(model.model(), engine.panel().index(), engine.registry());
    int first = engine.years()[0];
    int last = b.lastMidYear() - 1;
    if (b.lastMidYear() == Integer.MIN_VALUE || last < first) {
      throw new IllegalStateException(
          "The panel holds no dispute data (cow-mid) to validate on; rebuild it with"
              + " `borderland data build --sources ../shared/data`");
    }
    int f = from == Integer.MIN_VALUE ? first : from;
    int t = to == Integer.MAX_VALUE ? last : to;
    if (f < first || t > last || f > t) {
      throw new BadParameter(
          "years",
          f + "-" + t,
          "The years asked reach outside the years the disputes cover ("
              + (first + 1)
              + "-"
              + (last + 1)
              + ", with features as known at the end of "
              + first
              + "-"
              + last
              + "); choose dispute years in that span");
    }
    DyadYears d = b.build(f, t, threads);
    return new DyadData(b, d, f, t, (System.nanoTime() - t0) / 1e9);
  }

  /** The default thread count: the machine's cores. */
  public static int threads(Integer given) {
    int t = given != null ? given : Runtime.getRuntime().availableProcessors();
    if (t < 1 || t > 256) {
      throw new BadParameter(
          "threads", String.valueOf(t), "threads " + t + " must be between 1 and 256");
    }
    return t;
  }

  /** Model (a) fitted on every dyad-year, for calibrated probabilities. */
  public Calibration calibration(DyadYears.Outcome outcome) {
    return Calibration.fit(data, builder.factorIds(), outcome);
  }

  /** A line saying what the dyad-years are. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%,d directed dyad-years (every ordered pair of states), knowledge years %d-%d, outcome in"
            + " the next year (%d-%d), COW MID 5.0",
        data.size(),
        from,
        to,
        from + 1,
        to + 1);
  }

  /** The factor features, in model order. */
  public List<String> factors() {
    return builder.factorIds();
  }
}
