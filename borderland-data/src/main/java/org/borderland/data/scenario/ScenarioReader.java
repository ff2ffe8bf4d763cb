package org.borderland.data.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderland.core.scenario.Origin;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.Scenario.Absorption;
import org.borderland.core.scenario.Scenario.MembershipChange;
import org.borderland.core.scenario.Scenario.ModelChange;
import org.borderland.core.scenario.Scenario.TransitChange;
import org.borderland.core.scenario.Scenario.ValueOverride;
import org.borderland.core.scenario.Scenario.WeightChange;
import org.borderland.data.yaml.SizeLimit;
import org.borderland.data.yaml.YamlException;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlTree;
import org.borderland.data.yaml.YamlTree.ListNode;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;

/**
 * Reads a scenario file. The shape is checked here (fields, types, ranges a file can check on its
 * own: a weight ≥ 0, a year, a code's form); what needs the panel (does the state exist, can it be
 * reached, is the value in the indicator's range) is checked when the scenario is applied, with the
 * same file and line. Every problem of a file is reported in one run.
 */
public final class ScenarioReader {
  static final List<String> TOP_KEYS =
      List.of("scenario", "absorb", "set", "membership", "transit", "model", "weights");
  static final List<String> HEAD_KEYS = List.of("id", "name", "description", "aggressor", "year");
  static final List<String> SET_KEYS = List.of("country", "indicator", "value", "note");
  static final List<String> MEMBERSHIP_KEYS = List.of("country", "join", "leave");
  static final List<String> TRANSIT_KEYS =
      List.of("allies", "noTransit", "allow", "rivalAlliances", "sea");

  /** The largest scenario read: 1 MiB (the shipped ones are about 1 KB). */
  public static final SizeLimit SIZE_LIMIT = new SizeLimit(SizeLimit.MIB, "a scenario file");

  /** The earliest knowledge year a scenario may name: the panel's first Factbook edition. */
  public static final int FIRST_YEAR = 1990;

  private static final String EMPTY =
      "The scenario file is empty; it needs at least a `scenario:` heading and one change"
          + " (absorb, set, membership, transit, model or weights); see docs/scenarios.md";

  private ScenarioReader() {}

  /**
   * Reads a scenario file of at most {@link #SIZE_LIMIT}.
   *
   * @throws ScenarioFileException listing every problem with its line and field
   */
  public static Scenario read(Path file) throws ScenarioFileException {
    Node root;
    try {
      root =
          YamlTree.read(
              file, SIZE_LIMIT, "No scenario file at " + file + "; check the path", EMPTY);
    } catch (YamlException e) {
      throw new ScenarioFileException(List.of(e.problem()));
    }
    return parse(root, file);
  }

  /**
   * Reads a scenario held in memory (e.g. a request body, YAML or JSON, UTF-8), refused by its size
   * before parsing when over {@link #SIZE_LIMIT}; {@code name} stands for the file in messages,
   * e.g. {@code request body line 3, column 9, field scenario.year: …}.
   *
   * @throws ScenarioFileException listing every problem with its line and field
   */
  public static Scenario read(byte[] body, String name) throws ScenarioFileException {
    Path at = Path.of(name);
    Node root;
    try {
      root = YamlTree.read(body, at, SIZE_LIMIT, EMPTY);
    } catch (YamlException e) {
      throw new ScenarioFileException(List.of(e.problem()));
    }
    return parse(root, at);
  }

  /**
   * Reads a scenario held in a string, as {@link #read(byte[], String)} reads its UTF-8 bytes.
   *
   * @throws ScenarioFileException listing every problem with its line and field
   */
  public static Scenario read(String text, String name) throws ScenarioFileException {
    return read(text.getBytes(StandardCharsets.UTF_8), name);
  }

  /** The latest knowledge year a scenario may name: this year. */
  public static int lastYear() {
    return Year.now().getValue();
  }

  private static Scenario parse(Node root, Path file) throws ScenarioFileException {
    YamlFields f = new YamlFields(file);
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String fileName = file.toString();
    MapNode top = f.map(root, "(top)");
    if (top == null) {
      throw new ScenarioFileException(f.problems());
    }
    f.onlyKeys(top, TOP_KEYS, "");
    String id = name.replaceFirst("\\.ya?ml$", "");
    String title = id;
    String description = "";
    String aggressor = null;
    Integer year = null;
    Node headNode = top.get("scenario");
    if (headNode == null) {
      f.problem(
          top,
          "scenario",
          "Missing field 'scenario' (a mapping with id, name, description, and optionally"
              + " aggressor and year)");
    } else {
      MapNode head = f.map(headNode, "scenario");
      if (head != null) {
        f.onlyKeys(head, HEAD_KEYS, "scenario");
        String i = f.text(head, "id", "scenario", false);
        id = i != null ? i : id;
        String n = f.text(head, "name", "scenario", true);
        title = n != null ? n : title;
        String d =
            head.get("description") == null ? null : f.text(head, "description", "scenario", false);
        description = d == null ? "" : d;
        aggressor = code(f, head, "aggressor", "scenario");
        year = f.integer(head, "year", "scenario", false, FIRST_YEAR, lastYear());
      }
    }
    List<Absorption> absorb = new ArrayList<>();
    Node an = top.get("absorb");
    if (an != null) {
      ListNode l = f.list(an, "absorb");
      if (l != null) {
        for (int i = 0; i < l.items().size(); i++) {
          Node item = l.items().get(i);
          String c = code(f, item, "absorb[" + i + "]");
          if (c != null) {
            absorb.add(new Absorption(c, origin(fileName, item)));
          }
        }
      }
    }
    List<ValueOverride> values = new ArrayList<>();
    Node sn = top.get("set");
    if (sn != null) {
      ListNode l = f.list(sn, "set");
      if (l != null) {
        for (int i = 0; i < l.items().size(); i++) {
          String path = "set[" + i + "]";
          MapNode m = f.map(l.items().get(i), path);
          if (m == null) {
            continue;
          }
          f.onlyKeys(m, SET_KEYS, path);
          String c = code(f, m, "country", path);
          String ind = f.text(m, "indicator", path, true);
          Double v = f.number(m, "value", path, true);
          String note = m.get("note") == null ? "" : f.text(m, "note", path, false);
          if (c != null && ind != null && v != null) {
            values.add(new ValueOverride(c, ind, v, note, origin(fileName, m)));
          }
        }
      }
    }
    List<MembershipChange> memberships = new ArrayList<>();
    Node mn = top.get("membership");
    if (mn != null) {
      ListNode l = f.list(mn, "membership");
      if (l != null) {
        for (int i = 0; i < l.items().size(); i++) {
          String path = "membership[" + i + "]";
          MapNode m = f.map(l.items().get(i), path);
          if (m == null) {
            continue;
          }
          f.onlyKeys(m, MEMBERSHIP_KEYS, path);
          String c = code(f, m, "country", path);
          if (m.get("join") == null && m.get("leave") == null) {
            f.problem(m, path, "Give join: [BLOC, …] or leave: [BLOC, …] (or both)");
          }
          for (String key : List.of("join", "leave")) {
            for (String bloc : f.strings(m, key, path)) {
              if (c != null) {
                memberships.add(
                    new MembershipChange(
                        c, bloc, key.equals("join"), origin(fileName, m.get(key))));
              }
            }
          }
        }
      }
    }
    TransitChange transit = null;
    Node tn = top.get("transit");
    if (tn != null) {
      MapNode m = f.map(tn, "transit");
      if (m != null) {
        f.onlyKeys(m, TRANSIT_KEYS, "transit");
        transit =
            new TransitChange(
                codes(f, m, "allies", "transit"),
                codes(f, m, "noTransit", "transit"),
                codes(f, m, "allow", "transit"),
                m.get("rivalAlliances") == null ? null : f.strings(m, "rivalAlliances", "transit"),
                f.bool(m, "sea", "transit"),
                origin(fileName, m));
      }
    }
    ModelChange model = null;
    if (top.get("model") != null) {
      String mdl = f.text(top, "model", "", false);
      if (mdl != null) {
        model = new ModelChange(mdl, origin(fileName, top.get("model")));
      }
    }
    List<WeightChange> weights = new ArrayList<>();
    Node wn = top.get("weights");
    if (wn != null) {
      MapNode m = f.map(wn, "weights");
      if (m != null) {
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
          Double w = f.number(m, e.getKey(), "weights", true, 0, Double.POSITIVE_INFINITY);
          if (w != null) {
            weights.add(new WeightChange(e.getKey(), w, origin(fileName, e.getValue())));
          }
        }
      }
    }
    if (f.count() > 0) {
      throw new ScenarioFileException(f.problems());
    }
    Scenario s =
        new Scenario(
            id,
            title,
            description,
            new Origin(fileName, 0),
            aggressor,
            year,
            absorb,
            values,
            memberships,
            transit,
            model,
            weights);
    if (s.isEmpty()) {
      f.problem(
          top,
          "(top)",
          "The scenario changes nothing; add absorb, set, membership, transit, model or weights");
      throw new ScenarioFileException(f.problems());
    }
    return s;
  }

  private static Origin origin(String file, Node n) {
    return new Origin(file, n.line());
  }

  /** A country code under {@code key}: letters and digits, upper-cased; null when absent or bad. */
  private static String code(YamlFields f, MapNode m, String key, String path) {
    Node n = m.get(key);
    if (n == null) {
      if (!key.equals("aggressor")) {
        f.problem(m, YamlFields.field(path, key), "Missing field '" + key + "' (an ISO3 code)");
      }
      return null;
    }
    return code(f, n, YamlFields.field(path, key));
  }

  private static String code(YamlFields f, Node n, String field) {
    String t = f.text(n, field);
    if (t == null) {
      return null;
    }
    if (!t.matches("[A-Za-z]{3}")) {
      f.problem(n, field, "Expected a three-letter country code (ISO3, e.g. KAZ), not '" + t + "'");
      return null;
    }
    return t.toUpperCase(java.util.Locale.ROOT);
  }

  private static List<String> codes(YamlFields f, MapNode m, String key, String path) {
    Node n = m.get(key);
    if (n == null) {
      return null;
    }
    ListNode l = f.list(n, YamlFields.field(path, key));
    List<String> out = new ArrayList<>();
    if (l == null) {
      return out;
    }
    for (int i = 0; i < l.items().size(); i++) {
      String c = code(f, l.items().get(i), YamlFields.field(path, key) + "[" + i + "]");
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
