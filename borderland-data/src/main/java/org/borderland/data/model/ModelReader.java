package org.borderland.data.model;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.Definition;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.MissingFactors;
import org.borderland.core.model.Model;
import org.borderland.core.model.ModelStep;
import org.borderland.core.model.Sourcing;
import org.borderland.core.model.Transform;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlNumbers;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;
import org.borderland.data.yaml.YamlTree.ScalarNode;

/**
 * Reads a model file (YAML) into a checked {@link Model}. Every problem is collected with its file,
 * line, column and field, and what is allowed there (with a "did you mean" for near misses), so
 * that one run tells the editor everything to fix. {@code docs/model-file.md} describes the format.
 * An indicator's definition is read by {@link DefinitionReader}, the pipeline steps by {@link
 * PipelineReader}.
 */
public final class ModelReader {
  /** Datasets whose figures are as published at the time. */
  public static final Set<String> AS_KNOWN_DATASETS =
      Set.of("factbook-archive", "factbook-json", "curated");

  /** Datasets whose history was revised after the fact: allowed only with allowRevised. */
  public static final Set<String> REVISED_DATASETS =
      Set.of(
          "cow-nmc",
          "cow-contdir",
          "atop",
          "cow-alliance",
          "cow-mid",
          "terrthreat",
          "creg",
          "cow-mindist",
          "cow-majors",
          "wdi-population",
          "wdi-gdp",
          "sipri-milex",
          "unga-idealpoints",
          "unga-votes",
          "tss-rivalries");

  private static final List<String> TOP_KEYS =
      List.of("model", "index", "pipeline", "aggressors", "sources", "factors", "indicators");
  private static final List<String> MODEL_KEYS = List.of("id", "name", "description");
  private static final List<String> INDEX_KEYS =
      List.of("aggregation", "missingFactors", "minCoverage");
  private static final List<String> PROFILE_KEYS =
      List.of("kinGroups", "languages", "blocs", "rivalBlocs", "rivalPartners", "noTransit");
  private static final List<String> SOURCE_KEYS = List.of("tiers", "allowRevised");
  private static final List<String> FACTOR_KEYS =
      List.of("id", "name", "weight", "aggregation", "rationale", "addition");
  private static final List<String> INDICATOR_KEYS =
      List.of(
          "id",
          "name",
          "factor",
          "definition",
          "direction",
          "transform",
          "weight",
          "unit",
          "sources",
          "addition",
          "maxAge",
          "note");
  private static final List<String> TRANSFORMS = List.of("none", "log", "cap", "inverted_u");
  private static final String EMPTY =
      "The file is empty; it should hold a model (see models/essay.yaml)";
  private static final String NOT_FOUND =
      "File not found; give a model file, or a shipped model name such as essay or extended";

  /** The largest model file read: 1 MiB (the shipped ones are about 16 KB). */
  public static final SizeLimit SIZE_LIMIT = new SizeLimit(SizeLimit.MIB, "a model file");

  /** The most years an indicator may look back ({@code maxAge}, {@code years}). */
  public static final int MAX_YEARS = 100;

  private final CountryRegistry registry;
  private YamlFields fields;
  private DefinitionReader definitions;

  /** A reader that checks country codes against {@code registry}. */
  public ModelReader(CountryRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Reads and checks a model file of at most {@link #SIZE_LIMIT}.
   *
   * @throws ModelFileException listing every problem with file, line, column and field
   */
  public Model read(Path path) throws ModelFileException {
    Node root;
    try {
      root = YamlTree.read(path, SIZE_LIMIT, NOT_FOUND, EMPTY);
    } catch (YamlException e) {
      throw new ModelFileException(List.of(e.problem()));
    }
    return check(root, path);
  }

  /**
   * Reads and checks a model from {@code in}, at most {@link #SIZE_LIMIT} characters; {@code name}
   * stands for the file in messages.
   *
   * @throws ModelFileException listing every problem with file, line, column and field
   */
  public Model read(Reader in, Path name) throws ModelFileException {
    Node root;
    try {
      root = YamlTree.read(in, name, SIZE_LIMIT, EMPTY);
    } catch (YamlException e) {
      throw new ModelFileException(List.of(e.problem()));
    }
    return check(root, name);
  }

  private Model check(Node root, Path name) throws ModelFileException {
    fields = new YamlFields(name);
    definitions = new DefinitionReader(fields);
    Model model = model(root);
    if (fields.count() > 0 || model == null) {
      if (fields.count() == 0) {
        fields.problem(
            root, "", "The model could not be built; check the file against docs/model-file.md");
      }
      throw new ModelFileException(fields.problems());
    }
    return model;
  }

  // ------------------------------------------------------------------------------------------

  private Model model(Node root) {
    MapNode top = fields.map(root, "");
    if (top == null) {
      return null;
    }
    fields.onlyKeys(top, TOP_KEYS, "");
    MapNode head = fields.requiredMap(top, "model", "");
    String id = null;
    String name = null;
    String description = "";
    if (head != null) {
      fields.onlyKeys(head, MODEL_KEYS, "model");
      id = id(head, "id", "model");
      name = fields.text(head, "name", "model", true);
      description =
          Optional.ofNullable(fields.text(head, "description", "model", false)).orElse("");
    }
    Aggregation indexAggregation = Aggregation.ARITHMETIC_MEAN;
    MissingFactors missingFactors = MissingFactors.REWEIGHT;
    Node indexNode = top.get("index");
    if (indexNode != null) {
      MapNode m = fields.map(indexNode, "index");
      if (m != null) {
        fields.onlyKeys(m, INDEX_KEYS, "index");
        Aggregation a = aggregation(m, "index");
        indexAggregation = a == null ? indexAggregation : a;
        missingFactors = missingFactors(m);
      }
    }
    List<ModelStep> pipeline = new PipelineReader(fields).pipeline(top.get("pipeline"));
    Map<String, AggressorProfile> aggressors = aggressors(top.get("aggressors"));
    Map<String, Sourcing> sources = sources(top.get("sources"));
    List<FactorGroup> factors = factors(top);
    Map<String, FactorGroup> byId = new LinkedHashMap<>();
    for (FactorGroup f : factors) {
      byId.putIfAbsent(f.id(), f);
    }
    List<IndicatorSpec> indicators = indicators(top, byId, sources);
    if (fields.count() > 0 || id == null || name == null) {
      return null;
    }
    Model model;
    try {
      model =
          new Model(
              id,
              name,
              description,
              aggressors,
              factors,
              indicators,
              indexAggregation,
              pipeline,
              missingFactors);
    } catch (IllegalArgumentException e) {
      fields.problem(root, "", e.getMessage());
      return null;
    }
    return model;
  }

  private Map<String, AggressorProfile> aggressors(Node n) {
    Map<String, AggressorProfile> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    MapNode m = fields.map(n, "aggressors");
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String path = "aggressors." + e.getKey();
      String code = country(e.getKey(), m.key(e.getKey()), path);
      MapNode p = fields.map(e.getValue(), path);
      if (code == null || p == null) {
        continue;
      }
      fields.onlyKeys(p, PROFILE_KEYS, path);
      List<String> kin = fields.strings(p, "kinGroups", path);
      List<String> languages = fields.strings(p, "languages", path);
      Map<String, List<String>> blocs = blocs(p, "blocs", path);
      Map<String, List<String>> rivals = blocs(p, "rivalBlocs", path);
      List<String> partners = countries(p, "rivalPartners", path);
      List<String> noTransit = countries(p, "noTransit", path);
      out.put(code, new AggressorProfile(code, kin, languages, blocs, rivals, partners, noTransit));
    }
    return out;
  }

  private Map<String, List<String>> blocs(MapNode p, String key, String path) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Node n = p.get(key);
    if (n == null) {
      return out;
    }
    MapNode m = fields.map(n, path + "." + key);
    if (m == null) {
      return out;
    }
    for (String bloc : m.entries().keySet()) {
      List<String> keys = fields.strings(m, bloc, path + "." + key);
      if (keys.isEmpty()) {
        fields.problem(
            m.get(bloc),
            path + "." + key + "." + bloc,
            "List the member_of keys that mean membership of " + bloc + ", e.g. [" + bloc + "]");
        continue;
      }
      out.put(bloc, keys);
    }
    return out;
  }

  private Map<String, Sourcing> sources(Node n) {
    Map<String, Sourcing> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    MapNode m = fields.map(n, "sources");
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      Sourcing s = sourcing(e.getValue(), "sources." + e.getKey());
      if (s != null) {
        out.put(e.getKey(), s);
      }
    }
    return out;
  }

  private Sourcing sourcing(Node n, String path) {
    return sourcing(fields, n, path);
  }

  /**
   * A source choice ({@code {tiers: [[…], …], allowRevised: …}}) as a model file writes it, with
   * the same checks: known datasets, revised ones only with {@code allowRevised}, none twice.
   * Problems are recorded in {@code fields}; returns null when there were any.
   */
  public static Sourcing sourcing(YamlFields fields, Node n, String path) {
    MapNode m = fields.map(n, path);
    if (m == null) {
      return null;
    }
    fields.onlyKeys(m, SOURCE_KEYS, path);
    Boolean revised = fields.bool(m, "allowRevised", path);
    boolean allow = revised != null && revised;
    Node tiersNode = m.get("tiers");
    if (tiersNode == null) {
      fields.problem(
          m,
          path + ".tiers",
          "Missing field 'tiers': list the datasets in tiers of preference, e.g. tiers:"
              + " [[factbook-archive, factbook-json]]");
      return null;
    }
    ListNode tiers = fields.list(tiersNode, path + ".tiers");
    if (tiers == null) {
      return null;
    }
    List<List<String>> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int before = fields.count();
    for (int i = 0; i < tiers.items().size(); i++) {
      String tp = path + ".tiers[" + i + "]";
      Node t = tiers.items().get(i);
      List<Node> items;
      if (t instanceof ListNode l) {
        items = l.items();
      } else {
        items = List.of(t); // a bare dataset is a tier of one
      }
      List<String> tier = new ArrayList<>();
      for (Node d : items) {
        String dataset = fields.text(d, tp);
        if (dataset == null) {
          continue;
        }
        if (!AS_KNOWN_DATASETS.contains(dataset) && !REVISED_DATASETS.contains(dataset)) {
          List<String> all = new ArrayList<>(AS_KNOWN_DATASETS);
          all.addAll(REVISED_DATASETS);
          all.sort(null);
          fields.unknown(d, tp, "dataset", dataset, all);
          continue;
        }
        if (REVISED_DATASETS.contains(dataset) && !allow) {
          fields.problem(
              d,
              tp,
              "Dataset '"
                  + dataset
                  + "' has revised history (its figures were not known at the time); set"
                  + " allowRevised: true on this source to use it, and its values will be flagged");
          continue;
        }
        if (!seen.add(dataset)) {
          fields.problem(d, tp, "Dataset '" + dataset + "' is listed twice; keep one");
          continue;
        }
        tier.add(dataset);
      }
      if (!tier.isEmpty()) {
        out.add(tier);
      }
    }
    if (out.isEmpty()) {
      if (fields.count() == before) {
        fields.problem(tiersNode, path + ".tiers", "List at least one dataset");
      }
      return null;
    }
    return new Sourcing(out, allow);
  }

  private List<FactorGroup> factors(MapNode top) {
    List<FactorGroup> out = new ArrayList<>();
    Node n = top.get("factors");
    if (n == null) {
      fields.problem(top, "factors", "Missing field 'factors': list the model's factors");
      return out;
    }
    ListNode list = fields.list(n, "factors");
    if (list == null) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "factors[" + i + "]";
      MapNode m = fields.map(list.items().get(i), path);
      if (m == null) {
        continue;
      }
      fields.onlyKeys(m, FACTOR_KEYS, path);
      String id = id(m, "id", path);
      String name = fields.text(m, "name", path, true);
      Double weight = weight(m, path);
      Aggregation agg = aggregation(m, path);
      String rationale = fields.text(m, "rationale", path, true);
      Boolean addition = fields.bool(m, "addition", path);
      if (id != null && !seen.add(id)) {
        fields.problem(
            m.get("id"), path + ".id", "Factor id '" + id + "' is used twice; ids are unique");
        continue;
      }
      if (id == null || name == null || weight == null || rationale == null) {
        continue;
      }
      out.add(
          new FactorGroup(
              id,
              name,
              rationale,
              weight,
              agg == null ? Aggregation.ARITHMETIC_MEAN : agg,
              addition != null && addition));
    }
    return out;
  }

  private List<IndicatorSpec> indicators(
      MapNode top, Map<String, FactorGroup> factors, Map<String, Sourcing> sources) {
    List<IndicatorSpec> out = new ArrayList<>();
    Node n = top.get("indicators");
    if (n == null) {
      fields.problem(top, "indicators", "Missing field 'indicators': list the model's indicators");
      return out;
    }
    ListNode list = fields.list(n, "indicators");
    if (list == null) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      MapNode m = fields.map(list.items().get(i), "indicators[" + i + "]");
      if (m == null) {
        continue;
      }
      String id = m.get("id") instanceof ScalarNode s && !s.isNull() ? s.text() : null;
      String path = "indicators[" + i + "]" + (id == null ? "" : " (" + id + ")");
      fields.onlyKeys(m, INDICATOR_KEYS, path);
      id = id(m, "id", path);
      String name = fields.text(m, "name", path, true);
      String factor = fields.text(m, "factor", path, true);
      FactorGroup group = null;
      if (factor != null) {
        group = factors.get(factor);
        if (group == null && !factors.isEmpty()) {
          fields.unknown(m.get("factor"), path + ".factor", "factor", factor, factors.keySet());
        }
      }
      Definition def = definitions.definition(m, path);
      Integer direction = direction(m, path);
      Transform transform = transform(m.get("transform"), path + ".transform");
      Double weight = weight(m, path);
      String unit = fields.text(m, "unit", path, true);
      Sourcing sourcing = indicatorSources(m, path, sources);
      Boolean addition = fields.bool(m, "addition", path);
      Integer maxAge = fields.integer(m, "maxAge", path, false, 0, MAX_YEARS);
      String note = fields.text(m, "note", path, false);
      if (id != null && !seen.add(id)) {
        fields.problem(
            m.get("id"), path + ".id", "Indicator id '" + id + "' is used twice; ids are unique");
        continue;
      }
      if (id == null
          || name == null
          || group == null
          || def == null
          || direction == null
          || weight == null
          || unit == null
          || sourcing == null) {
        continue;
      }
      boolean isAddition = (addition != null && addition) || group.addition();
      try {
        out.add(
            new IndicatorSpec(
                id,
                name,
                factor,
                def,
                direction,
                transform,
                weight,
                unit,
                isAddition,
                sourcing,
                maxAge,
                note));
      } catch (IllegalArgumentException e) {
        fields.problem(m, path, e.getMessage());
      }
    }
    return out;
  }

  private Sourcing indicatorSources(MapNode m, String path, Map<String, Sourcing> named) {
    Node n = m.get("sources");
    if (n == null) {
      fields.problem(
          m,
          path + ".sources",
          "Missing field 'sources': name a source from the top-level 'sources' ("
              + String.join(", ", named.keySet())
              + ") or give {tiers: [[…]], allowRevised: …}");
      return null;
    }
    if (n instanceof ScalarNode s && !s.isNull()) {
      Sourcing found = named.get(s.text());
      if (found == null) {
        fields.problem(
            n,
            path + ".sources",
            "Unknown source '"
                + s.text()
                + "'; allowed: "
                + (named.isEmpty()
                    ? "(none defined under 'sources')"
                    : String.join(", ", named.keySet()))
                + YamlFields.didYouMean(s.text(), named.keySet()));
      }
      return found;
    }
    return sourcing(n, path + ".sources");
  }

  private Transform transform(Node n, String path) {
    if (n == null) {
      return new Transform.Identity();
    }
    String type;
    MapNode m = null;
    if (n instanceof ScalarNode s && !s.isNull()) {
      type = s.text();
    } else {
      m = fields.map(n, path);
      if (m == null) {
        return null;
      }
      type = fields.text(m, "type", path, true);
      if (type == null) {
        return null;
      }
    }
    if (!TRANSFORMS.contains(type)) {
      fields.unknown(
          m == null ? n : m.get("type"),
          m == null ? path : path + ".type",
          "transform",
          type,
          TRANSFORMS);
      return null;
    }
    MapNode params = m == null ? MapNode.emptyAt(n) : m;
    try {
      switch (type) {
        case "log":
          {
            fields.onlyKeys(params, List.of("type", "offset"), path);
            Double offset = fields.number(params, "offset", path, false);
            return new Transform.Log(offset == null ? 0 : offset);
          }
        case "cap":
          {
            fields.onlyKeys(params, List.of("type", "min", "max"), path);
            Double min = fields.number(params, "min", path, false);
            Double max = fields.number(params, "max", path, false);
            if (min == null && max == null) {
              fields.problem(n, path, "A cap needs min, max or both, e.g. {type: cap, max: 100}");
              return null;
            }
            return new Transform.Cap(
                min == null ? Double.NEGATIVE_INFINITY : min,
                max == null ? Double.POSITIVE_INFINITY : max);
          }
        case "inverted_u":
          {
            fields.onlyKeys(params, List.of("type", "peak", "shape"), path);
            Double peak = fields.number(params, "peak", path, true);
            Double shape = fields.number(params, "shape", path, false);
            return peak == null ? null : new Transform.InvertedU(peak, shape == null ? 1 : shape);
          }
        default:
          fields.onlyKeys(params, List.of("type"), path);
          return new Transform.Identity();
      }
    } catch (IllegalArgumentException e) {
      fields.problem(n, path, e.getMessage());
      return null;
    }
  }

  // ------------------------------------------------------------------------------------------
  // Field helpers: each reports its own problems and returns null when the value is unusable.

  /** The index's missing-factor policy and minimum coverage; the defaults where not given. */
  private MissingFactors missingFactors(MapNode m) {
    String policy = fields.text(m, "missingFactors", "index", false);
    MissingFactors.Policy p = MissingFactors.Policy.REWEIGHT;
    if (policy != null) {
      try {
        p = MissingFactors.Policy.of(policy);
      } catch (IllegalArgumentException e) {
        fields.unknown(
            m.get("missingFactors"),
            "index.missingFactors",
            "missing-factor policy",
            policy,
            java.util.Arrays.stream(MissingFactors.Policy.values())
                .map(MissingFactors.Policy::id)
                .toList());
      }
    }
    Integer min = fields.integer(m, "minCoverage", "index", false, 0, 100);
    return new MissingFactors(p, min == null ? 0 : min);
  }

  private Aggregation aggregation(MapNode m, String path) {
    String v = fields.text(m, "aggregation", path, false);
    if (v == null) {
      return null;
    }
    Optional<Aggregation> a = Aggregation.fromId(v);
    if (a.isEmpty()) {
      fields.unknown(
          m.get("aggregation"), path + ".aggregation", "aggregation", v, Aggregation.shortIds());
      return null;
    }
    return a.get();
  }

  private Integer direction(MapNode m, String path) {
    Node n = m.get("direction");
    if (n == null) {
      fields.problem(
          m, path + ".direction", "Missing field 'direction': 1 (more means more exposure) or -1");
      return null;
    }
    Integer d = YamlNumbers.whole(n, -1, 1).orNull();
    if (d != null && d != 0) {
      return d;
    }
    fields.problem(
        n,
        path + ".direction",
        "Invalid direction "
            + n.describe()
            + "; allowed: 1 (more means more exposure) or -1 (more means less)");
    return null;
  }

  private Double weight(MapNode m, String path) {
    return fields.number(m, "weight", path, true, 0, Double.POSITIVE_INFINITY);
  }

  private String id(MapNode m, String key, String path) {
    String v = fields.text(m, key, path, true);
    if (v != null && !v.matches("[a-z][a-z0-9_]*")) {
      fields.problem(
          m.get(key),
          path + "." + key,
          "Invalid id '" + v + "'; use lower_snake_case (letters, digits, _), e.g. kin_share");
      return null;
    }
    return v;
  }

  private String country(String code, Node at, String path) {
    Optional<Country> c = registry.find(code);
    if (c.isEmpty()) {
      List<String> s =
          registry.suggest(code).stream().map(x -> x.iso3() + " (" + x.name() + ")").toList();
      fields.problem(
          at,
          path,
          "Unknown country code '"
              + code
              + "'; use an ISO3 code from the registry"
              + (s.isEmpty() ? "" : "; did you mean " + String.join(" or ", s) + "?"));
      return null;
    }
    return c.get().iso3();
  }

  private List<String> countries(MapNode m, String key, String path) {
    List<String> out = new ArrayList<>();
    Node n = m.get(key);
    if (n == null) {
      return out;
    }
    ListNode l = fields.list(n, path + "." + key);
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      String p = path + "." + key + "[" + i + "]";
      String v = fields.text(l.items().get(i), p);
      if (v != null) {
        String c = country(v, l.items().get(i), p);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }
}
