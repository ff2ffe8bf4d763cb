package org.borderland.data.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * How Borderland reads a number written in YAML, or in JSON (which the same parser reads): one
 * place for every reader, so that a value means the same in a model, a scenario, a spec or a
 * request body.
 *
 * <p>{@link #decode} runs once per scalar when the tree is built and follows the parser (SnakeYAML,
 * YAML 1.1), which decides what is a number:
 *
 * <ul>
 *   <li>a whole number is decimal with an optional sign and underscores ({@code 1_000}), hex
 *       ({@code 0x7E6} is 2022) or binary ({@code 0b101} is 5), of any size;
 *   <li>a leading 0 ({@code 010}) is octal in YAML 1.1 but decimal in YAML 1.2; such a number is
 *       refused when the two readings differ ({@code 07} is 7 either way, and reads);
 *   <li>another number is decimal, with an optional exponent and underscores, read as the nearest
 *       double; {@code .inf}, {@code -.inf} and {@code .nan} (in any of YAML's spellings) are
 *       infinity and NaN, and a number beyond the double range ({@code 1e400}) is infinity;
 *   <li>base 60 ({@code 1:20.5}) is refused; {@code 0o17}, {@code NaN} and {@code Infinity} are
 *       text to the parser, so they are not numbers.
 * </ul>
 *
 * <p>{@link #real} and {@link #whole} then return a value only when it is a finite number in the
 * caller's range; otherwise the message names the value as written and the range, e.g. {@code
 * Expected a whole number between 1990 and 2026, not '99999999999'}.
 */
public final class YamlNumbers {
  /** YAML's infinity and not-a-number: {@code .inf}, {@code -.Inf}, {@code +.INF}, {@code .nan}… */
  private static final Pattern SPECIAL =
      Pattern.compile("([-+]?)\\.(?:(inf|Inf|INF)|(nan|NaN|NAN))");

  /** A whole number with a leading zero (YAML 1.1 octal). */
  private static final Pattern LEADING_ZERO = Pattern.compile("([-+]?)0[0-9_]*[0-9][0-9_]*");

  private YamlNumbers() {}

  /** A value read from a node, or why it could not be. */
  public sealed interface Checked<T> {
    /** The value, or null when there is none. */
    T orNull();

    /** The value: a finite number in range. */
    record Valid<T>(T value) implements Checked<T> {
      @Override
      public T orNull() {
        return value;
      }
    }

    /**
     * Not a usable number.
     *
     * @param message e.g. {@code Expected a number ≥ 0, not '.nan' (not a number)}
     */
    record Invalid<T>(String message) implements Checked<T> {
      @Override
      public T orNull() {
        return null;
      }
    }
  }

  /**
   * The number the parser's current token holds: a {@link BigInteger} for a whole number, a {@link
   * Double} (perhaps infinite or NaN) for another; null for a token that is not a number, or a
   * number that is not read (a leading 0 that YAML versions read differently, base 60, too long).
   *
   * @param text the token's text
   */
  static Number decode(JsonParser p, JsonToken token, String text) {
    try {
      if (token == JsonToken.VALUE_NUMBER_INT) {
        BigInteger v = p.getBigIntegerValue();
        return octalDiffers(text, v) ? null : v;
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        Matcher m = SPECIAL.matcher(text);
        if (m.matches()) {
          if (m.group(3) != null) {
            return Double.NaN;
          }
          return m.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return p.getDoubleValue();
      }
    } catch (IOException | NumberFormatException e) {
      return null; // base 60, or longer than the parser's limit: refused with the reason
    }
    return null;
  }

  /** Whether {@code text} has a leading 0 and reads differently as octal (YAML 1.1) and decimal. */
  private static boolean octalDiffers(String text, BigInteger octal) {
    Matcher m = LEADING_ZERO.matcher(text);
    return m.matches() && !decimal(text).equals(octal);
  }

  private static BigInteger decimal(String text) {
    return new BigInteger(text.replace("_", "").replace("+", ""));
  }

  /**
   * A finite number in [{@code min}, {@code max}] (an infinite bound is no bound).
   *
   * @return the value, or the message naming the value as written and the range
   */
  public static Checked<Double> real(Node n, double min, double max) {
    String expected = "Expected " + realRange(min, max) + ", not " + n.describe();
    if (!(n instanceof ScalarNode s) || !s.isNumber()) {
      return new Checked.Invalid<>(expected);
    }
    if (s.number() == null) {
      return new Checked.Invalid<>(expected + unread(s));
    }
    double d = s.number().doubleValue();
    if (Double.isNaN(d)) {
      return new Checked.Invalid<>(expected + " (not a number)");
    }
    if (Double.isInfinite(d)) {
      return new Checked.Invalid<>(
          expected
              + (SPECIAL.matcher(s.text()).matches()
                  ? " (infinite)"
                  : " (beyond the largest number, about 1.8e308)"));
    }
    if (d < min || d > max) {
      return new Checked.Invalid<>(expected + decoded(s));
    }
    return new Checked.Valid<>(d);
  }

  /**
   * A whole number in [{@code min}, {@code max}], written as one ({@code 2.0} is not).
   *
   * @return the value, or the message naming the value as written and the range
   */
  public static Checked<Integer> whole(Node n, int min, int max) {
    String expected = "Expected " + wholeRange(min, max) + ", not " + n.describe();
    if (!(n instanceof ScalarNode s) || !s.isInteger()) {
      return new Checked.Invalid<>(expected);
    }
    if (!(s.number() instanceof BigInteger v)) {
      return new Checked.Invalid<>(expected + unread(s));
    }
    if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
      return new Checked.Invalid<>(expected + decoded(s));
    }
    return new Checked.Valid<>(v.intValueExact());
  }

  /**
   * The allowed numbers for a message: {@code a number}, {@code a number ≥ 0}, {@code a number ≤ 1}
   * or {@code a number between 0 and 1}.
   */
  public static String realRange(double min, double max) {
    boolean low = min != Double.NEGATIVE_INFINITY;
    boolean high = max != Double.POSITIVE_INFINITY;
    if (low && high) {
      return "a number between " + plain(min) + " and " + plain(max);
    }
    if (low) {
      return "a number ≥ " + plain(min);
    }
    return high ? "a number ≤ " + plain(max) : "a number";
  }

  /** The allowed whole numbers for a message: {@code a whole number between 1 and 100}. */
  public static String wholeRange(int min, int max) {
    return "a whole number between " + min + " and " + max;
  }

  /** {@code 0} for 0.0, {@code 2.5} for 2.5. */
  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The value as read when the text writes it another way: {@code (2023)} for {@code 0x7E7}. */
  private static String decoded(ScalarNode s) {
    String v = s.number() instanceof BigInteger b ? b.toString() : plain(s.number().doubleValue());
    return v.equals(s.text()) ? "" : " (" + v + ")";
  }

  /** Why a number token has no value. */
  private static String unread(ScalarNode s) {
    String t = s.text();
    String digits = t.replace("_", "").replace("+", "");
    if (LEADING_ZERO.matcher(t).matches() && digits.matches("-?[0-7]+")) {
      BigInteger decimal = new BigInteger(digits);
      BigInteger octal = new BigInteger(digits, 8);
      return ": a leading 0 makes it "
          + octal
          + " in YAML 1.1 (octal) but "
          + decimal
          + " in YAML 1.2; write it without the leading 0";
    }
    if (t.contains(":")) {
      return ": base-60 numbers are not read; write it in decimal";
    }
    return ": it cannot be read as a number (at most "
        + YamlTree.MAX_NUMBER_LENGTH
        + " characters)";
  }
}
