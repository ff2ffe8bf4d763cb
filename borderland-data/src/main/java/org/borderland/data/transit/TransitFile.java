package org.borderland.data.transit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.TransitRules;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.Model;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;

/**
 * Reads a transit-rules file (YAML) on top of an aggressor's default rules. Every key is optional;
 * a key present replaces the default:
 *
 * <pre>
 * allies: [BLR]              # join the aggressor's region (for paths only)
 * noTransit: [CHN, IRN]      # states the aggressor would not cross
 * allow: [CHN]               # passable despite noTransit or a rival alliance
 * rivalAlliances: [NATO]     # alliances whose members block transit (from their accession)
 * sea: true                  # count the Caspian and COW water contiguity (types 2–4)
 * </pre>
 *
 * Codes are ISO3 codes of the registry (any case). An alliance is one the model names in some
 * aggressor's {@code blocs} or {@code rivalBlocs} (its {@code member_of} keys come from there), or
 * NATO. Every problem is reported with its file, line, column and field, what is allowed and, for a
 * near miss, a "did you mean". {@code docs/geography.md} describes the rules.
 */
public final class TransitFile {
  /** The keys a transit file may hold. */
  public static final List<String> KEYS =
      List.of("allies", "noTransit", "allow", "rivalAlliances", "sea");

  /** The largest transit file read: 1 MiB (the shipped one is about 1 KB). */
  public static final SizeLimit SIZE_LIMIT = new SizeLimit(SizeLimit.MIB, "a transit file");

  private TransitFile() {}

  /**
   * Reads {@code file} over {@code base} (typically {@link TransitRules#defaults}).
   *
   * @param model the model whose blocs name the alliances
   * @param aggressor the aggressor whose profile's keys come first for an alliance
   * @throws TransitFileException naming the file, line, field and what is allowed
   */
  public static TransitRules read(
      Path file, TransitRules base, Model model, String aggressor, CountryRegistry registry)
      throws TransitFileException {
    Node root;
    try {
      root =
          YamlTree.read(
              file,
              SIZE_LIMIT,
              "No transit file at " + file + "; give the path of a YAML file",
              "The transit file is empty; give at least one of " + String.join(", ", KEYS));
    } catch (YamlException e) {
      throw new TransitFileException(List.of(e.problem()));
    }
    YamlFields fields = new YamlFields(file);
    MapNode m = fields.map(root, "");
    if (m == null) {
      throw new TransitFileException(fields.problems());
    }
    fields.onlyKeys(m, KEYS, "");
    List<String> allies =
        m.get("allies") != null ? codes(fields, m, "allies", registry) : base.allies();
    List<String> noTransit =
        m.get("noTransit") != null ? codes(fields, m, "noTransit", registry) : base.noTransit();
    List<String> allow =
        m.get("allow") != null ? codes(fields, m, "allow", registry) : base.allow();
    Map<String, List<String>> alliances =
        m.get("rivalAlliances") != null
            ? alliances(fields, m, model, aggressor)
            : base.allianceKeys();
    Boolean sea = fields.bool(m, "sea", "");
    for (String a : allies) {
      if (noTransit.contains(a)) {
        fields.problem(
            m.key(m.get("allies") != null ? "allies" : "noTransit"),
            m.get("allies") != null ? "allies" : "noTransit",
            a
                + " is both an ally (it joins the region) and in noTransit"
                + (m.get("noTransit") == null ? " (by default)" : "")
                + "; remove it from one of the two lists");
      }
    }
    if (!fields.problems().isEmpty()) {
      throw new TransitFileException(fields.problems());
    }
    return new TransitRules(
        allies,
        noTransit,
        allow,
        List.copyOf(alliances.keySet()),
        sea != null ? sea : base.sea(),
        alliances);
  }

  private static List<String> codes(
      YamlFields fields, MapNode m, String key, CountryRegistry registry) {
    List<String> out = new ArrayList<>();
    ListNode l = fields.list(m.get(key), key);
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      Node n = l.items().get(i);
      String field = key + "[" + i + "]";
      String v = fields.text(n, field);
      if (v == null) {
        continue;
      }
      Optional<Country> c = registry.find(v.toUpperCase(Locale.ROOT));
      if (c.isEmpty()) {
        List<String> s =
            registry.suggest(v).stream().map(x -> x.iso3() + " (" + x.name() + ")").toList();
        fields.problem(
            n,
            field,
            "Unknown country code '"
                + v
                + "'; use an ISO3 code from the registry (`borderland data countries`)"
                + (s.isEmpty() ? "" : "; did you mean " + String.join(" or ", s) + "?"));
      } else if (!c.get().isState()) {
        fields.problem(
            n,
            field,
            c.get().iso3()
                + " ("
                + c.get().name()
                + ") is a dependent territory, not a state; only states are in the border graph");
      } else {
        out.add(c.get().iso3());
      }
    }
    return out;
  }

  /** The alliances listed, each with its member_of keys from the model. */
  private static Map<String, List<String>> alliances(
      YamlFields fields, MapNode m, Model model, String aggressor) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    List<AggressorProfile> profiles = new ArrayList<>();
    profiles.add(model.profile(aggressor)); // the aggressor's own keys win
    profiles.addAll(model.aggressors().values());
    for (AggressorProfile p : profiles) {
      p.rivalBlocs().forEach(known::putIfAbsent);
      p.blocs().forEach(known::putIfAbsent);
    }
    known.putIfAbsent(TransitRules.NATO, List.of(TransitRules.NATO));
    Map<String, List<String>> out = new LinkedHashMap<>();
    ListNode l = fields.list(m.get("rivalAlliances"), "rivalAlliances");
    if (l == null) {
      return out;
    }
    Set<String> allowed = new TreeSet<>(known.keySet()); // sorted: the message does not vary
    for (int i = 0; i < l.items().size(); i++) {
      Node n = l.items().get(i);
      String field = "rivalAlliances[" + i + "]";
      String v = fields.text(n, field);
      if (v == null) {
        continue;
      }
      if (!known.containsKey(v)) {
        fields.unknown(n, field, "alliance", v, allowed);
        continue;
      }
      out.put(v, known.get(v));
    }
    return out;
  }
}
