package org.borderland.data.factbook.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.factbook.FieldText;
import org.borderland.data.factbook.ReaderLog;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.Importer;

/**
 * Reads the Factbook JSON snapshots ({@code factbook/<DATE>-<commit>/<region>/<fips>.json}) and
 * hands every field to the field parser.
 *
 * <p>A file is named by the entry's FIPS (GEC) code, resolved with {@link
 * CountryRegistry#resolveCode} for the snapshot's year; the region folder is ignored (it changes
 * between snapshots) and so is {@code meta/}. Non-state codes (World, EU, oceans) are skipped and
 * counted; any other unknown code stops the import, naming the file, the entry's own name and the
 * closest matches. Each field becomes one text (see {@link FieldFlattener}): {@code {"text": …}}
 * gives its text; sub-fields give {@code "sub1: text | sub2: text"} in document order.
 *
 * <p>Edition = the snapshot's year; published = its date. Snapshots are read by date, files by
 * code, fields in document order. A field that appears in two sections with the same text (2024:
 * "Climate" under Geography and Environment) is reported once. A missing field is simply not
 * reported, but {@link #warnings()} lists each entry lacking a section the parsers rely on, and
 * each relied-on field that no file of a snapshot has (the 2026 snapshot has no "Disputes -
 * international" at all).
 */
public final class SnapshotImporter implements Importer {
  /** The dataset id written into every row's source. */
  public static final String DATASET = "factbook-json";

  /** The snapshots' folder under the sources directory. */
  public static final String FOLDER = "factbook";

  /** Top-level sections the parsers rely on; alternatives (renamed sections) on one line. */
  static final List<List<String>> SECTIONS =
      List.of(
          List.of("People and Society"),
          List.of("Geography"),
          List.of("Economy"),
          List.of("Military and Security", "Military"),
          List.of("Government"),
          List.of("Communications"),
          List.of("Transnational Issues"));

  /** Fields the parsers rely on; alternatives (renamed fields) on one line. */
  static final List<List<String>> FIELDS =
      List.of(
          List.of("Ethnic groups"),
          List.of("Languages"),
          List.of("Land boundaries"),
          List.of("Population"),
          List.of("GDP (official exchange rate)"),
          List.of("GDP (purchasing power parity)", "Real GDP (purchasing power parity)"),
          List.of("Military expenditures"),
          List.of("Military and security service personnel strengths"),
          List.of("International organization participation"),
          List.of("Broadcast media"),
          List.of("Disputes - international"));

  private final Function<FieldText, List<Observation>> parser;
  private final Predicate<String> nonStateFips;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ReaderLog log = new ReaderLog("FIPS code: snapshots");

  /**
   * An importer.
   *
   * @param parser turns one field into observations (the Factbook field parsers)
   * @param nonStateFips whether a FIPS code (file name, any case) is a non-state entry to skip
   */
  public SnapshotImporter(
      Function<FieldText, List<Observation>> parser, Predicate<String> nonStateFips) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.nonStateFips = Objects.requireNonNull(nonStateFips, "nonStateFips");
  }

  @Override
  public String dataset() {
    return DATASET;
  }

  @Override
  public List<String> inputs() {
    return List.of(FOLDER + "/<DATE>-<commit>/<region>/<fips>.json");
  }

  /**
   * Reads every snapshot and parses every field.
   *
   * @throws ImportException naming the file (and JSON line and column) when a file is malformed, a
   *     code is unknown, or the parser fails on a field
   */
  @Override
  public List<Observation> read(Path sources, CountryRegistry registry) throws ImportException {
    List<Observation> out = new ArrayList<>();
    for (Snapshot s : start(sources)) {
      for (FieldText f : fields(sources, registry, s, false)) {
        try {
          out.addAll(parser.apply(f));
        } catch (RuntimeException e) {
          throw ReaderLog.cannotParse(f, f.sourceEdition(), e);
        }
      }
    }
    return out;
  }

  /**
   * The snapshots under {@code sources/factbook}, by date.
   *
   * @throws ImportException when the folder is missing or holds no snapshot
   */
  public List<Snapshot> snapshots(Path sources) throws ImportException {
    Path dir = sources.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      throw new ImportException(
          DATASET,
          dir,
          0,
          "the snapshots folder is missing; expected "
              + FOLDER
              + "/<YYYY-MM-DD>-<commit>/ under the sources directory (see data/SOURCES.md)");
    }
    List<Snapshot> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path p : ds) {
        Optional<Snapshot> s = Snapshot.of(p);
        if (s.isPresent()) {
          out.add(s.get());
        }
      }
    } catch (IOException e) {
      throw new ImportException(DATASET, dir, 0, "cannot list the folder: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new ImportException(
          DATASET, dir, 0, "no <YYYY-MM-DD>-<commit> snapshot folders; is this factbook/?");
    }
    out.sort(Comparator.comparing(Snapshot::date).thenComparing(Snapshot::commit));
    return out;
  }

  /**
   * Every field of every snapshot, snapshots by date, files by code, fields in document order.
   *
   * @throws ImportException as for {@link #read}
   */
  public List<FieldText> fields(Path sources, CountryRegistry registry) throws ImportException {
    List<FieldText> out = new ArrayList<>();
    for (Snapshot s : start(sources)) {
      out.addAll(fields(sources, registry, s, false));
    }
    return out;
  }

  /** Clears the last read's warnings and lists the snapshots, warning about two in one year. */
  private List<Snapshot> start(Path sources) throws ImportException {
    log.clear();
    List<Snapshot> all = snapshots(sources);
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).edition() == all.get(i - 1).edition()) {
        log.warn(
            "snapshots "
                + all.get(i - 1).name()
                + " and "
                + all.get(i).name()
                + " are both the "
                + all.get(i).edition()
                + " edition; both are read");
      }
    }
    return all;
  }

  /**
   * Streams every field to {@code sink}, in the order of {@link #fields(Path, CountryRegistry)}.
   */
  public void forEachField(Path sources, CountryRegistry registry, Consumer<FieldText> sink)
      throws ImportException {
    for (Snapshot s : start(sources)) {
      fields(sources, registry, s, false).forEach(sink);
    }
  }

  /**
   * Every field of one snapshot.
   *
   * @throws ImportException as for {@link #read}
   */
  public List<FieldText> fields(Path sources, CountryRegistry registry, Snapshot snapshot)
      throws ImportException {
    return fields(sources, registry, snapshot, true);
  }

  /** The snapshot dated {@code date} ({@code YYYY-MM-DD}), if there is one. */
  public Optional<Snapshot> snapshot(Path sources, String date) throws ImportException {
    return snapshots(sources).stream().filter(s -> s.date().toString().equals(date)).findFirst();
  }

  /**
   * What the last read noticed but did not stop for: missing sections and fields, skipped codes.
   */
  @Override
  public List<String> warnings() {
    return log.warnings();
  }

  /** The non-state codes the last read skipped, each with the number of snapshots. */
  public Map<String, Integer> skippedNonState() {
    return log.skipped();
  }

  private List<FieldText> fields(
      Path sources, CountryRegistry registry, Snapshot snapshot, boolean reset)
      throws ImportException {
    if (reset) {
      log.clear();
    }
    Map<String, Path> files = files(snapshot);
    List<FieldText> out = new ArrayList<>();
    Map<String, Integer> entriesWithField = new HashMap<>();
    int entries = 0;
    for (Map.Entry<String, Path> e : files.entrySet()) {
      Set<String> names = readFile(sources, registry, snapshot, e.getKey(), e.getValue(), out);
      if (names != null) {
        entries++;
        names.forEach(n -> entriesWithField.merge(n, 1, Integer::sum));
      }
    }
    for (List<String> alternatives : FIELDS) {
      int with = 0;
      for (String a : alternatives) {
        with += entriesWithField.getOrDefault(a, 0);
      }
      String field = "'" + String.join("' or '", alternatives) + "'";
      if (with == 0) {
        log.warn(
            "snapshot "
                + snapshot.name()
                + " has no "
                + field
                + " field in any of its "
                + entries
                + " entries");
      } else if (with * 10 < entries) {
        log.warn(
            "snapshot "
                + snapshot.name()
                + " has a "
                + field
                + " field in only "
                + with
                + " of its "
                + entries
                + " entries");
      }
    }
    return out;
  }

  /** The snapshot's files by lower-case code; a code in two region folders is an error. */
  private static Map<String, Path> files(Snapshot snapshot) throws ImportException {
    Map<String, Path> byCode = new TreeMap<>();
    try (DirectoryStream<Path> regions =
        Files.newDirectoryStream(snapshot.dir(), Files::isDirectory)) {
      List<Path> sorted = new ArrayList<>();
      regions.forEach(sorted::add);
      sorted.sort(null);
      for (Path region : sorted) {
        if (region.getFileName().toString().equals("meta")) {
          continue;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(region, "*.json")) {
          for (Path f : ds) {
            String name = f.getFileName().toString();
            String code = name.substring(0, name.length() - 5).toLowerCase(Locale.ROOT);
            Path prev = byCode.put(code, f);
            if (prev != null) {
              throw new ImportException(
                  DATASET,
                  f,
                  0,
                  "the code '"
                      + code
                      + "' is also in "
                      + prev
                      + "; one snapshot must have one file per code");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new ImportException(
          DATASET, snapshot.dir(), 0, "cannot list the snapshot: " + e.getMessage(), e);
    }
    return byCode;
  }

  /** Adds the file's fields to {@code out}; returns their names, or null for a skipped entry. */
  private Set<String> readFile(
      Path sources,
      CountryRegistry registry,
      Snapshot snapshot,
      String code,
      Path file,
      List<FieldText> out)
      throws ImportException {
    JsonNode root = parse(file);
    if (!root.isObject()) {
      throw new ImportException(
          DATASET, file, 1, "expected a JSON object of sections but found " + kind(root));
    }
    String display = ReaderLog.display(sources, file);
    Optional<String> iso3 = registry.resolveCode(CodeSystem.FIPS, code, snapshot.edition());
    if (iso3.isEmpty()) {
      if (nonStateFips.test(code)) {
        log.skip(code);
        return null;
      }
      String name = countryName(root);
      List<Country> near = name.isEmpty() ? List.of() : registry.suggest(name);
      throw new ImportException(
          DATASET,
          file,
          0,
          "the FIPS code '"
              + code
              + "'"
              + (name.isEmpty() ? "" : " (the entry calls itself '" + name + "')")
              + " means no known country in "
              + snapshot.edition()
              + " and is not a non-state code"
              + (near.isEmpty()
                  ? ""
                  : "; closest matches by name: "
                      + near.stream()
                          .map(c -> c.iso3() + " (" + c.name() + ")")
                          .collect(Collectors.joining(", ")))
              + ". Add the code to the registry's crosswalk or to the non-state list");
    }
    for (List<String> alternatives : SECTIONS) {
      if (alternatives.stream().noneMatch(root::has)) {
        log.warn(
            snapshot.name()
                + "/"
                + snapshot.dir().relativize(file).toString().replace('\\', '/')
                + " has no '"
                + String.join("' or '", alternatives)
                + "' section");
      }
    }
    Map<String, List<String>> emitted = new HashMap<>();
    for (Map.Entry<String, JsonNode> section : root.properties()) {
      JsonNode fieldsNode = section.getValue();
      if (fieldsNode.isNull()) {
        continue;
      }
      if (!fieldsNode.isObject()) {
        throw new ImportException(
            DATASET,
            file,
            0,
            "section '"
                + section.getKey()
                + "' should be an object of fields but is "
                + kind(fieldsNode));
      }
      for (Map.Entry<String, JsonNode> field : fieldsNode.properties()) {
        String name = field.getKey().strip();
        if (name.isEmpty()) {
          continue;
        }
        String text = FieldFlattener.flatten(field.getValue());
        if (text.isEmpty()) {
          continue;
        }
        List<String> texts = emitted.computeIfAbsent(name, k -> new ArrayList<>(1));
        if (texts.contains(text)) {
          continue;
        }
        texts.add(text);
        out.add(
            new FieldText(
                iso3.get(),
                name,
                text,
                snapshot.edition(),
                snapshot.date(),
                DATASET,
                snapshot.sourceEdition(),
                display + ": " + section.getKey() + " > " + name));
      }
    }
    return emitted.keySet();
  }

  private JsonNode parse(Path file) throws ImportException {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode n = mapper.readTree(in);
      if (n == null || n.isMissingNode()) {
        throw new ImportException(DATASET, file, 1, "the file is empty; expected a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null ? 0 : at.getLineNr();
      throw new ImportException(
          DATASET,
          file,
          line,
          "malformed JSON at line "
              + line
              + ", column "
              + (at == null ? 0 : at.getColumnNr())
              + ": "
              + e.getOriginalMessage()
              + ". Re-copy the file from factbook/factbook.json (see data/SOURCES.md)",
          e);
    } catch (IOException e) {
      throw new ImportException(DATASET, file, 0, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /**
   * The entry's own name, from Government > Country name: the conventional short form, else any
   * other short form (2015 Curacao has only Dutch and Papiamentu forms), else a long form; empty
   * when there is none.
   */
  static String countryName(JsonNode root) {
    JsonNode forms = root.path("Government").path("Country name");
    for (String wanted :
        List.of("conventional short form", "short form", "conventional long form", "long form")) {
      for (Map.Entry<String, JsonNode> e : forms.properties()) {
        if (e.getKey().strip().toLowerCase(Locale.ROOT).endsWith(wanted)) {
          String s = FieldFlattener.flatten(e.getValue());
          if (!s.isEmpty() && !s.equalsIgnoreCase("none")) {
            return s;
          }
        }
      }
    }
    return "";
  }

  private static String kind(JsonNode n) {
    return n.isArray() ? "an array" : n.isObject() ? "an object" : "a " + n.getNodeType();
  }
}
