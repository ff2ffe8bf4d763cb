package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.borderland.core.country.Country;
import org.borderland.core.model.Model;
import org.borderland.core.score.Scorer;
import org.borderland.core.score.TargetResult;
import org.borderland.core.validation.Case;
import org.borderland.core.validation.CaseBacktest;
import org.borderland.core.validation.CaseBacktest.CaseResult;
import org.borderland.core.validation.ModelVariants;
import org.borderland.data.cases.CasesReader;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code borderland backtest}: for each past act of aggression in the cases file, where the state
 * actually attacked stood among the candidates ranked on what was known before.
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the aggressor's candidates as known before each past act of aggression in the cases",
      "file, and show where the state actually attacked stood. By default only what was published",
      "at the time is used (Factbook editions, curated facts known by then)."
    })
public final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Option(
      names = "--curated",
      paramLabel = "DIR",
      description = "Curated facts directory (default: the project's curated/).")
  Path curatedDir;

  @Option(
      names = "--model",
      defaultValue = "essay",
      paramLabel = "NAME|FILE",
      description = "Model: essay, extended, or a model file (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--aggressor",
      defaultValue = "RUS",
      paramLabel = "ISO3",
      description = "The aggressor (default: ${DEFAULT-VALUE}).")
  String aggressor;

  @Option(
      names = "--cases",
      paramLabel = "FILE",
      description = "Cases file (default: cases/<aggressor's name>.yaml, e.g. cases/russia.yaml).")
  Path casesFile;

  @Option(
      names = "--allow-revised",
      description =
          "Also use datasets released once with revised history (COW, World Bank, SIPRI, UN), as"
              + " the model file allows: hindsight, and the output says so.")
  boolean allowRevised;

  @Mixin TableOrJson output;

  @Override
  public Integer call() throws Exception {
    boolean json = output.json();
    Engine engine = panelOption.app(curatedDir).engine();
    Country a = engine.registry().resolve(aggressor, "--aggressor");
    Path file = casesFile != null ? casesFile : CasesReader.defaultFile(a.name());
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "No cases file for "
              + a.iso3()
              + " at "
              + file
              + "; write one (see cases/russia.yaml) and pass --cases FILE");
    }
    List<Case> cases = new ArrayList<>();
    for (Case c : CasesReader.read(file, engine.registry())) {
      if (c.aggressor().equals(a.iso3())) {
        cases.add(c);
      }
    }
    if (cases.isEmpty()) {
      throw new IllegalArgumentException(
          file + " has no case with aggressor " + a.iso3() + "; add one or pass --cases FILE");
    }
    Engine.LoadedModel loaded = engine.model(model);
    Model used = allowRevised ? loaded.model() : ModelVariants.asKnown(loaded.model());
    Scorer scorer = engine.scorer(used);
    int[] span = engine.years();
    CaseBacktest.Ranker ranker =
        (agg, year) -> {
          if (year < span[0] || year > span[1]) {
            throw new IllegalArgumentException(
                "the knowledge year "
                    + year
                    + " is outside the panel's "
                    + span[0]
                    + "-"
                    + span[1]);
          }
          if (!engine.registry().get(agg).existsIn(year)) {
            throw new IllegalArgumentException(agg + " did not exist in " + year);
          }
          List<String> codes = engine.candidates(used, agg, year, Optional.empty()).codes();
          return scorer.ranking(agg, year, codes);
        };
    List<CaseResult> results = CaseBacktest.run(cases, used, ranker);
    CaseBacktest.Summary summary = CaseBacktest.summary(results);
    List<String> revised = ModelVariants.revisedIndicators(loaded.model());
    List<String> revisedOnly = ModelVariants.revisedOnlyIndicators(loaded.model());
    String casesHash = Engine.shortHash(Files.readAllBytes(file));
    Map<String, Object> provenance =
        org.borderland.app.common.ProvenanceView.of(
                engine.provenance(loaded, span[1], null), loaded.model().id())
            .asMap();
    provenance.put("year", null);
    provenance.put("cases", file.getFileName() + "@" + casesHash);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(json(a.iso3(), loaded, provenance, results, summary, revised)));
      return ExitCode.OK;
    }
    out.printf(
        Locale.ROOT,
        "Backtest of model %s for %s (%s): each case ranked on what was known at the end of its"
            + " knowledge year, among the default candidates then. Weights are the model file's,"
            + " never fitted to these cases.%n",
        loaded.model().id(),
        a.name(),
        a.iso3());
    out.println(dataLine(revised, revisedOnly) + "\n");
    Table t =
        new Table("case", "act", "known", "target", "rank", "of", "index", "top five", "drivers");
    for (CaseResult r : results) {
      Case c = r.backtestCase();
      List<String> top = new ArrayList<>();
      for (TargetResult x : r.top()) {
        top.add(x.target());
      }
      List<String> drivers = new ArrayList<>();
      for (CaseBacktest.Driver d : r.drivers()) {
        drivers.add(String.format(Locale.ROOT, "%s %.0f (#%d)", d.factor(), d.score(), d.rank()));
      }
      t.add(
          c.id() + (r.reason().isEmpty() ? "" : " *"),
          c.date().toString(),
          Integer.toString(c.knowledgeYear()),
          c.target(),
          r.rank() == null ? "-" : r.rank().toString(),
          r.candidates() == 0 ? "-" : Integer.toString(r.candidates()),
          r.index() == null ? "-" : String.format(Locale.ROOT, "%.1f", r.index()),
          String.join(" ", top),
          String.join(", ", drivers));
    }
    t.printAligned(out);
    out.println();
    out.printf(
        Locale.ROOT,
        "Summary over %d case(s) known before the act: mean rank of the actual target %s, ranked"
            + " first %d, in the top three %d.%n",
        summary.scored(),
        summary.meanRank() == null ? "-" : String.format(Locale.ROOT, "%.2f", summary.meanRank()),
        summary.top1(),
        summary.top3());
    out.println(
        "Drivers: the target's three largest factor contributions, its score on each (0-100) and"
            + " its rank on it among the candidates.");
    for (CaseResult r : results) {
      if (!r.reason().isEmpty()) {
        out.println("* " + r.backtestCase().id() + ": " + r.reason());
      }
    }
    out.println();
    Path root = org.borderland.data.build.PanelLocation.projectRoot().orElse(null);
    Path shown =
        root != null && file.toAbsolutePath().startsWith(root.toAbsolutePath())
            ? root.toAbsolutePath().relativize(file.toAbsolutePath())
            : file;
    out.println("Cases (" + shown + "):");
    for (CaseResult r : results) {
      Case c = r.backtestCase();
      out.println("  " + c.id() + ": " + c.description());
      out.println("    source: " + c.citation().text());
    }
    out.println(
        "Provenance: borderland "
            + Engine.VERSION
            + ", panel "
            + provenance.get("panel")
            + ", model "
            + provenance.get("model")
            + ", cases "
            + provenance.get("cases")
            + "; each case as known at the end of its own knowledge year");
    return ExitCode.OK;
  }

  private String dataLine(List<String> revised, List<String> revisedOnly) {
    if (allowRevised) {
      return "Data: revised-history datasets ALLOWED (--allow-revised): "
          + String.join(", ", revised)
          + " read COW, World Bank, SIPRI or UN releases published after the knowledge year"
          + " (their rows for the years up to it). This is hindsight; omit --allow-revised for"
          + " the strict backtest.";
    }
    List<String> restricted = new ArrayList<>(revised);
    restricted.removeAll(revisedOnly);
    return "Data: as known only - Factbook editions and curated facts published by the end of the"
        + " knowledge year. Missing (they read only COW, World Bank, SIPRI or UN releases): "
        + String.join(", ", revisedOnly)
        + (restricted.isEmpty()
            ? ""
            : "; restricted to their Factbook tier: " + String.join(", ", restricted))
        + ". Candidates come from Factbook land boundaries and COW contiguity (geography).";
  }

  private Map<String, Object> json(
      String aggressor,
      Engine.LoadedModel loaded,
      Map<String, Object> provenance,
      List<CaseResult> results,
      CaseBacktest.Summary summary,
      List<String> revised) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("aggressor", aggressor);
    j.put("model", loaded.model().id());
    j.put("provenance", provenance);
    List<Map<String, Object>> cs = new ArrayList<>();
    for (CaseResult r : results) {
      Case c = r.backtestCase();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("case", c.id());
      x.put("year", c.knowledgeYear());
      x.put("target", c.target());
      x.put("rank", r.rank());
      x.put("reason", r.reason().isEmpty() ? null : r.reason());
      x.put("candidates", r.candidates());
      List<Map<String, Object>> top = new ArrayList<>();
      for (TargetResult t : r.top()) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("target", t.target());
        y.put("rank", t.rank());
        y.put("index", org.borderland.app.common.Numbers.orNull(t.index()));
        top.add(y);
      }
      x.put("top", top);
      x.put("index", r.index());
      x.put("inSummary", r.inSummary());
      List<Map<String, Object>> drivers = new ArrayList<>();
      for (CaseBacktest.Driver d : r.drivers()) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("factor", d.factor());
        y.put("score", d.score());
        y.put("contribution", d.contribution());
        y.put("rank", d.rank());
        drivers.add(y);
      }
      x.put("drivers", drivers);
      x.put("date", c.date().toString());
      x.put("description", c.description());
      x.put("citation", c.citation().text());
      cs.add(x);
    }
    j.put("cases", cs);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("meanRank", summary.meanRank());
    s.put("top1", summary.top1());
    s.put("top3", summary.top3());
    s.put("scored", summary.scored());
    j.put("summary", s);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("asKnown", !allowRevised);
    data.put(allowRevised ? "revisedUsed" : "revisedLeftOut", revised);
    j.put("data", data);
    return j;
  }
}
