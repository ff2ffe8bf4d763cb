package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.borderland.app.common.Situation;
import org.borderland.core.country.Country;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Comparison;
import org.borderland.core.score.Explanation;
import org.borderland.core.score.Provenance;
import org.borderland.core.score.Scoring;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland explain}: why a target scored what it did, factor by factor, to the source. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain one target's index: per factor its score, weight, contribution and rank; per"
          + " indicator its raw value, unit, normalised value, imputed/missing flag and sources.",
      "With --versus, why one target ranks above another, factor by factor.",
      "A target outside the aggressor's default candidates is scored together with them."
    })
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;
  @Mixin ScenarioOption scenarioOption;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3",
      description = "The target to explain.")
  String target;

  @Option(
      names = "--versus",
      paramLabel = "ISO3",
      description = "Compare with this target: the difference in contributions, largest first.")
  String versus;

  @Mixin TableOrJson output;

  @Override
  public Integer call() throws Exception {
    boolean json = output.json();
    Situation sit = options.situation(scenarioOption);
    Engine engine = sit.engine();
    int year = sit.year();
    String aggressor = sit.aggressor();
    String t = existing(engine, target(engine, target, "--target", aggressor), "--target", year);
    List<String> wanted = new ArrayList<>(List.of(t));
    String v = null;
    if (versus != null) {
      v = existing(engine, target(engine, versus, "--versus", aggressor), "--versus", year);
      if (v.equals(t)) {
        throw new IllegalArgumentException(
            "--versus " + v + " is the target itself; compare with another target");
      }
      wanted.add(v);
    }
    Scored scored = score(sit, wanted);
    Provenance p = sit.provenance();
    Explanation e = Explanation.of(scored.scoring(), t, scored.added().contains(t));
    PrintWriter out = spec.commandLine().getOut();
    List<String> notes = notes(engine, scored, aggressor, year);
    if (sit.hasScenario()) {
      notes.add(0, sit.scenarioLine());
    }
    if (v != null) {
      Explanation ev = Explanation.of(scored.scoring(), v, scored.added().contains(v));
      Comparison c = Comparison.of(e, ev);
      if (json) {
        out.println(Json.write(json(c, p, notes)));
      } else {
        printComparison(out, engine, c, p, notes);
      }
      return ExitCode.OK;
    }
    if (json) {
      out.println(Json.write(json(e, p, notes)));
    } else {
      print(out, engine, e, p, notes);
    }
    return ExitCode.OK;
  }

  /** A scoring of the default candidates plus the targets asked for that are not among them. */
  record Scored(Scoring scoring, Set<String> added, int defaults) {}

  /**
   * Scores the aggressor's default candidates in a year, adding the {@code targets} that are not
   * among them (checked as {@code --candidates} would be: existing states, not the aggressor).
   */
  static Scored score(Situation sit, List<String> targets) {
    return score(sit.engine(), sit.model(), sit.scorer(), sit.world(), targets);
  }

  /** As {@link #score(Situation, List)}, for a world scored by {@code scorer}. */
  static Scored score(
      Engine engine,
      Engine.LoadedModel model,
      WorldScorer scorer,
      World world,
      List<String> targets) {
    String aggressor = world.aggressor();
    int year = world.year();
    for (String t : targets) {
      if (world.absorbed().contains(t)) {
        throw new IllegalArgumentException(
            "The scenario absorbs "
                + t
                + " into "
                + aggressor
                + "; it is no longer a target: explain another one");
      }
    }
    CandidateSet defaults = scorer.candidates(world);
    List<String> codes = new ArrayList<>(defaults.codes());
    Set<String> added = new LinkedHashSet<>();
    for (String t : targets) {
      if (!codes.contains(t)) {
        added.add(t);
      }
    }
    if (!added.isEmpty()) {
      List<String> all = new ArrayList<>(codes);
      all.addAll(added);
      codes =
          new ArrayList<>(
              engine.candidates(model.model(), aggressor, year, Optional.of(all)).codes());
    }
    return new Scored(scorer.score(world, codes), added, defaults.codes().size());
  }

  /**
   * A target code, resolved (with suggestions when unknown) and checked not to be the aggressor.
   */
  static String target(Engine engine, String code, String option, String aggressor) {
    Country c = engine.registry().resolve(code, option);
    if (c.iso3().equals(aggressor)) {
      throw new IllegalArgumentException(
          option + " " + c.iso3() + " is the aggressor; give another state");
    }
    if (!c.isState()) {
      throw new IllegalArgumentException(
          option + " " + c.iso3() + " (" + c.name() + ") is a dependent territory, not a state");
    }
    return c.iso3();
  }

  private static String existing(Engine engine, String iso3, String option, int year) {
    Country c = engine.registry().get(iso3);
    if (!c.existsIn(year)) {
      throw new IllegalArgumentException(
          option
              + " "
              + iso3
              + " ("
              + c.name()
              + ") did not exist in "
              + year
              + "; it existed "
              + c.fromYear()
              + "–"
              + (c.toYear() == null ? "" : c.toYear())
              + ". Give a --year in that range");
    }
    return iso3;
  }

  private static List<String> notes(Engine engine, Scored s, String aggressor, int year) {
    List<String> notes = new ArrayList<>();
    for (String a : s.added()) {
      notes.add(
          a
              + " ("
              + engine.registry().get(a).name()
              + ") is not among "
              + engine.registry().get(aggressor).name()
              + "'s "
              + s.defaults()
              + " default candidates in "
              + year
              + "; it was scored together with them, which can also shift the ranges every score is"
              + " normalised over");
    }
    return notes;
  }

  // ---- table ----

  private static void print(
      PrintWriter out, Engine engine, Explanation e, Provenance p, List<String> notes) {
    out.printf(
        "Why %s (%s) scores %s for %s (%s), as known by the end of %d (model %s: %s).%n",
        engine.registry().get(e.target()).name(),
        e.target(),
        RankCommand.score(e.index()),
        engine.registry().get(e.aggressor()).name(),
        e.aggressor(),
        e.year(),
        e.modelId(),
        e.modelName());
    out.printf(
        "Rank %s of %d targets scored. Factor scores 0-100; %s%n",
        e.rank() == null ? "-" : e.rank(), e.targets(), contributionSentence(e.aggregation()));
    for (String n : notes) {
      out.println("Note: " + n + ".");
    }
    out.println();
    Table f = new Table("factor", "name", "score", "rank", "weight", "contribution");
    for (Explanation.Factor x : e.factors()) {
      f.add(
          x.id(),
          x.name(),
          RankCommand.score(x.score()),
          x.rank() == null ? "-" : x.rank() + "/" + e.targets(),
          percent(x.weight()),
          x.present() ? contribution(x.contribution()) : "missing");
    }
    f.add(
        "index",
        "",
        RankCommand.score(e.index()),
        e.rank() == null ? "-" : e.rank() + "/" + e.targets(),
        "100%",
        contribution(e.contributionTotal()));
    f.printAligned(out);
    out.println();
    out.println(
        "Indicators: raw value with unit, the transformed and treated value where the model"
            + " changes it, the normalised value (0-100) and weight within the factor, and the"
            + " sources (dataset, edition, field, year described, country).");
    out.println();
    Table t =
        new Table(
            "indicator", "raw", "transformed", "normalised", "weight", "data", "source / note");
    for (Explanation.Factor x : e.factors()) {
      t.add(x.id(), "", "", "", "", "", "");
      for (Explanation.Indicator i : x.indicators()) {
        List<String> src = sourceLines(i);
        t.add(
            "  " + i.id(),
            i.raw() == null ? "-" : number(i.raw()) + unitSuffix(i.unit()),
            transformedCell(i),
            Double.isNaN(i.normalised()) ? "-" : RankCommand.score(i.normalised()),
            percent(i.weight()),
            dataCell(i),
            src.isEmpty() ? "" : src.get(0));
        for (int k = 1; k < src.size(); k++) {
          t.add("", "", "", "", "", "", src.get(k));
        }
      }
    }
    t.printAligned(out);
    out.println();
    out.println(dataLine(e));
    out.println("Provenance: " + p.line(e.modelId()));
  }

  private static String contributionSentence(Aggregation m) {
    return switch (m) {
      case ARITHMETIC_MEAN ->
          "contribution = weight x score (weights rescaled over the factors present); the"
              + " contributions add up to the index.";
      case GEOMETRIC_MEAN ->
          "contribution = weight x ln(score); the contributions add up to ln(index).";
      case HARMONIC_MEAN ->
          "contribution = weight / score; the contributions add up to 1/index (a larger term"
              + " lowers the index).";
    };
  }

  private static String transformedCell(Explanation.Indicator i) {
    StringBuilder b = new StringBuilder();
    if (i.transform() != null) {
      b.append(i.transform())
          .append(" = ")
          .append(Double.isNaN(i.transformed()) ? "-" : number(i.transformed()));
    }
    if (!i.treatment().isEmpty()) {
      b.append(b.length() > 0 ? "; " : "")
          .append(i.treatment())
          .append(" -> ")
          .append(Double.isNaN(i.treated()) ? "-" : number(i.treated()));
    }
    return b.toString();
  }

  private static String dataCell(Explanation.Indicator i) {
    String s =
        switch (i.status()) {
          case FILLED -> "filled";
          case IMPUTED -> "IMPUTED";
          case MISSING -> "MISSING";
        };
    if (i.revised()) {
      s += ", revised";
    }
    if (i.unverified()) {
      s += ", unverified";
    }
    return s;
  }

  private static List<String> sourceLines(Explanation.Indicator i) {
    List<String> out = new ArrayList<>();
    for (Explanation.SourceRef r : i.sources()) {
      out.add(source(r));
    }
    if (i.status() == Explanation.Status.FILLED && i.sources().isEmpty()) {
      out.add("no row cited (a count of zero); searched " + i.searched());
    }
    if (i.status() != Explanation.Status.FILLED && !i.note().isBlank()) {
      out.add(0, i.status().name().toLowerCase(Locale.ROOT) + ": " + i.note());
    } else if (!i.note().isBlank()) {
      out.add("note: " + i.note());
    }
    return out;
  }

  static String source(Explanation.SourceRef r) {
    StringBuilder b = new StringBuilder();
    b.append(r.dataset()).append(' ').append(r.edition());
    b.append(", ").append(r.field());
    if (!r.key().isEmpty()) {
      b.append(" '").append(r.key()).append('\'');
    }
    if (r.value() != null) {
      b.append(" = ").append(number(r.value())).append(unitSuffix(r.unit()));
    }
    if (r.refYear() != null) {
      b.append(" (").append(r.refYear()).append(')');
    }
    b.append(", ").append(r.country());
    if (!r.asKnown()) {
      b.append(", revised history");
    }
    return b.toString();
  }

  private static String dataLine(Explanation e) {
    List<Explanation.Indicator> missing = e.withStatus(Explanation.Status.MISSING);
    List<Explanation.Indicator> imputed = e.withStatus(Explanation.Status.IMPUTED);
    int n = e.indicators().size();
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Data: %d of %d indicators filled, %d imputed, %d missing",
                n - missing.size() - imputed.size(),
                n,
                imputed.size(),
                missing.size()));
    if (!missing.isEmpty()) {
      b.append(" (skipped; the remaining weights rescaled): ")
          .append(String.join(", ", missing.stream().map(Explanation.Indicator::id).toList()));
    }
    if (!imputed.isEmpty()) {
      b.append("; imputed: ")
          .append(String.join(", ", imputed.stream().map(Explanation.Indicator::id).toList()));
    }
    if (e.quality().unverified() > 0) {
      b.append("; ")
          .append(e.quality().unverified())
          .append(" resting on unverified curated facts");
    }
    long revised = e.indicators().stream().filter(Explanation.Indicator::revised).count();
    if (revised > 0) {
      b.append("; ").append(revised).append(" from datasets with revised history");
    }
    return b.append('.').toString();
  }

  private static void printComparison(
      PrintWriter out, Engine engine, Comparison c, Provenance p, List<String> notes) {
    Explanation a = c.first();
    Explanation b = c.second();
    boolean above = c.gap() >= 0;
    out.printf(
        "Why %s (%s: %s, rank %s) ranks %s %s (%s: %s, rank %s) for %s, as known by the end of %d"
            + " (model %s).%n",
        engine.registry().get(a.target()).name(),
        a.target(),
        RankCommand.score(a.index()),
        a.rank() == null ? "-" : a.rank(),
        above ? "above" : "below",
        engine.registry().get(b.target()).name(),
        b.target(),
        RankCommand.score(b.index()),
        b.rank() == null ? "-" : b.rank(),
        engine.registry().get(a.aggressor()).name(),
        a.year(),
        a.modelId());
    out.printf(
        "Differences in contribution to %s, largest first; positive puts %s higher. They add up"
            + " to %s.%n",
        Explanation.scale(a.aggregation()), a.target(), signed(c.gap()));
    for (String n : notes) {
      out.println("Note: " + n + ".");
    }
    out.println();
    Table t =
        new Table(
            "factor",
            a.target() + " score",
            b.target() + " score",
            a.target() + " contribution",
            b.target() + " contribution",
            "difference");
    for (Comparison.Difference d : c.differences()) {
      t.add(
          d.factor(),
          RankCommand.score(d.firstScore()),
          RankCommand.score(d.secondScore()),
          Double.isNaN(d.firstContribution()) ? "missing" : contribution(d.firstContribution()),
          Double.isNaN(d.secondContribution()) ? "missing" : contribution(d.secondContribution()),
          signed(d.difference()));
    }
    t.add(
        "index",
        RankCommand.score(a.index()),
        RankCommand.score(b.index()),
        contribution(a.contributionTotal()),
        contribution(b.contributionTotal()),
        signed(c.total()));
    t.printAligned(out);
    out.println();
    out.printf(
        Locale.ROOT,
        "Data: %s has %d of %d indicators filled (%d imputed, %d missing); %s %d of %d (%d imputed,"
            + " %d missing). A missing factor contributes nothing and the other weights are"
            + " rescaled. `borderland explain --target ISO3` shows each one's sources.%n",
        a.target(),
        a.quality().filled(),
        a.indicators().size(),
        a.quality().imputed(),
        a.quality().missing(),
        b.target(),
        b.quality().filled(),
        b.indicators().size(),
        b.quality().imputed(),
        b.quality().missing());
    out.println("Provenance: " + p.line(a.modelId()));
  }

  // ---- JSON ----

  private static Map<String, Object> json(Explanation e, Provenance p, List<String> notes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggressor", e.aggressor());
    m.put("target", e.target());
    m.put("year", e.year());
    m.put("model", e.modelId());
    m.put("provenance", org.borderland.app.common.ProvenanceView.of(p, e.modelId()));
    m.put("index", org.borderland.app.common.Numbers.orNull(e.index()));
    m.put("rank", e.rank());
    m.put("targets", e.targets());
    m.put("candidate", !e.added());
    m.put("aggregation", e.aggregation().shortId());
    m.put("contributionsAddUpTo", Explanation.scale(e.aggregation()));
    m.put("notes", notes);
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("filled", e.quality().filled());
    q.put("imputed", e.quality().imputed());
    q.put("missing", e.quality().missing());
    q.put("unverified", e.quality().unverified());
    m.put("quality", q);
    List<Map<String, Object>> factors = new ArrayList<>();
    for (Explanation.Factor f : e.factors()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", f.id());
      x.put("name", f.name());
      x.put("score", org.borderland.app.common.Numbers.orNull(f.score()));
      x.put("weight", org.borderland.app.common.Numbers.orNull(f.weight()));
      x.put("contribution", org.borderland.app.common.Numbers.orNull(f.contribution()));
      x.put("rank", f.rank());
      List<Map<String, Object>> inds = new ArrayList<>();
      for (Explanation.Indicator i : f.indicators()) {
        inds.add(json(i));
      }
      x.put("indicators", inds);
      factors.add(x);
    }
    m.put("factors", factors);
    return m;
  }

  private static Map<String, Object> json(Explanation.Indicator i) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", i.id());
    x.put("name", i.name());
    x.put("raw", i.raw());
    x.put("unit", i.unit());
    x.put("transform", i.transform());
    x.put("transformed", org.borderland.app.common.Numbers.orNull(i.transformed()));
    x.put("treatment", i.treatment().isEmpty() ? null : i.treatment());
    x.put("treated", org.borderland.app.common.Numbers.orNull(i.treated()));
    x.put("normalised", org.borderland.app.common.Numbers.orNull(i.normalised()));
    x.put("weight", org.borderland.app.common.Numbers.orNull(i.weight()));
    x.put("imputed", i.status() == Explanation.Status.IMPUTED);
    x.put("missing", i.status() == Explanation.Status.MISSING);
    x.put("note", i.note());
    x.put("revised", i.revised());
    x.put("unverified", i.unverified());
    x.put("source", i.primary() == null ? null : json(i.primary()));
    List<Map<String, Object>> all = new ArrayList<>();
    for (Explanation.SourceRef r : i.sources()) {
      all.add(json(r));
    }
    x.put("sources", all);
    x.put("searched", i.searched());
    return x;
  }

  private static Map<String, Object> json(Explanation.SourceRef r) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("dataset", r.dataset());
    s.put("edition", r.edition());
    s.put("field", r.field());
    s.put("editionLabel", r.editionLabel());
    s.put("refYear", r.refYear());
    s.put("country", r.country());
    s.put("indicator", r.indicator());
    s.put("key", r.key());
    s.put("value", r.value());
    s.put("unit", r.unit());
    s.put("asKnown", r.asKnown());
    return s;
  }

  private static Map<String, Object> json(Comparison c, Provenance p, List<String> notes) {
    Explanation a = c.first();
    Explanation b = c.second();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggressor", a.aggressor());
    m.put("target", a.target());
    m.put("versus", b.target());
    m.put("year", a.year());
    m.put("model", a.modelId());
    m.put("provenance", org.borderland.app.common.ProvenanceView.of(p, a.modelId()));
    m.put("index", org.borderland.app.common.Numbers.orNull(a.index()));
    m.put("rank", a.rank());
    m.put("versusIndex", org.borderland.app.common.Numbers.orNull(b.index()));
    m.put("versusRank", b.rank());
    m.put("aggregation", a.aggregation().shortId());
    m.put("differencesAddUpTo", Explanation.scale(a.aggregation()));
    m.put("gap", org.borderland.app.common.Numbers.orNull(c.gap()));
    m.put("notes", notes);
    List<Map<String, Object>> ds = new ArrayList<>();
    for (Comparison.Difference d : c.differences()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", d.factor());
      x.put("name", d.name());
      x.put("score", org.borderland.app.common.Numbers.orNull(d.firstScore()));
      x.put("versusScore", org.borderland.app.common.Numbers.orNull(d.secondScore()));
      x.put("contribution", org.borderland.app.common.Numbers.orNull(d.firstContribution()));
      x.put("versusContribution", org.borderland.app.common.Numbers.orNull(d.secondContribution()));
      x.put("difference", org.borderland.app.common.Numbers.orNull(d.difference()));
      ds.add(x);
    }
    m.put("differences", ds);
    return m;
  }

  // ---- numbers ----

  /** A number for people: thousands grouped, up to 3 significant decimals below 1. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    String s =
        a >= 1 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.3g", v);
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  private static String unitSuffix(String unit) {
    if (unit == null || unit.isEmpty()) {
      return "";
    }
    return unit.equals("%") ? "%" : " " + unit;
  }

  static String percent(double w) {
    return Double.isNaN(w) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * w);
  }

  static String contribution(double c) {
    return Double.isNaN(c) ? "-" : String.format(Locale.ROOT, "%.2f", c);
  }

  static String signed(double c) {
    return Double.isNaN(c) ? "-" : String.format(Locale.ROOT, "%+.2f", c);
  }
}
