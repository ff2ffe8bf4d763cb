package org.borderland.data.factbook.json;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One snapshot of factbook/factbook.json, as a folder named {@code <DATE>-<commit>} (e.g. {@code
 * 2024-04-11-8a8f8c3e63b7}).
 *
 * @param date the date of the snapshot's data (the folder name's date)
 * @param commit the commit (at least 7 hex digits) of factbook/factbook.json it was copied from
 * @param dir the folder
 */
public record Snapshot(LocalDate date, String commit, Path dir) {
  private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([0-9a-fA-F]{7,40})");

  /** Requires every part. */
  public Snapshot {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(dir, "dir");
    if (!commit.matches("[0-9a-fA-F]{7,40}")) {
      throw new IllegalArgumentException(
          "Snapshot commit '" + commit + "' must be 7 to 40 hex digits, e.g. 8a8f8c3");
    }
    commit = commit.toLowerCase(Locale.ROOT);
  }

  /** The snapshot a folder holds, when its name is {@code <YYYY-MM-DD>-<commit>}. */
  public static Optional<Snapshot> of(Path dir) {
    Matcher m = NAME.matcher(dir.getFileName().toString());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Snapshot(LocalDate.parse(m.group(1)), m.group(2), dir));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The edition: the snapshot's year. */
  public int edition() {
    return date.getYear();
  }

  /** How it is cited, e.g. {@code 2024-04-11 snapshot (factbook/factbook.json @ 8a8f8c3)}. */
  public String sourceEdition() {
    return date + " snapshot (factbook/factbook.json @ " + commit.substring(0, 7) + ")";
  }

  /** The folder's name, e.g. {@code 2024-04-11-8a8f8c3e63b7}. */
  public String name() {
    return dir.getFileName().toString();
  }
}
