package org.borderland.data.coinr;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.pipeline.Results;

/**
 * Writes results as COINr's results table written by R's {@code write.csv}: {@code "uCode"} (and
 * {@code "Time"} for panel data), one column per aggregate from the top level down, then {@code
 * <code>_rank} for each; rows ordered by the top aggregate's rank. Numbers carry 17 significant
 * digits without trailing zeros (R's {@code format(x, digits = 17)}), enough to read back the same
 * double; a missing value is {@code NA}.
 */
public final class ResultsCsv {
  private ResultsCsv() {}

  /** The header and rows as lines, without line ends. */
  public static List<String> lines(Results results) {
    List<String> codes = results.aggregateCodes();
    boolean panel = results.data().hasTime();
    List<String> header = new ArrayList<>();
    header.add(quote("uCode"));
    if (panel) {
      header.add(quote("Time"));
    }
    codes.forEach(c -> header.add(quote(c)));
    codes.forEach(c -> header.add(quote(c + "_rank")));
    List<String> out = new ArrayList<>();
    out.add(String.join(",", header));
    List<double[]> scores = codes.stream().map(results::scores).toList();
    List<int[]> ranks = codes.stream().map(results::ranks).toList();
    for (int i : results.order()) {
      List<String> row = new ArrayList<>();
      row.add(quote(results.units().get(i)));
      if (panel) {
        row.add(Integer.toString(results.data().time(i).getAsInt()));
      }
      for (double[] s : scores) {
        row.add(number(s[i]));
      }
      for (int[] r : ranks) {
        row.add(r[i] == 0 ? "NA" : Integer.toString(r[i]));
      }
      out.add(String.join(",", row));
    }
    return out;
  }

  /** Writes {@link #lines} with {@code \n} line ends. */
  public static void write(Results results, Writer w) throws IOException {
    for (String l : lines(results)) {
      w.write(l);
      w.write('\n');
    }
  }

  /** A number with 17 significant digits, trailing zeros dropped, {@code NA} when missing. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "NA";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(new MathContext(17)).stripTrailingZeros();
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e15) {
      return d.toPlainString();
    }
    String s = d.unscaledValue().abs().toString();
    int exp = s.length() - 1 - d.scale();
    String mant = s.length() == 1 ? s : s.charAt(0) + "." + s.substring(1);
    return (v < 0 ? "-" : "")
        + mant
        + "e"
        + (exp < 0 ? "-" : "+")
        + String.format("%02d", Math.abs(exp));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
