package org.borderland.data.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;

/**
 * Reads and writes the committed panel.
 *
 * <p>Layout: a directory holding {@code MANIFEST.tsv} (every shard with its row count and SHA-256)
 * and one shard per dataset and edition, {@code <dataset>/<edition>.tsv} (a suffix {@code -2},
 * {@code -3}… when one edition has several publication dates, and {@code .part2}… when a shard
 * would pass {@link #MAX_SHARD_BYTES}). A shard starts with its header (dataset, edition,
 * publication date, as-known flag, the edition as cited), then its text table (each raw text and
 * field name once), then its rows, which point into the text table. Output is a pure function of
 * the observations: the same rows give the same bytes.
 *
 * <p>Writing replaces the files in place, each by an atomic rename, {@code MANIFEST.tsv} last (see
 * {@link PanelUpdate}); reading checks every file against the manifest's SHA-256 and reads again
 * once when it catches a build halfway (see {@link #read(Path)}).
 */
public final class PanelStore {
  /** Shards are split before they reach this size, to stay well under 5 MiB per file. */
  public static final long MAX_SHARD_BYTES = 4L * 1024 * 1024;

  /** Name of the manifest file. */
  public static final String MANIFEST = "MANIFEST.tsv";

  private static final String MAGIC = "# borderland panel shard v2";
  private static final int COLUMNS = 9;
  private static final String DITTO = "^";
  private static final boolean[] DITTO_COLUMNS = {
    true, true, false, false, true, true, true, true, true
  };
  private static final String MANIFEST_MAGIC = "# borderland panel manifest v1";

  private PanelStore() {}

  /** The header every row of one shard shares. */
  private record ShardKey(
      String dataset, int edition, LocalDate published, boolean asKnown, String sourceEdition) {}

  private static final Comparator<ShardKey> SHARD_ORDER =
      Comparator.comparing(ShardKey::dataset)
          .thenComparingInt(ShardKey::edition)
          .thenComparing(ShardKey::published)
          .thenComparing(ShardKey::asKnown)
          .thenComparing(ShardKey::sourceEdition);

  private static final Comparator<Observation> ROW_ORDER =
      Comparator.comparing(Observation::country)
          .thenComparing(Observation::indicator)
          .thenComparing(Observation::key)
          .thenComparing(o -> o.refYear() == null ? Integer.MIN_VALUE : o.refYear())
          .thenComparing(o -> o.value() == null ? Double.NEGATIVE_INFINITY : o.value())
          .thenComparing(Observation::unit)
          .thenComparing(o -> o.source().field())
          .thenComparing(o -> o.source().text())
          .thenComparing(Observation::note);

  /**
   * Writes the observations as a panel at {@code dir}, replacing what is there file by file (see
   * {@link PanelUpdate}): every file is renamed into place whole, {@code MANIFEST.tsv} last, and
   * files whose bytes do not change are not touched.
   *
   * @return the manifest entries written
   */
  public static List<ManifestEntry> write(List<Observation> observations, Path dir)
      throws IOException {
    return write(observations, dir, line -> {});
  }

  /**
   * Writes the observations as a panel at {@code dir}, as {@link #write(List, Path)} does.
   *
   * @param progress receives a line for each stale build directory removed, for a wait on another
   *     build, and a summary of the files added, replaced, removed and kept
   * @return the manifest entries written
   */
  public static List<ManifestEntry> write(
      List<Observation> observations, Path dir, Consumer<String> progress) throws IOException {
    // Everything is rendered before the panel directory is touched: a bad row fails here.
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<ManifestEntry> manifest = render(observations, files);
    StringBuilder m = new StringBuilder(MANIFEST_MAGIC).append('\n');
    m.append("file\trows\tsha256\n");
    for (ManifestEntry e : manifest) {
      m.append(e.file()).append('\t').append(e.rows()).append('\t').append(e.sha256());
      m.append('\n');
    }
    PanelUpdate.Summary summary =
        PanelUpdate.apply(dir, files, m.toString().getBytes(StandardCharsets.UTF_8), progress);
    progress.accept(summary.describe(dir));
    return manifest;
  }

  /**
   * Removes the directories that killed builds left beside the panel at {@code dir}, unless a build
   * of it is running now (see {@link PanelUpdate}).
   *
   * @param progress receives a line for each directory removed
   * @return the directories removed
   */
  public static List<Path> removeStaleBuilds(Path dir, Consumer<String> progress)
      throws IOException {
    return PanelUpdate.removeStaleBuilds(dir, progress);
  }

  /** Renders every shard into {@code files} (path within the panel to bytes), in manifest order. */
  private static List<ManifestEntry> render(
      List<Observation> observations, Map<String, byte[]> files) {
    Map<ShardKey, List<Observation>> shards = new TreeMap<>(SHARD_ORDER);
    for (Observation o : observations) {
      ShardKey k =
          new ShardKey(
              o.source().dataset(), o.edition(), o.published(), o.asKnown(), o.source().edition());
      shards.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
    }
    Map<String, Integer> namesUsed = new HashMap<>();
    List<ManifestEntry> manifest = new ArrayList<>();
    for (Map.Entry<ShardKey, List<Observation>> e : shards.entrySet()) {
      ShardKey k = e.getKey();
      String base = safe(k.dataset()) + "/" + k.edition();
      int n = namesUsed.merge(base, 1, Integer::sum);
      String name = n == 1 ? base : base + "-" + n;
      List<Observation> rows = new ArrayList<>(e.getValue());
      rows.sort(ROW_ORDER);
      List<List<Observation>> parts = split(k, rows);
      for (int p = 0; p < parts.size(); p++) {
        String file = name + (p == 0 ? "" : ".part" + (p + 1)) + ".tsv";
        byte[] bytes = render(k, parts.get(p));
        files.put(file, bytes);
        manifest.add(new ManifestEntry(file, parts.get(p).size(), sha256(bytes)));
      }
    }
    return manifest;
  }

  private static List<List<Observation>> split(ShardKey k, List<Observation> rows) {
    byte[] whole = render(k, rows);
    if (whole.length <= MAX_SHARD_BYTES) {
      return List.of(rows);
    }
    int parts = (int) (whole.length / MAX_SHARD_BYTES) + 1;
    // Split on country boundaries so a country's series stay in one file where possible.
    List<List<Observation>> out = new ArrayList<>();
    int target = rows.size() / parts + 1;
    List<Observation> cur = new ArrayList<>();
    for (Observation o : rows) {
      if (cur.size() >= target && !cur.get(cur.size() - 1).country().equals(o.country())) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(o);
    }
    out.add(cur);
    List<List<Observation>> checked = new ArrayList<>();
    for (List<Observation> part : out) {
      if (render(k, part).length > MAX_SHARD_BYTES && part.size() > 1) {
        int mid = part.size() / 2;
        checked.addAll(split(k, part.subList(0, mid)));
        checked.addAll(split(k, part.subList(mid, part.size())));
      } else {
        checked.add(part);
      }
    }
    return checked;
  }

  private static byte[] render(ShardKey k, List<Observation> rows) {
    Map<String, Integer> texts = new LinkedHashMap<>();
    for (Observation o : rows) {
      texts.putIfAbsent(o.source().field(), texts.size());
      texts.putIfAbsent(o.source().text(), texts.size());
    }
    StringBuilder b = new StringBuilder(1 << 16);
    b.append(MAGIC).append('\n');
    b.append("dataset\t").append(escape(k.dataset())).append('\n');
    b.append("edition\t").append(k.edition()).append('\n');
    b.append("published\t").append(k.published()).append('\n');
    b.append("asKnown\t").append(k.asKnown()).append('\n');
    b.append("sourceEdition\t").append(escape(k.sourceEdition())).append('\n');
    b.append("texts\t").append(texts.size()).append('\n');
    for (String t : texts.keySet()) {
      b.append(escape(t)).append('\n');
    }
    b.append("rows\t").append(rows.size()).append('\n');
    b.append("country\tindicator\tkey\tvalue\tunit\trefYear\tfield\ttext\tnote\n");
    String[] prev = new String[COLUMNS];
    String[] cells = new String[COLUMNS];
    for (Observation o : rows) {
      cells[0] = o.country();
      cells[1] = o.indicator();
      cells[2] = escape(o.key());
      cells[3] = o.value() == null ? "" : formatValue(o.value());
      cells[4] = escapeCell(o.unit());
      cells[5] = o.refYear() == null ? "" : o.refYear().toString();
      cells[6] = Integer.toString(texts.get(o.source().field()));
      cells[7] = Integer.toString(texts.get(o.source().text()));
      cells[8] = escapeCell(o.note());
      for (int c = 0; c < COLUMNS; c++) {
        if (c > 0) {
          b.append('\t');
        }
        // A cell equal to the one above is written as the ditto mark (rows are sorted, so
        // country, indicator, source and note repeat down long runs).
        boolean ditto = DITTO_COLUMNS[c] && cells[c].length() > 1 && cells[c].equals(prev[c]);
        b.append(ditto ? DITTO : cells[c]);
      }
      b.append('\n');
      String[] t = prev;
      prev = cells;
      cells = t;
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The shortest plain decimal that reads back as the same double. */
  static String formatValue(double v) {
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String escape(String s) {
    if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Escapes a cell of a ditto column: a literal ditto mark is written {@code \\^}. */
  static String escapeCell(String s) {
    String e = escape(s);
    return e.equals(DITTO) ? "\\" + DITTO : e;
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 't' -> b.append('\t');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          default -> b.append(n);
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String safe(String dataset) {
    if (!dataset.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "Dataset id '" + dataset + "' must be lower-case letters, digits and dashes");
    }
    return dataset;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One file of the panel. */
  public record ManifestEntry(String file, int rows, String sha256) {
    /** Requires every part. */
    public ManifestEntry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  /** Whether {@code dir} holds a panel (a manifest). */
  public static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve(MANIFEST));
  }

  /** The manifest of the panel at {@code dir}. */
  public static List<ManifestEntry> manifest(Path dir) throws IOException {
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new PanelFormatException(file, 0, "missing (no panel at " + dir + ")");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(MANIFEST_MAGIC)) {
      throw new PanelFormatException(file, 1, "not a Borderland panel manifest");
    }
    List<ManifestEntry> out = new ArrayList<>();
    for (int i = 2; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 3) {
        throw new PanelFormatException(file, i + 1, "expected file, rows, sha256");
      }
      try {
        out.add(new ManifestEntry(f[0], Integer.parseInt(f[1]), f[2]));
      } catch (NumberFormatException e) {
        throw new PanelFormatException(file, i + 1, "row count '" + f[1] + "' is not a number");
      }
    }
    return out;
  }

  /**
   * Reads every observation of the panel at {@code dir}, in manifest order, checking each file
   * against its SHA-256 in the manifest.
   *
   * <p>A file that does not match, or is missing, is what a reader sees while a build is renaming
   * new files into the panel (the old manifest is replaced last): the reader waits {@link
   * #RETRY_WAIT} and reads the whole panel again, once.
   *
   * @throws PanelFormatException when a file still does not match its manifest entry on the second
   *     read (naming the file, and saying to wait for a running build, rebuild the panel or restore
   *     it with git), or when a file is not in the panel's form
   */
  public static List<Observation> read(Path dir) throws IOException {
    return read(dir, RETRY_WAIT, PanelStore::sleep);
  }

  /** How long a reader waits before reading the panel again when a file did not match. */
  static final Duration RETRY_WAIT = Duration.ofMillis(500);

  /** What a reader does between its two reads; tests replace the sleep. */
  @FunctionalInterface
  interface Pause {
    /** Waits {@code wait}, or does what a test needs done between the reads. */
    void pause(Duration wait) throws InterruptedException;
  }

  /** {@link #read(Path)} with the pause between the two reads given. */
  static List<Observation> read(Path dir, Duration wait, Pause pause) throws IOException {
    try {
      return readOnce(dir);
    } catch (ManifestMismatch first) {
      try {
        pause.pause(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to read the panel again");
      }
      try {
        return readOnce(dir);
      } catch (ManifestMismatch second) {
        throw new PanelFormatException(
            second.file,
            0,
            second.problem
                + ", also when read again "
                + wait.toMillis()
                + " ms later: a `borderland data build` may be replacing the panel's files right"
                + " now, or the panel is damaged (a build killed while replacing files, or a file"
                + " edited by hand)",
            "wait for a running build to finish and run again; otherwise rebuild the panel with"
                + " `borderland data build --sources ../shared/data`, or restore the committed"
                + " one with `git checkout panel/`");
      }
    }
  }

  private static void sleep(Duration d) throws InterruptedException {
    Thread.sleep(d.toMillis());
  }

  /**
   * A file does not match its manifest entry (different bytes, or missing): a build may be halfway
   * through replacing files. Unchecked so that it passes through the parallel stream; never leaves
   * this class.
   */
  private static final class ManifestMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    private ManifestMismatch(Path file, String problem) {
      super(file + ": " + problem, null, false, false);
      this.file = file;
      this.problem = problem;
    }
  }

  private static List<Observation> readOnce(Path dir) throws IOException {
    List<ManifestEntry> manifest = manifest(dir);
    Map<String, String> interned = new ConcurrentHashMap<>();
    // Shards are independent: check and parse them in parallel, then concatenate in manifest order.
    List<List<Observation>> parts;
    try {
      parts =
          manifest.parallelStream()
              .map(
                  e -> {
                    try {
                      return readShard(dir, e, interned);
                    } catch (IOException x) {
                      throw new UncheckedIOException(x);
                    }
                  })
              .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    int n = 0;
    for (List<Observation> p : parts) {
      n += p.size();
    }
    List<Observation> out = new ArrayList<>(n);
    for (List<Observation> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  private static List<Observation> readShard(
      Path dir, ManifestEntry e, Map<String, String> interned) throws IOException {
    Path file = dir.resolve(e.file());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException x) {
      throw new ManifestMismatch(file, "is listed in " + MANIFEST + " but missing");
    }
    if (!sha256(bytes).equals(e.sha256())) {
      throw new ManifestMismatch(file, "content does not match its SHA-256 in " + MANIFEST);
    }
    List<Observation> out = new ArrayList<>(e.rows());
    // The bytes were read whole to be hashed: decode them in one call rather than through a stream.
    try (BufferedReader r =
        new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)), 1 << 16)) {
      readShard(file, r, out, interned);
    }
    if (out.size() != e.rows()) {
      throw new PanelFormatException(
          file, 0, "has " + out.size() + " rows, manifest says " + e.rows());
    }
    return out;
  }

  private static void readShard(
      Path file, BufferedReader r, List<Observation> out, Map<String, String> interned)
      throws IOException {
    try {
      long[] line = {0};
      String magic = next(r, file, line);
      if (!magic.equals(MAGIC)) {
        throw new PanelFormatException(file, 1, "not a Borderland panel shard");
      }
      String dataset = unescape(header(r, file, line, "dataset"));
      int edition = Integer.parseInt(header(r, file, line, "edition"));
      LocalDate published = LocalDate.parse(header(r, file, line, "published"));
      boolean asKnown = Boolean.parseBoolean(header(r, file, line, "asKnown"));
      String sourceEdition = unescape(header(r, file, line, "sourceEdition"));
      int nTexts = Integer.parseInt(header(r, file, line, "texts"));
      String[] texts = new String[nTexts];
      for (int i = 0; i < nTexts; i++) {
        texts[i] = unescape(next(r, file, line));
      }
      int nRows = Integer.parseInt(header(r, file, line, "rows"));
      next(r, file, line); // column header
      Map<Long, Source> sourceCache = new HashMap<>();
      Map<String, Double> values = new HashMap<>();
      Map<String, Integer> years = new HashMap<>();
      Map<String, String> local = new HashMap<>();
      // The previous row's parsed cells: a ditto mark reuses them without parsing.
      String country = null;
      String indicator = null;
      String unit = null;
      Integer refYear = null;
      int field = -1;
      int text = -1;
      Source src = null;
      String note = null;
      int[] tabs = new int[COLUMNS - 1];
      for (int i = 0; i < nRows; i++) {
        String s = next(r, file, line);
        int t = -1;
        for (int c = 0; c < COLUMNS - 1; c++) {
          t = s.indexOf('\t', t + 1);
          if (t < 0) {
            throw new PanelFormatException(file, line[0], "expected 9 tab-separated columns");
          }
          tabs[c] = t;
        }
        if (s.indexOf('\t', t + 1) >= 0) {
          throw new PanelFormatException(file, line[0], "expected 9 tab-separated columns");
        }
        try {
          if (!ditto(s, 0, tabs[0], i, file, line[0])) {
            country = intern(local, interned, s.substring(0, tabs[0]));
          }
          if (!ditto(s, tabs[0] + 1, tabs[1], i, file, line[0])) {
            indicator = intern(local, interned, s.substring(tabs[0] + 1, tabs[1]));
          }
          String key = intern(local, interned, unescape(s.substring(tabs[1] + 1, tabs[2])));
          Double value =
              tabs[3] == tabs[2] + 1
                  ? null
                  : values.computeIfAbsent(s.substring(tabs[2] + 1, tabs[3]), Double::valueOf);
          if (!ditto(s, tabs[3] + 1, tabs[4], i, file, line[0])) {
            unit = intern(local, interned, unescape(s.substring(tabs[3] + 1, tabs[4])));
          }
          if (!ditto(s, tabs[4] + 1, tabs[5], i, file, line[0])) {
            refYear =
                tabs[5] == tabs[4] + 1
                    ? null
                    : years.computeIfAbsent(s.substring(tabs[4] + 1, tabs[5]), Integer::valueOf);
          }
          boolean sameSource = true;
          if (!ditto(s, tabs[5] + 1, tabs[6], i, file, line[0])) {
            field = Integer.parseInt(s, tabs[5] + 1, tabs[6], 10);
            sameSource = false;
          }
          if (!ditto(s, tabs[6] + 1, tabs[7], i, file, line[0])) {
            text = Integer.parseInt(s, tabs[6] + 1, tabs[7], 10);
            sameSource = false;
          }
          if (!sameSource || src == null) {
            long sk = (long) field * nTexts + text;
            src = sourceCache.get(sk);
            if (src == null) {
              src = new Source(dataset, sourceEdition, texts[field], texts[text]);
              sourceCache.put(sk, src);
            }
          }
          if (!ditto(s, tabs[7] + 1, s.length(), i, file, line[0])) {
            note =
                tabs[7] + 1 == s.length()
                    ? ""
                    : intern(local, interned, unescape(s.substring(tabs[7] + 1)));
          }
          out.add(
              new Observation(
                  country, indicator, key, value, unit, refYear, edition, published, asKnown, src,
                  note));
        } catch (RuntimeException e) {
          throw new PanelFormatException(file, line[0], String.valueOf(e.getMessage()));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Whether the cell {@code [from, to)} of a row is the ditto mark (never on the first row). */
  private static boolean ditto(String s, int from, int to, int row, Path file, long line) {
    if (to - from == 1 && s.charAt(from) == '^') {
      if (row == 0) {
        throw new PanelFormatException(file, line, "the first row cannot repeat a cell");
      }
      return true;
    }
    return false;
  }

  /** One copy of each repeated string: first the shard's own pool, then the shared one. */
  private static String intern(Map<String, String> local, Map<String, String> shared, String s) {
    String p = local.get(s);
    if (p == null) {
      p = shared.putIfAbsent(s, s);
      if (p == null) {
        p = s;
      }
      local.put(s, p);
    }
    return p;
  }

  private static String next(BufferedReader r, Path file, long[] line) throws IOException {
    String s = r.readLine();
    line[0]++;
    if (s == null) {
      throw new PanelFormatException(file, line[0], "ends early (truncated?)");
    }
    return s;
  }

  private static String header(BufferedReader r, Path file, long[] line, String name)
      throws IOException {
    String s = next(r, file, line);
    int t = s.indexOf('\t');
    if (t < 0 || !s.substring(0, t).equals(name)) {
      throw new PanelFormatException(file, line[0], "expected header '" + name + "'");
    }
    return s.substring(t + 1);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
            Files.delete(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
