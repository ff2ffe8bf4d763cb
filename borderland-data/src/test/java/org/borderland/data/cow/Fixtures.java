package org.borderland.data.cow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.borderland.core.panel.Observation;

/** Writes tiny fixture files under a test's temporary sources directory, and finds rows. */
public final class Fixtures {
  private Fixtures() {}

  /** Writes {@code lines} (joined with newlines) to {@code dir/relative}, gzipped for .gz names. */
  public static Path write(Path dir, String relative, String... lines) {
    Path p = dir.resolve(relative);
    try {
      Files.createDirectories(p.getParent());
      byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      if (relative.endsWith(".gz")) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
          out.write(bytes);
        }
      } else {
        Files.write(p, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Writes a header line and then {@code rows} to {@code dir/relative}, as {@link #write} does. */
  public static Path writeTable(Path dir, String relative, String header, String... rows) {
    String[] lines = new String[rows.length + 1];
    lines[0] = header;
    System.arraycopy(rows, 0, lines, 1, rows.length);
    return write(dir, relative, lines);
  }

  /** Rows of one country, indicator and key. */
  public static List<Observation> series(
      List<Observation> rows, String country, String indicator, String key) {
    return rows.stream()
        .filter(o -> o.country().equals(country))
        .filter(o -> o.indicator().equals(indicator))
        .filter(o -> o.key().equals(key))
        .toList();
  }

  /** The one row of a country, indicator and reference year (any key: use for keyless series). */
  public static Observation one(
      List<Observation> rows, String country, String indicator, int refYear) {
    List<Observation> found =
        rows.stream()
            .filter(o -> o.country().equals(country))
            .filter(o -> o.indicator().equals(indicator))
            .filter(o -> o.refYear() != null && o.refYear() == refYear)
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one " + country + "/" + indicator + "/" + refYear + " row, got " + found);
    }
    return found.get(0);
  }
}
