package org.borderland.core.panel;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range the source printed instead of one figure ("70-75%", "$27-37 billion", "150,000-200,000
 * personnel"), stored the same way for every indicator: the observation's value is the midpoint,
 * and its note holds the low and high ends in one format, {@code range '…' printed: low L, high H;
 * value is the midpoint} ({@link #note}), which {@link #of} reads back.
 *
 * @param low the lower end, in the observation's unit
 * @param high the upper end, in the observation's unit
 */
public record PrintedRange(double low, double high) {
  private static final Pattern NOTE =
      Pattern.compile("range '[^']*' printed: low (\\S+), high (\\S+); value is the midpoint");

  /** Requires finite ends with {@code low ≤ high}. */
  public PrintedRange {
    if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
      throw new IllegalArgumentException(
          "A printed range needs finite ends with low ≤ high, not " + low + " – " + high);
    }
  }

  /** The value an observation of a range holds. */
  public double midpoint() {
    return (low + high) / 2;
  }

  /** The note part that records this range, with the text as printed. */
  public String note(String printed) {
    return "range '"
        + printed.replace('\'', '’')
        + "' printed: low "
        + plain(low)
        + ", high "
        + plain(high)
        + "; value is the midpoint";
  }

  /** The range an observation's note records, if it records one. */
  public static Optional<PrintedRange> of(Observation o) {
    Matcher m = NOTE.matcher(o.note());
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new PrintedRange(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
