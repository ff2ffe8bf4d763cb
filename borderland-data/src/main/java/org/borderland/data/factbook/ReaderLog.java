package org.borderland.data.factbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.borderland.data.importer.ImportException;

/**
 * What a Factbook reader (the archive's or the snapshots') noticed on its last read but did not
 * stop for: warnings, and the non-state entries it skipped, counted; and the messages both readers
 * write.
 */
public final class ReaderLog {
  private final String skippedKey;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();

  /**
   * An empty log.
   *
   * @param skippedKey what the skipped entries are listed by and counted in, e.g. {@code name:
   *     editions}
   */
  public ReaderLog(String skippedKey) {
    this.skippedKey = skippedKey;
  }

  /** Forgets the last read. */
  public void clear() {
    warnings.clear();
    skipped.clear();
  }

  /** Adds a warning. */
  public void warn(String warning) {
    warnings.add(warning);
  }

  /** Counts a skipped non-state entry once more. */
  public void skip(String entry) {
    skipped.merge(entry, 1, Integer::sum);
  }

  /** The warnings in the order given, then one line listing the skipped entries, if any. */
  public List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    if (!skipped.isEmpty()) {
      all.add(
          "skipped non-state entries ("
              + skippedKey
              + "): "
              + skipped.entrySet().stream()
                  .map(e -> e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    return List.copyOf(all);
  }

  /** The skipped non-state entries, each with its count. */
  public Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }

  /**
   * The error for a field the parser failed on, naming it, its country and {@code edition}.
   *
   * @param edition the edition as the message should cite it
   */
  public static ImportException cannotParse(FieldText f, String edition, RuntimeException e) {
    return new ImportException(
        f.dataset(),
        null,
        0,
        f.location()
            + ": cannot parse field '"
            + f.field()
            + "' of "
            + f.country()
            + " ("
            + edition
            + "): "
            + e.getMessage(),
        e);
  }

  /** A file as messages and sources show it: relative to the sources directory where it can be. */
  public static String display(Path sources, Path file) {
    try {
      return sources.relativize(file).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }
}
