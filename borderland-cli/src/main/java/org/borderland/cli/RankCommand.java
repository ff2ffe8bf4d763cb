package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.score.Provenance;
import org.borderland.core.score.Scoring;
import org.borderland.core.score.TargetResult;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland rank}: the candidate targets of an aggressor, ranked by exposure. */
@Command(
    name = "rank",
    mixinStandardHelpOptions = true,
    description = {
      "Rank an aggressor's candidate targets by the model's index, as known in a year.",
      "Candidates default to land and sea neighbours and states one land border further."
    })
public final class RankCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;
  @Mixin ScenarioOption scenarioOption;

  @Option(
      names = "--candidates",
      paramLabel = "ISO3,…",
      description = "Score these targets instead.")
  String candidates;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--calibrated",
      description = "Add each target's fitted probability of a dispute within a year (slow).")
  boolean calibrated;

  @Override
  public Integer call() throws Exception {
    Situation sit = Situation.of(options, scenarioOption);
    Engine engine = sit.engine();
    int year = sit.year();
    String aggressor = sit.aggressor();
    Optional<List<String>> given = EngineOptions.codes(candidates);
    CandidateSet set =
        given.isPresent()
            ? engine.candidates(sit.model().model(), aggressor, year, given)
            : sit.scorer().candidates(sit.world());
    Scoring s = sit.scorer().score(sit.world(), set.codes());
    Provenance p = sit.provenance();
    PrintWriter out = spec.commandLine().getOut();
    CalibratedColumn cal = calibrated ? CalibratedColumn.of(sit, set.codes()) : null;
    if (format == Format.json) {
      Map<String, Object> json = json(s, p);
      if (cal != null) {
        cal.addTo(json);
      }
      if (sit.hasScenario()) {
        json.put("scenario", sit.scenarioJson());
      }
      out.println(Json.write(json));
      return ExitCode.OK;
    }
    List<String> head = new ArrayList<>(List.of("rank", "target", "name", "index"));
    for (FactorGroup f : s.model().factors()) {
      head.add(f.id());
    }
    head.add("data");
    if (cal != null) {
      head.add("P(MID) 95%");
    }
    Table t = new Table(head.toArray(String[]::new));
    int missing = 0;
    int imputed = 0;
    int unverified = 0;
    for (TargetResult r : s.results()) {
      List<String> row = new ArrayList<>();
      row.add(r.rank() == null ? "-" : r.rank().toString());
      row.add(r.target());
      row.add(engine.registry().get(r.target()).name());
      row.add(score(r.index()));
      for (FactorGroup f : s.model().factors()) {
        row.add(score(r.factors().get(f.id())));
      }
      int n = s.model().indicators().size();
      row.add(
          r.quality().filled()
              + "/"
              + n
              + (r.quality().unverified() > 0
                  ? " (" + r.quality().unverified() + " unverified)"
                  : ""));
      if (cal != null) {
        row.add(cal.cell(r.target()));
      }
      missing += r.quality().missing();
      imputed += r.quality().imputed();
      unverified += r.quality().unverified();
      t.add(row.toArray(String[]::new));
    }
    if (format == Format.csv) {
      t.printCsv(out);
      return ExitCode.OK;
    }
    out.printf(
        "Exposure of the candidate targets of %s (%s), model: %s; as known by the end of %d. Scores 0-100, higher = more exposed.%n%n",
        engine.registry().get(aggressor).name(), aggressor, s.model().name(), year);
    if (sit.hasScenario()) {
      out.println(sit.scenarioLine());
      out.println();
    }
    t.printAligned(out);
    out.printf(
        "%nData: %d indicator values missing (skipped; the remaining weights rescaled), %d imputed, %d resting on unverified curated facts. `borderland explain --target ISO3` shows why.%n",
        missing, imputed, unverified);
    if (cal != null) {
      out.println(cal.line());
    }
    out.println("Provenance: " + p.line(s.model().id()));
    return ExitCode.OK;
  }

  static String score(Double v) {
    return v == null || v.isNaN() ? "missing" : String.format(Locale.ROOT, "%.1f", v);
  }

  static Map<String, Object> provenance(Provenance p, String modelId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", p.version());
    m.put("panel", p.panelHash());
    m.put("model", modelId + "@" + p.modelHash());
    m.put("year", p.year());
    m.put("seed", p.seed());
    return m;
  }

  static Double num(double v) {
    return Double.isNaN(v) ? null : v;
  }

  static Map<String, Object> json(Scoring s, Provenance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggressor", s.aggressor());
    m.put("year", s.year());
    m.put("model", s.model().id());
    m.put("provenance", provenance(p, s.model().id()));
    List<Map<String, Object>> results = new ArrayList<>();
    for (TargetResult r : s.results()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("target", r.target());
      x.put("index", num(r.index()));
      x.put("rank", r.rank());
      Map<String, Object> f = new LinkedHashMap<>();
      r.factors().forEach((k, v) -> f.put(k, num(v)));
      x.put("factors", f);
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("filled", r.quality().filled());
      q.put("imputed", r.quality().imputed());
      q.put("missing", r.quality().missing());
      q.put("unverified", r.quality().unverified());
      x.put("quality", q);
      results.add(x);
    }
    m.put("results", results);
    return m;
  }
}
