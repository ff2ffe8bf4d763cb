package org.borderland.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderland.app.common.Json;
import org.borderland.app.rank.RankRequest;
import org.borderland.app.rank.RankResult;
import org.borderland.app.rank.RankService;
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
  public Integer call() {
    RankResult r =
        new RankService(options.app())
            .rank(
                new RankRequest(
                    options.aggressor,
                    options.year,
                    options.model,
                    EngineOptions.codes(candidates).orElse(List.of()),
                    calibrated,
                    scenarioOption.input()));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Json.write(r));
      return ExitCode.OK;
    }
    RankResult.About about = r.about();
    List<String> head = new ArrayList<>(List.of("rank", "target", "name", "index"));
    head.addAll(about.factors());
    head.add("data");
    if (r.calibration() != null) {
      head.add("P(MID) 95%");
    }
    Table t = new Table(head.toArray(String[]::new));
    int missing = 0;
    int imputed = 0;
    int unverified = 0;
    for (RankResult.Row row : r.results()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.rank() == null ? "-" : row.rank().toString());
      cells.add(row.target());
      cells.add(about.names().get(row.target()));
      cells.add(score(row.index()));
      for (String f : about.factors()) {
        cells.add(score(row.factors().get(f)));
      }
      RankResult.Quality q = row.quality();
      cells.add(
          q.filled()
              + "/"
              + about.indicators()
              + (q.unverified() > 0 ? " (" + q.unverified() + " unverified)" : ""));
      if (r.calibration() != null) {
        cells.add(probability(row.probability()));
      }
      missing += q.missing();
      imputed += q.imputed();
      unverified += q.unverified();
      t.add(cells.toArray(String[]::new));
    }
    if (format == Format.csv) {
      t.printCsv(out);
      return ExitCode.OK;
    }
    out.printf(
        "Exposure of the candidate targets of %s (%s), model: %s; as known by the end of %d. Scores 0-100, higher = more exposed.%n%n",
        about.aggressorName(), r.aggressor(), about.modelName(), r.year());
    if (r.scenario() != null) {
      out.println(about.scenarioLine());
      out.println();
    }
    t.printAligned(out);
    out.printf(
        "%nData: %d indicator values missing (skipped; the remaining weights rescaled), %d imputed, %d resting on unverified curated facts. `borderland explain --target ISO3` shows why.%n",
        missing, imputed, unverified);
    if (r.calibration() != null) {
      out.println(about.calibrationLine());
    }
    out.println("Provenance: " + about.provenanceLine());
    return ExitCode.OK;
  }

  /** A score with one decimal, or {@code missing}. */
  static String score(Double v) {
    return v == null || v.isNaN() ? "missing" : String.format(Locale.ROOT, "%.1f", v);
  }

  /** A probability cell, e.g. {@code 1.23% (0.80-1.90)}. */
  private static String probability(RankResult.Probability p) {
    if (p == null || p.p() == null) {
      return "-";
    }
    return String.format(
        Locale.ROOT, "%.2f%% (%.2f-%.2f)", 100 * p.p(), 100 * p.low(), 100 * p.high());
  }
}
