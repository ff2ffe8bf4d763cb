package org.borderland.core.geography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.Model;

/**
 * Which states a path of the aggressor A may pass through, and which join A's region.
 *
 * <p>A path from A's region (A, the states it absorbed, and the allies named here) may pass through
 * any state that existed in the year except those in {@code noTransit} and the members of the
 * {@code rivalAlliances} (from the year their organisation lists first name the alliance), unless
 * the state is in {@code allow}. An alliance A itself belongs to in the year blocks nothing. Any
 * state can be a path's end.
 *
 * @param allies ISO3 of states that join A's region (for paths only), sorted
 * @param noTransit ISO3 of states A would not cross, sorted
 * @param allow ISO3 of states passable despite {@code noTransit} or a rival alliance, sorted
 * @param rivalAlliances names of the alliances whose members block transit, in order
 * @param sea whether sea links count (the Caspian, and COW water contiguity types 2–4)
 * @param allianceKeys per alliance, the {@code member_of} keys that mean membership (e.g. {@code
 *     EU: [EU, EU (new member)]}); an alliance without an entry is keyed by its name
 */
public record TransitRules(
    List<String> allies,
    List<String> noTransit,
    List<String> allow,
    List<String> rivalAlliances,
    boolean sea,
    Map<String, List<String>> allianceKeys) {

  /** The alliance whose members block transit by default. */
  public static final String NATO = "NATO";

  /** Checks the codes and names; sorts the code lists and drops repeats; copies the map. */
  public TransitRules {
    allies = codes(allies, "allies");
    noTransit = codes(noTransit, "noTransit");
    allow = codes(allow, "allow");
    Objects.requireNonNull(rivalAlliances, "rivalAlliances");
    List<String> names = new ArrayList<>();
    for (String a : rivalAlliances) {
      if (a == null || a.isBlank()) {
        throw new IllegalArgumentException("A rival alliance name is empty; name the alliance");
      }
      if (!names.contains(a.strip())) {
        names.add(a.strip());
      }
    }
    rivalAlliances = List.copyOf(names);
    for (String a : allies) {
      if (noTransit.contains(a)) {
        throw new IllegalArgumentException(
            a + " is both an ally (joins the region) and in noTransit; remove it from one");
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    Objects.requireNonNull(allianceKeys, "allianceKeys");
    for (String a : rivalAlliances) {
      List<String> k = allianceKeys.getOrDefault(a, List.of(a));
      if (k.isEmpty()) {
        throw new IllegalArgumentException(
            "The rival alliance '" + a + "' has no member_of key; give at least one");
      }
      keys.put(a, List.copyOf(k));
    }
    allianceKeys = Collections.unmodifiableMap(keys);
  }

  /** Rules whose alliances are keyed by their names. */
  public TransitRules(
      List<String> allies,
      List<String> noTransit,
      List<String> allow,
      List<String> rivalAlliances,
      boolean sea) {
    this(allies, noTransit, allow, rivalAlliances, sea, Map.of());
  }

  private static List<String> codes(Collection<String> codes, String what) {
    Objects.requireNonNull(codes, what);
    TreeSet<String> out = new TreeSet<>();
    for (String c : codes) {
      if (!isCode(c)) {
        throw new IllegalArgumentException(
            "Invalid code '" + c + "' in " + what + "; use ISO3 codes such as KAZ");
      }
      out.add(c);
    }
    return List.copyOf(out);
  }

  /** Three capital letters (no regular expression: rules are made once per aggressor-year). */
  private static boolean isCode(String c) {
    if (c == null || c.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (c.charAt(i) < 'A' || c.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The default rules for {@code aggressor} under {@code model}: no allies, nothing allowed, land
   * only; no transit through the states the model's profile lists in {@code noTransit} (else {@link
   * Candidates#DEFAULT_NO_TRANSIT}, China and Iran) or through NATO members, with NATO's {@code
   * member_of} keys from the profile's {@code rivalBlocs} when it names NATO.
   */
  public static TransitRules defaults(Model model, String aggressor) {
    AggressorProfile p = model.profile(aggressor);
    List<String> noTransit =
        p.noTransit().isEmpty() ? Candidates.DEFAULT_NO_TRANSIT : p.noTransit();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put(NATO, p.rivalBlocs().getOrDefault(NATO, List.of(NATO)));
    return new TransitRules(List.of(), noTransit, List.of(), List.of(NATO), false, keys);
  }

  /** These rules with sea links on or off. */
  public TransitRules withSea(boolean on) {
    return new TransitRules(allies, noTransit, allow, rivalAlliances, on, allianceKeys);
  }

  /** These rules with {@code codes} added to the passable states. */
  public TransitRules withAllowed(Collection<String> codes) {
    List<String> a = new ArrayList<>(allow);
    a.addAll(codes);
    return new TransitRules(allies, noTransit, a, rivalAlliances, sea, allianceKeys);
  }

  /** These rules with {@code codes} as the allies. */
  public TransitRules withAllies(Collection<String> codes) {
    return new TransitRules(
        List.copyOf(codes), noTransit, allow, rivalAlliances, sea, allianceKeys);
  }

  /** These rules with {@code codes} as the states A would not cross. */
  public TransitRules withNoTransit(Collection<String> codes) {
    return new TransitRules(allies, List.copyOf(codes), allow, rivalAlliances, sea, allianceKeys);
  }

  /**
   * These rules with {@code alliances} (name → {@code member_of} keys, in order) as the rival
   * alliances.
   */
  public TransitRules withRivalAlliances(Map<String, List<String>> alliances) {
    return new TransitRules(
        allies, noTransit, allow, List.copyOf(alliances.keySet()), sea, alliances);
  }

  /**
   * The rules in one line, e.g. {@code land graph; no transit through CHN, IRN or NATO members};
   * {@link Shielding#describeRules()} adds the year and drops an alliance the aggressor belongs to.
   */
  public String describe() {
    return describe(rivalAlliances, null);
  }

  /** As {@link #describe()}, with the alliances that block in the year and the year. */
  String describe(List<String> blocking, Integer year) {
    StringBuilder b = new StringBuilder(sea ? "land and sea graph" : "land graph");
    if (year != null) {
      b.append(' ').append(year);
    }
    List<String> blocked = new ArrayList<>();
    for (String c : noTransit) {
      if (!allow.contains(c)) {
        blocked.add(c);
      }
    }
    for (String a : blocking) {
      blocked.add(a + " members");
    }
    b.append("; ");
    if (blocked.isEmpty()) {
      b.append("transit through any state");
    } else {
      b.append("no transit through ");
      for (int i = 0; i < blocked.size(); i++) {
        if (i > 0) {
          b.append(i == blocked.size() - 1 ? " or " : ", ");
        }
        b.append(blocked.get(i));
      }
    }
    if (!allow.isEmpty()) {
      b.append("; passable: ").append(String.join(", ", allow));
    }
    if (!allies.isEmpty()) {
      b.append("; allies in the region: ").append(String.join(", ", allies));
    }
    return b.toString();
  }
}
