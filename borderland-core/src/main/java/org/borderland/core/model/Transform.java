package org.borderland.core.model;

/**
 * What is done to an indicator's raw value before it is normalised: nothing, a logarithm, a cap, or
 * a non-monotonic inverted U. Raw values in a {@link RawTable} are always untransformed; the
 * pipeline applies {@link #apply(double)} (or {@link RawTable#transformed}) when it reads them.
 */
public sealed interface Transform
    permits Transform.Identity, Transform.Log, Transform.Cap, Transform.InvertedU {

  /** The id a model file uses for this transform's type. */
  String type();

  /** The transformed value; {@code NaN} when the value is outside the transform's domain. */
  double apply(double x);

  /** One line saying what the transform does, with its parameters. */
  String describe();

  /** The value as it is. */
  record Identity() implements Transform {
    @Override
    public String type() {
      return "none";
    }

    @Override
    public double apply(double x) {
      return x;
    }

    @Override
    public String describe() {
      return "none";
    }
  }

  /**
   * The natural logarithm of {@code x + offset}: ratios such as A/T population span orders of
   * magnitude, and a log puts a 10-fold and a 100-fold gap one step apart.
   *
   * @param offset added before the logarithm, so that 0 can be transformed with offset 1
   */
  record Log(double offset) implements Transform {
    /** Requires a finite offset ≥ 0. */
    public Log {
      if (!Double.isFinite(offset) || offset < 0) {
        throw new IllegalArgumentException(
            "A log transform's offset must be a finite number ≥ 0, not " + offset);
      }
    }

    @Override
    public String type() {
      return "log";
    }

    @Override
    public double apply(double x) {
      double v = x + offset;
      return v > 0 ? Math.log(v) : Double.NaN;
    }

    @Override
    public String describe() {
      return offset == 0 ? "ln(x)" : "ln(x + " + offset + ")";
    }
  }

  /**
   * The value limited to {@code [min, max]}.
   *
   * @param min the floor; minus infinity for none
   * @param max the ceiling; infinity for none
   */
  record Cap(double min, double max) implements Transform {
    /** Requires {@code min < max}, neither NaN. */
    public Cap {
      if (Double.isNaN(min) || Double.isNaN(max) || min >= max) {
        throw new IllegalArgumentException(
            "A cap needs min < max, not min " + min + " and max " + max);
      }
    }

    @Override
    public String type() {
      return "cap";
    }

    @Override
    public double apply(double x) {
      return Math.max(min, Math.min(max, x));
    }

    @Override
    public String describe() {
      return "capped to [" + min + ", " + max + "]";
    }
  }

  /**
   * A hump: 0 at 0, rising to 1 at {@code peak}, falling beyond it, {@code f(x) = (x/peak)^shape ·
   * e^{shape·(1 − x/peak)}} for x ≥ 0 (negative x gives 0). Larger {@code shape} makes the hump
   * narrower. With peak p and shape 1, f(2p) = 0.74 and f(4p) = 0.20.
   *
   * <p>It expresses the curvilinear effect of transborder kin that Cederman, Gleditsch, Salehyan
   * and Wucherpfennig (International Organization 67(2), 2013) report: conflict is likeliest when
   * the kin group is of intermediate relative size, not when it is largest. The functional form and
   * the parameters are a modelling choice, not estimates from that paper.
   *
   * @param peak the value at which the transform is highest, > 0
   * @param shape how sharp the hump is, > 0
   */
  record InvertedU(double peak, double shape) implements Transform {
    /** Requires finite, positive parameters. */
    public InvertedU {
      if (!Double.isFinite(peak) || peak <= 0) {
        throw new IllegalArgumentException(
            "An inverted-U transform's peak must be a finite number > 0, not " + peak);
      }
      if (!Double.isFinite(shape) || shape <= 0) {
        throw new IllegalArgumentException(
            "An inverted-U transform's shape must be a finite number > 0, not " + shape);
      }
    }

    @Override
    public String type() {
      return "inverted_u";
    }

    @Override
    public double apply(double x) {
      if (Double.isNaN(x)) {
        return Double.NaN;
      }
      if (x <= 0) {
        return 0;
      }
      double r = x / peak;
      return Math.pow(r, shape) * Math.exp(shape * (1 - r));
    }

    @Override
    public String describe() {
      return "inverted U peaking at " + peak + " (shape " + shape + ")";
    }
  }
}
