package org.borderland.data.curated;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or the year, written {@code 2014-08-29}, {@code 2014-08} or
 * {@code 2014}. The precision is part of the value: {@code 2014-08} is "some day in August 2014",
 * never the first of August.
 *
 * @param year the year
 * @param month the month 1–12, or {@code null} when only the year is known
 * @param day the day of the month, or {@code null} when only the year or month is known
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How precisely a date is known. */
  public enum Precision {
    /** Known to the day. */
    DAY,
    /** Known to the month. */
    MONTH,
    /** Known to the year. */
    YEAR
  }

  /** Checks that the parts form a calendar date and that a day never comes without a month. */
  public PartialDate {
    if (day != null && month == null) {
      throw new IllegalArgumentException("A date with a day needs a month: " + year + "-?-" + day);
    }
    try {
      if (day != null) {
        LocalDate.of(year, month, day);
      } else if (month != null) {
        YearMonth.of(year, month);
      } else {
        YearMonth.of(year, 1);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "Not a calendar date: "
              + year
              + (month == null ? "" : "-" + month)
              + (day == null ? "" : "-" + day),
          e);
    }
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
   *
   * @throws IllegalArgumentException saying which forms are accepted
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Invalid date '" + text + "': write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2014-08-29");
    }
    int y = Integer.parseInt(m.group(1));
    Integer mo = m.group(2) == null ? null : Integer.parseInt(m.group(2));
    Integer d = m.group(3) == null ? null : Integer.parseInt(m.group(3));
    return new PartialDate(y, mo, d);
  }

  /** A date known to the day. */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** How precisely the date is known. */
  public Precision precision() {
    return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day the date may denote. */
  public LocalDate earliest() {
    if (day != null) {
      return LocalDate.of(year, month, day);
    }
    return month != null ? YearMonth.of(year, month).atDay(1) : LocalDate.of(year, 1, 1);
  }

  /**
   * The last day the date may denote: by then the fact had certainly happened, so point-in-time
   * questions ("known by date D?") compare against this.
   */
  public LocalDate latest() {
    if (day != null) {
      return LocalDate.of(year, month, day);
    }
    return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  /** Orders by the earliest day, then the less precise date first. */
  @Override
  public int compareTo(PartialDate o) {
    int c = earliest().compareTo(o.earliest());
    return c != 0 ? c : o.latest().compareTo(latest());
  }

  /** The date as written: {@code 2014-08-29}, {@code 2014-08} or {@code 2014}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
    if (month != null) {
      b.append(String.format(Locale.ROOT, "-%02d", month));
    }
    if (day != null) {
      b.append(String.format(Locale.ROOT, "-%02d", day));
    }
    return b.toString();
  }
}
