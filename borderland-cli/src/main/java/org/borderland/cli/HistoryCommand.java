package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderland.core.country.Country;
import org.borderland.core.model.FactorGroup;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.World;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Explanation;
import org.borderland.core.score.History;
import org.borderland.core.score.Provenance;
import org.borderland.data.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland history}: one target's index and rank in every knowledge year. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "One target's index and rank for an aggressor in every knowledge year the panel covers"
          + " (from the aggressor's first Factbook edition), each year as known by its end, with"
          + " the factor that moved most since the year before.",
      "--year sets the last year (default: the latest)."
    })
public final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin EngineOptions options;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3",
      description = "The target to follow.")
  String target;

  @Mixin TableOrJson output;

  @Override
  public Integer call() throws Exception {
    boolean json = output.json();
    Engine engine = options.engine();
    Engine.LoadedModel model = engine.model(options.model);
    int last = options.year(engine);
    Country a = engine.registry().resolve(options.aggressor, "--aggressor");
    String t = ExplainCommand.target(engine, target, "--target", a.iso3());
    Country tc = engine.registry().get(t);
    List<Integer> years = History.years(engine.panel(), engine.years()[0], last, a, tc);
    if (years.isEmpty()) {
      throw new IllegalArgumentException(
          "No knowledge year up to "
              + last
              + " in which both "
              + a.iso3()
              + " and "
              + t
              + " existed and the panel has the aggressor's Factbook entry");
    }
    WorldScorer scorer = engine.worlds(model.model(), Scenario.none());
    List<History.Point> points = new ArrayList<>();
    String firstError = null;
    for (int y : years) {
      try {
        ExplainCommand.Scored s =
            ExplainCommand.score(engine, model, scorer, World.asIs(a.iso3(), y), List.of(t));
        points.add(History.Point.of(Explanation.of(s.scoring(), t, s.added().contains(t))));
      } catch (IllegalArgumentException e) {
        // A year the pair cannot be scored in (e.g. a state that did not exist) stays in the
        // history with the reason, so a gap is visible rather than silently dropped.
        points.add(History.Point.absent(y, e.getMessage()));
        firstError = firstError == null ? e.getMessage() : firstError;
      }
    }
    History h = History.of(a.iso3(), t, model.model().id(), points);
    if (h.scored().isEmpty()) {
      throw new IllegalArgumentException(
          "No year could be scored for " + a.iso3() + " -> " + t + ": " + firstError);
    }
    Provenance p = engine.provenance(model, last, null);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(json(h, model, p, years)));
      return ExitCode.OK;
    }
    print(out, engine, h, model, p, years);
    return ExitCode.OK;
  }

  private static void print(
      PrintWriter out,
      Engine engine,
      History h,
      Engine.LoadedModel model,
      Provenance p,
      List<Integer> years) {
    out.printf(
        "%s (%s) for %s (%s), knowledge years %d-%d, model %s (%s).%n",
        engine.registry().get(h.target()).name(),
        h.target(),
        engine.registry().get(h.aggressor()).name(),
        h.aggressor(),
        years.get(0),
        years.get(years.size() - 1),
        model.model().id(),
        model.model().name());
    out.println(
        "Each year as known by its end; scores 0-100, normalised over that year's targets. \"moved"
            + " most\": the factor whose contribution to the index changed most since the previous"
            + " year (score before -> after), or that entered or left the index (its effect,"
            + " the other weights rescaled).");
    out.println();
    List<String> head = new ArrayList<>(List.of("year", "index", "rank", "change"));
    for (FactorGroup f : model.model().factors()) {
      head.add(f.id());
    }
    head.add("data");
    head.add("moved most");
    Table table = new Table(head.toArray(String[]::new));
    int n = model.model().indicators().size();
    List<Integer> added = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (History.Point pt : h.points()) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(pt.year()));
      if (!pt.scored()) {
        row.add("-");
        row.add("-");
        row.add("");
        for (int i = 0; i < model.model().factors().size(); i++) {
          row.add("");
        }
        row.add("");
        row.add("not scored");
        absent.add(pt.year() + (pt.note().isEmpty() ? "" : " (" + pt.note() + ")"));
        table.add(row.toArray(String[]::new));
        continue;
      }
      if (pt.added()) {
        added.add(pt.year());
      }
      row.add(RankCommand.score(pt.index()));
      row.add((pt.rank() == null ? "-" : pt.rank().toString()) + "/" + pt.targets());
      row.add(pt.moved() == null ? "" : ExplainCommand.signed(pt.moved().indexChange()));
      for (FactorGroup f : model.model().factors()) {
        row.add(RankCommand.score(pt.scores().get(f.id())));
      }
      row.add(
          pt.quality().filled()
              + "/"
              + n
              + (pt.quality().imputed() > 0 ? " (" + pt.quality().imputed() + " imputed)" : ""));
      History.Move m = pt.moved();
      row.add(m == null ? "" : moved(m));
      table.add(row.toArray(String[]::new));
    }
    table.printAligned(out);
    out.println();
    StringBuilder data =
        new StringBuilder(
            "Data: the data column counts indicators filled from the panel out of "
                + n
                + "; the rest were missing (skipped, the remaining weights rescaled) or imputed.");
    if (!added.isEmpty()) {
      data.append(" ")
          .append(h.target())
          .append(" was not a default candidate in ")
          .append(ranges(added))
          .append(" and was scored together with the candidates then.");
    }
    if (!absent.isEmpty()) {
      data.append(" Not scored: ").append(String.join("; ", absent)).append('.');
    }
    out.println(data);
    out.println("Provenance: " + provenanceLine(p, model.model().id(), years));
  }

  private static String moved(History.Move m) {
    String how =
        switch (m.kind()) {
          case CHANGED ->
              "("
                  + RankCommand.score(m.scoreBefore())
                  + " -> "
                  + RankCommand.score(m.scoreAfter())
                  + ")";
          case ENTERED -> "(entered at " + RankCommand.score(m.scoreAfter()) + ")";
          case LEFT -> "(left; was " + RankCommand.score(m.scoreBefore()) + ")";
        };
    return m.factor() + " " + ExplainCommand.signed(m.change()) + " " + how;
  }

  private static String provenanceLine(Provenance p, String modelId, List<Integer> years) {
    return "borderland "
        + p.version()
        + ", panel "
        + p.panelHash()
        + ", model "
        + modelId
        + "@"
        + p.modelHash()
        + ", each year as known by its end, "
        + years.get(0)
        + "-"
        + years.get(years.size() - 1);
  }

  /** E.g. {@code 1992-1995, 1999}. */
  private static String ranges(List<Integer> ys) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < ys.size()) {
      int j = i;
      while (j + 1 < ys.size() && ys.get(j + 1) == ys.get(j) + 1) {
        j++;
      }
      parts.add(i == j ? ys.get(i).toString() : ys.get(i) + "-" + ys.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  private static Map<String, Object> json(
      History h, Engine.LoadedModel model, Provenance p, List<Integer> years) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggressor", h.aggressor());
    m.put("target", h.target());
    m.put("model", h.modelId());
    Map<String, Object> prov = org.borderland.app.common.ProvenanceView.of(p, h.modelId()).asMap();
    prov.remove("year");
    prov.put("years", List.of(years.get(0), years.get(years.size() - 1)));
    m.put("provenance", prov);
    m.put("aggregation", model.model().indexAggregation().shortId());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (History.Point pt : h.points()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("year", pt.year());
      x.put("index", org.borderland.app.common.Numbers.orNull(pt.index()));
      x.put("rank", pt.rank());
      x.put("targets", pt.targets());
      x.put("candidate", pt.scored() ? !pt.added() : null);
      Map<String, Object> f = new LinkedHashMap<>();
      pt.scores().forEach((k, v) -> f.put(k, org.borderland.app.common.Numbers.orNull(v)));
      x.put("factors", f);
      Map<String, Object> c = new LinkedHashMap<>();
      pt.contributions().forEach((k, v) -> c.put(k, org.borderland.app.common.Numbers.orNull(v)));
      x.put("contributions", c);
      if (pt.quality() != null) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("filled", pt.quality().filled());
        q.put("imputed", pt.quality().imputed());
        q.put("missing", pt.quality().missing());
        q.put("unverified", pt.quality().unverified());
        x.put("quality", q);
      } else {
        x.put("quality", null);
      }
      History.Move mv = pt.moved();
      if (mv == null) {
        x.put("mostMoved", null);
      } else {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("factor", mv.factor());
        mm.put("kind", mv.kind().name().toLowerCase(Locale.ROOT));
        mm.put("since", mv.from());
        mm.put("scoreBefore", org.borderland.app.common.Numbers.orNull(mv.scoreBefore()));
        mm.put("scoreAfter", org.borderland.app.common.Numbers.orNull(mv.scoreAfter()));
        mm.put("change", org.borderland.app.common.Numbers.orNull(mv.change()));
        mm.put("indexChange", org.borderland.app.common.Numbers.orNull(mv.indexChange()));
        x.put("mostMoved", mm);
      }
      x.put("note", pt.note().isEmpty() ? null : pt.note());
      rows.add(x);
    }
    m.put("years", rows);
    return m;
  }
}
