package org.borderland.data.curated;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.UnknownCountryException;
import org.borderland.data.curated.CuratedFactsException.Problem;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlNumbers;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * Reads and checks {@code facts.yaml} and {@code researched.yaml}, collecting every problem (with
 * file, line, column and entry id) instead of stopping at the first, so that one run tells an
 * editor everything to fix.
 */
final class CuratedFactsReader {
  /** Earliest year a curated fact may be dated. */
  static final int MIN_YEAR = 1900;

  /** The largest curated file read: 4 MiB (facts.yaml is about 65 KB). */
  static final SizeLimit SIZE_LIMIT = new SizeLimit(4 * SizeLimit.MIB, "a curated facts file");

  /** Longest description, in characters. */
  static final int MAX_DESCRIPTION = 400;

  /** Most words a quotation inside a description may have. */
  static final int MAX_QUOTED_WORDS = 8;

  private static final Set<String> CENSUS_KEYS =
      Set.of("value", "unit", "indicator", "key", "refYear", "published");
  private static final Set<String> FACT_KEYS =
      Set.of(
          "id",
          "date",
          "aggressor",
          "target",
          "factor",
          "kind",
          "description",
          "citation",
          "verified",
          "verifiedBy",
          "note",
          "value",
          "unit",
          "indicator",
          "key",
          "refYear",
          "published");
  private static final Set<String> CITATION_KEYS =
      Set.of("outlet", "document", "title", "date", "url");
  private static final Set<String> SCOPE_KEYS =
      Set.of("aggressor", "target", "researchedOn", "researchedBy", "factors");
  private static final Set<String> PERIOD_KEYS = Set.of("from", "to", "scope");
  private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]*)[\"”»]");

  private final CountryRegistry registry;
  private final LocalDate today;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> factLines = new HashMap<>();

  CuratedFactsReader(CountryRegistry registry, LocalDate today) {
    this.registry = registry;
    this.today = today;
  }

  /** Where a check happens: the file and the entry's id (empty before the id is known). */
  private record Where(Path file, String entryId) {}

  /** Reads both files and checks them against each other. */
  CuratedFacts read(Path factsYaml, Path researchedYaml) throws CuratedFactsException {
    List<CuratedFact> facts = readFacts(factsYaml);
    List<ResearchedScope> scopes = readResearched(researchedYaml);
    for (CuratedFact f : facts) {
      if (f.kind() == FactKind.CENSUS) {
        continue; // a census figure is an observation, not a counted fact
      }
      boolean covered =
          scopes.stream().anyMatch(s -> s.covers(f.aggressor(), f.target(), f.factor()));
      Optional<ResearchedScope> outside =
          scopes.stream()
              .filter(
                  s ->
                      s.covers(f.aggressor(), f.target(), f.factor())
                          && !s.coversYear(f.date().year()))
              .findFirst();
      if (outside.isPresent()) {
        problems.add(
            new Problem(
                factsYaml,
                factLines.getOrDefault(f.id(), 0),
                0,
                f.id(),
                "The fact is dated "
                    + f.date().year()
                    + ", outside the years researched for "
                    + f.aggressor()
                    + "→"
                    + f.target()
                    + " "
                    + f.factor()
                    + " ("
                    + outside.get().from()
                    + "–"
                    + outside.get().to()
                    + " in "
                    + researchedYaml.getFileName()
                    + "); widen the period if the research covered that year"));
      }
      if (!covered) {
        problems.add(
            new Problem(
                factsYaml,
                factLines.getOrDefault(f.id(), 0),
                0,
                f.id(),
                "The triple "
                    + f.aggressor()
                    + "→"
                    + f.target()
                    + " "
                    + f.factor()
                    + " is not listed in "
                    + researchedYaml.getFileName()
                    + "; a fact implies the triple was researched, so add it there with its scope"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CuratedFactsException(problems);
    }
    return new CuratedFacts(facts, scopes);
  }

  List<CuratedFact> readFacts(Path file) throws CuratedFactsException {
    Node root = parse(file);
    Where top = new Where(file, "");
    Optional<ListNode> list = topList(root, "facts", top);
    List<CuratedFact> out = new ArrayList<>();
    if (list.isEmpty()) {
      return out;
    }
    for (Node item : list.get().items()) {
      if (!(item instanceof MapNode m)) {
        problem(top, item, "Each fact must be a mapping (id, date, aggressor, target, …)");
        continue;
      }
      readFact(m, file).ifPresent(out::add);
    }
    return out;
  }

  private Optional<CuratedFact> readFact(MapNode m, Path file) {
    int before = problems.size();
    Optional<ScalarNode> idNode = scalar(m, "id", new Where(file, ""), true);
    String id = idNode.map(ScalarNode::text).map(String::strip).orElse("");
    Where w = new Where(file, id);
    unknownKeys(m, FACT_KEYS, w, "fact");
    if (idNode.isPresent() && !id.isEmpty()) {
      if (!CuratedFact.ID.matcher(id).matches()) {
        problem(
            w,
            idNode.get(),
            "Invalid id '"
                + id
                + "': use lower-case words joined by hyphens, e.g. kaz-seliger-2014");
      } else if (factLines.containsKey(id)) {
        problem(
            w,
            idNode.get(),
            "Duplicate id '"
                + id
                + "' (first used at line "
                + factLines.get(id)
                + "); give each fact its own id");
      } else {
        factLines.put(id, m.line());
      }
    }
    PartialDate date = partialDate(m, "date", w).orElse(null);
    String aggressor = country(m, "aggressor", w).orElse(null);
    String target = country(m, "target", w).orElse(null);
    if (aggressor != null && aggressor.equals(target)) {
      problem(
          w,
          m.get("target"),
          "Aggressor and target are both " + target + "; a fact is about a pair");
    }
    Factor factor =
        scalar(m, "factor", w, true)
            .flatMap(
                n -> {
                  Optional<Factor> f = Factor.fromId(n.text().strip());
                  if (f.isEmpty()) {
                    problem(
                        w,
                        n,
                        "Unknown factor '"
                            + n.text()
                            + "'; valid factors are: "
                            + Factor.validIds());
                  }
                  return f;
                })
            .orElse(null);
    FactKind kind =
        scalar(m, "kind", w, true)
            .flatMap(
                n -> {
                  Optional<FactKind> k = FactKind.fromId(n.text().strip());
                  if (k.isEmpty()) {
                    problem(
                        w,
                        n,
                        "Unknown kind '" + n.text() + "'; valid kinds are: " + FactKind.validIds());
                  }
                  return k;
                })
            .orElse(null);
    String description = description(m, w).orElse(null);
    Citation citation = citation(m, w).orElse(null);
    Boolean verified =
        scalar(m, "verified", w, true)
            .flatMap(
                n -> {
                  if (!n.isBoolean()) {
                    problem(w, n, "'verified' must be true or false, not '" + n.text() + "'");
                    return Optional.empty();
                  }
                  return Optional.of(Boolean.parseBoolean(n.text()));
                })
            .orElse(null);
    String verifiedBy = scalar(m, "verifiedBy", w, false).map(ScalarNode::text).orElse("");
    if (Boolean.TRUE.equals(verified) && verifiedBy.isBlank()) {
      problem(
          w,
          m,
          "The entry is verified: true but has no verifiedBy; say how it was checked (e.g."
              + " \"search corpus: <address>\") or set verified: false");
    }
    if (Boolean.FALSE.equals(verified) && !verifiedBy.isBlank()) {
      problem(
          w,
          m.get("verifiedBy"),
          "verifiedBy is given but verified is false; set verified: true if the check succeeded,"
              + " or move the text to note");
    }
    String note = scalar(m, "note", w, false).map(ScalarNode::text).orElse("");
    CensusFigure census = censusFigure(m, kind, w).orElse(null);
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new CuratedFact(
              id,
              date,
              aggressor,
              target,
              factor,
              kind,
              description,
              citation,
              verified,
              verifiedBy,
              census,
              note));
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(w, m, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<String> description(MapNode m, Where w) {
    Optional<ScalarNode> n = scalar(m, "description", w, true);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String d = n.get().text().strip();
    if (d.isEmpty() || d.contains("\n")) {
      problem(w, n.get(), "The description must be one non-empty line in our own words");
      return Optional.empty();
    }
    if (d.length() > MAX_DESCRIPTION) {
      problem(
          w,
          n.get(),
          "The description has "
              + d.length()
              + " characters; keep it to one line of at most "
              + MAX_DESCRIPTION);
    }
    Matcher q = QUOTED.matcher(d);
    while (q.find()) {
      int words = q.group(1).strip().isEmpty() ? 0 : q.group(1).strip().split("\\s+").length;
      if (words > MAX_QUOTED_WORDS) {
        problem(
            w,
            n.get(),
            "The description quotes "
                + words
                + " words; write it in our own words and quote at most "
                + MAX_QUOTED_WORDS);
      }
    }
    return Optional.of(d);
  }

  private Optional<Citation> citation(MapNode m, Where w) {
    Node node = m.get("citation");
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      problem(
          w,
          m,
          "Missing citation; every fact needs one: outlet or document, title, date, and a url where"
              + " a public one exists");
      return Optional.empty();
    }
    if (!(node instanceof MapNode c)) {
      problem(w, node, "'citation' must be a mapping with outlet or document, title, date, url");
      return Optional.empty();
    }
    int before = problems.size();
    unknownKeys(c, CITATION_KEYS, w, "citation");
    String outlet = scalar(c, "outlet", w, false).map(ScalarNode::text).orElse("");
    String document = scalar(c, "document", w, false).map(ScalarNode::text).orElse("");
    if (outlet.isBlank() && document.isBlank()) {
      problem(
          w, c, "The citation needs an outlet (for an article) or a document (for a law, treaty…)");
    }
    String title = scalar(c, "title", w, true).map(ScalarNode::text).orElse(null);
    PartialDate date = partialDate(c, "date", w).orElse(null);
    Optional<ScalarNode> urlNode = scalar(c, "url", w, false);
    String url = urlNode.map(ScalarNode::text).map(String::strip).orElse("");
    if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
      problem(w, urlNode.get(), "The url '" + url + "' must start with http:// or https://");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Citation(outlet, document, title, date, url));
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(w, c, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<CensusFigure> censusFigure(MapNode m, FactKind kind, Where w) {
    if (kind != FactKind.CENSUS) {
      for (String key : CENSUS_KEYS) {
        if (m.get(key) != null) {
          problem(
              w,
              m.get(key),
              "'" + key + "' belongs to census entries only; remove it or set kind: census");
        }
      }
      return Optional.empty();
    }
    int before = problems.size();
    Double value =
        scalar(m, "value", w, true)
            .flatMap(
                n -> {
                  YamlNumbers.Checked<Double> v =
                      YamlNumbers.real(n, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                  if (v instanceof YamlNumbers.Checked.Invalid<Double> bad) {
                    problem(w, n, "'value': " + bad.message());
                  }
                  return Optional.ofNullable(v.orNull());
                })
            .orElse(null);
    String unit = scalar(m, "unit", w, true).map(ScalarNode::text).orElse(null);
    String indicator = scalar(m, "indicator", w, true).map(ScalarNode::text).orElse(null);
    String key = scalar(m, "key", w, true).map(ScalarNode::text).orElse(null);
    Optional<ScalarNode> refNode = scalar(m, "refYear", w, true);
    Integer refYear = null;
    if (refNode.isPresent()) {
      ScalarNode n = refNode.get();
      YamlNumbers.Checked<Integer> y = YamlNumbers.whole(n, MIN_YEAR, today.getYear());
      if (y instanceof YamlNumbers.Checked.Invalid<Integer> bad) {
        problem(w, n, "'refYear' must be a year: " + bad.message());
      }
      refYear = y.orNull();
    }
    PartialDate published = partialDate(m, "published", w).orElse(null);
    if (value != null && "%".equals(unit) && (value < 0 || value > 100)) {
      problem(w, m.get("value"), "A share of " + value + "% is outside 0–100; check the figure");
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CensusFigure(indicator, key, value, unit, refYear, published));
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(w, m, e.getMessage());
      return Optional.empty();
    }
  }

  List<ResearchedScope> readResearched(Path file) throws CuratedFactsException {
    Node root = parse(file);
    Where top = new Where(file, "");
    Optional<ListNode> list = topList(root, "researched", top);
    List<ResearchedScope> out = new ArrayList<>();
    if (list.isEmpty()) {
      return out;
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Node item : list.get().items()) {
      if (!(item instanceof MapNode m)) {
        problem(
            top, item, "Each researched entry must be a mapping (aggressor, target, factors, …)");
        continue;
      }
      int before = problems.size();
      unknownKeys(m, SCOPE_KEYS, top, "researched entry");
      String aggressor = country(m, "aggressor", top).orElse(null);
      String target = country(m, "target", top).orElse(null);
      LocalDate on = null;
      Optional<ScalarNode> onNode = scalar(m, "researchedOn", top, true);
      if (onNode.isPresent()) {
        try {
          on = LocalDate.parse(onNode.get().text().strip());
          if (on.isAfter(today)) {
            problem(
                top,
                onNode.get(),
                "researchedOn " + on + " is in the future (today is " + today + ")");
          }
        } catch (DateTimeException e) {
          problem(
              top,
              onNode.get(),
              "researchedOn must be a full date YYYY-MM-DD, not '" + onNode.get().text() + "'");
        }
      }
      String by = scalar(m, "researchedBy", top, true).map(ScalarNode::text).orElse(null);
      Node factors = m.get("factors");
      if (!(factors instanceof MapNode fm)) {
        problem(
            top,
            factors == null ? m : factors,
            "'factors' must map each researched factor to its period and scope, e.g."
                + " territorial_claims: {from: 1991, to: 2026, scope: \"statements by officials\"}");
        continue;
      }
      if (problems.size() > before) {
        continue;
      }
      for (Map.Entry<String, Node> e : fm.entries().entrySet()) {
        ScalarNode at = fm.key(e.getKey());
        Optional<Factor> factor = Factor.fromId(e.getKey());
        if (factor.isEmpty()) {
          problem(
              top,
              at,
              "Unknown factor '" + e.getKey() + "'; valid factors are: " + Factor.validIds());
          continue;
        }
        if (!(e.getValue() instanceof MapNode sm)) {
          problem(
              top,
              e.getValue(),
              "The research of "
                  + e.getKey()
                  + " needs the years whose events were looked for and what was looked for, e.g. "
                  + e.getKey()
                  + ": {from: 2005, to: 2022, scope: \"statements by officials\"}");
          continue;
        }
        unknownKeys(sm, PERIOD_KEYS, top, "researched factor");
        Optional<ScalarNode> scopeNode = scalar(sm, "scope", top, true);
        Integer from = year(sm, "from", top);
        Integer to = year(sm, "to", top);
        if (scopeNode.isEmpty() || from == null || to == null) {
          continue;
        }
        ScalarNode s = scopeNode.get();
        if (s.text().isBlank()) {
          problem(top, s, "The scope of " + e.getKey() + " must be one line of text");
          continue;
        }
        String triple = aggressor + "→" + target + " " + e.getKey();
        if (seen.containsKey(triple)) {
          problem(
              top,
              at,
              "The triple "
                  + triple
                  + " is listed twice (first at line "
                  + seen.get(triple)
                  + "); keep one");
          continue;
        }
        seen.put(triple, at.line());
        try {
          out.add(
              new ResearchedScope(
                  aggressor, target, factor.get(), on, by.strip(), s.text().strip(), from, to));
        } catch (IllegalArgumentException ex) {
          problem(top, s, ex.getMessage());
        }
      }
    }
    return out;
  }

  private static Node parse(Path file) throws CuratedFactsException {
    try {
      return YamlTree.read(
          file,
          SIZE_LIMIT,
          "File not found; expected the curated YAML file here",
          "The file is empty; it should hold a YAML mapping");
    } catch (YamlException e) {
      throw CuratedFactsException.of(e.problem());
    }
  }

  private Optional<ListNode> topList(Node root, String key, Where w) {
    if (!(root instanceof MapNode top) || !(top.get(key) instanceof ListNode list)) {
      problem(w, root, "The file must be a mapping with a list under '" + key + ":'");
      return Optional.empty();
    }
    unknownKeys(top, Set.of(key), w, "top level");
    return Optional.of(list);
  }

  private Optional<String> country(MapNode m, String key, Where w) {
    Optional<ScalarNode> n = scalar(m, key, w, true);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String code = n.get().text().strip();
    try {
      Country c = registry.get(code, "");
      if (!c.iso3().equals(code)) {
        problem(
            w,
            n.get(),
            "Write the " + key + " code in upper case: " + c.iso3() + ", not '" + code + "'");
        return Optional.empty();
      }
      return Optional.of(c.iso3());
    } catch (UnknownCountryException e) {
      problem(w, n.get(), e.getMessage() + " (" + key + " must be an ISO 3166-1 alpha-3 code)");
      return Optional.empty();
    }
  }

  private Optional<PartialDate> partialDate(MapNode m, String key, Where w) {
    Optional<ScalarNode> n = scalar(m, key, w, true);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    PartialDate d;
    try {
      d = PartialDate.parse(n.get().text());
    } catch (IllegalArgumentException e) {
      problem(w, n.get(), "'" + key + "': " + e.getMessage());
      return Optional.empty();
    }
    if (d.year() < MIN_YEAR) {
      problem(
          w,
          n.get(),
          "'"
              + key
              + "' "
              + d
              + " is before "
              + MIN_YEAR
              + "; curated facts start in "
              + MIN_YEAR
              + ", check the year");
      return Optional.empty();
    }
    if (d.earliest().isAfter(today)) {
      problem(
          w,
          n.get(),
          "'"
              + key
              + "' "
              + d
              + " is in the future (today is "
              + today
              + "); record only what has happened");
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /** A required whole year, from {@value #MIN_YEAR} to this year; null (reported) otherwise. */
  private Integer year(MapNode m, String key, Where w) {
    Optional<ScalarNode> n = scalar(m, key, w, true);
    if (n.isEmpty()) {
      return null;
    }
    YamlNumbers.Checked<Integer> y = YamlNumbers.whole(n.get(), MIN_YEAR, today.getYear());
    if (y instanceof YamlNumbers.Checked.Invalid<Integer> bad) {
      problem(w, n.get(), "'" + key + "' must be a year: " + bad.message());
      return null;
    }
    return y.orNull();
  }

  private Optional<ScalarNode> scalar(MapNode m, String key, Where w, boolean required) {
    Node n = m.get(key);
    if (n == null || n instanceof ScalarNode s && s.isNull()) {
      if (required) {
        problem(w, m, "Missing '" + key + "'; add it");
      }
      return Optional.empty();
    }
    if (!(n instanceof ScalarNode s)) {
      problem(w, n, "'" + key + "' must be a single value, not a list or mapping");
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private void unknownKeys(MapNode m, Set<String> allowed, Where w, String what) {
    for (Map.Entry<String, ScalarNode> e : m.keys().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        problem(
            w,
            e.getValue(),
            "Unknown key '"
                + e.getKey()
                + "' in a "
                + what
                + "; allowed keys are: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private void problem(Where w, Node at, String message) {
    problems.add(
        new Problem(
            w.file(),
            at == null ? 0 : at.line(),
            at == null ? 0 : at.column(),
            w.entryId(),
            message));
  }
}
