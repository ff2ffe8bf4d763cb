package org.borderland.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.borderland.app.common.Situation;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.score.Provenance;
import org.borderland.core.uncertainty.Input;
import org.borderland.core.uncertainty.Subject;
import org.borderland.core.uncertainty.TargetStats;
import org.borderland.data.engine.Engine;
import org.borderland.data.uncertainty.Subjects;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code uncertainty} and {@code sensitivity} share: the subject, its words, the output. */
final class Analyses {
  private Analyses() {}

  /**
   * A subject ready to analyse, with what the output says about it.
   *
   * @param subject the subject
   * @param spec the inputs
   * @param about the subject as JSON fields (aggressor, year, model; or data, meta, pipeline)
   * @param heading one line saying what is analysed
   * @param provenance the provenance fields, or null for a dataset from files
   * @param provenanceLine the provenance as one line, or null
   * @param names unit → readable name (empty map for a dataset from files)
   */
  record Prepared(
      Subject subject,
      AnalysisOptions.Spec spec,
      Map<String, Object> about,
      String heading,
      Map<String, Object> provenance,
      String provenanceLine,
      Map<String, String> names) {}

  /** Reads the subject and the inputs the options name. */
  static Prepared prepare(CommandSpec cmd, EngineOptions eo, AnalysisOptions ao, long seed)
      throws Exception {
    AnalysisOptions.Spec spec = ao.spec();
    if (ao.generic()) {
      if (ao.data == null || ao.meta == null) {
        throw new IllegalArgumentException(
            "The dataset form needs both --data iData.csv and --meta iMeta.csv");
      }
      for (String engineOnly : List.of("--aggressor", "--year", "--model")) {
        if (cmd.commandLine().getParseResult().hasMatchedOption(engineOnly)) {
          throw new IllegalArgumentException(
              engineOnly + " is for the engine's model; with --data the dataset is analysed");
        }
      }
      if (ao.scenarioOption.given()) {
        throw new IllegalArgumentException(
            "--scenario is for the engine's model; with --data the dataset is analysed as it is");
      }
      if (ao.candidates != null || ao.models != null) {
        throw new IllegalArgumentException(
            "--candidates and --models are for the engine's model; with --data every unit of the"
                + " dataset is ranked");
      }
      Subject s =
          Subjects.coinr(
              ao.data,
              ao.meta,
              Optional.ofNullable(ao.denominators),
              Optional.ofNullable(ao.pipeline));
      Map<String, Object> about = new LinkedHashMap<>();
      about.put("data", ao.data.toString());
      about.put("meta", ao.meta.toString());
      about.put("pipeline", ao.pipeline == null ? "simple build" : ao.pipeline.toString());
      return new Prepared(
          s,
          spec,
          about,
          "the units of " + ao.data.getFileName() + " (" + about.get("pipeline") + ")",
          null,
          null,
          Map.of());
    }
    if (ao.pipeline != null || ao.denominators != null) {
      throw new IllegalArgumentException(
          "--pipeline and --denominators go with --data and --meta (a dataset in COINr's layout)");
    }
    Situation sit = eo.situation(ao.scenarioOption);
    Engine engine = sit.engine();
    Engine.LoadedModel nominal = sit.model();
    int year = sit.year();
    String aggressor = sit.aggressor();
    Optional<List<String>> given = EngineOptions.codes(ao.candidates);
    CandidateSet set =
        given.isPresent()
            ? engine.candidates(nominal.model(), aggressor, year, given)
            : sit.scorer().candidates(sit.world());
    List<Engine.LoadedModel> models = new ArrayList<>(List.of(nominal));
    List<String> labels = new ArrayList<>(List.of(eo.model));
    for (Input in : spec.spec().inputs()) {
      if (in instanceof Input.Models m) {
        for (String label : m.variants()) {
          if (!labels.contains(label)) {
            models.add(engine.model(label));
            labels.add(label);
          }
        }
      }
    }
    Subject s =
        Subjects.models(engine, models, labels, aggressor, year, set.codes(), sit.scenario());
    Provenance p = engine.provenance(nominal, year, seed);
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("aggressor", aggressor);
    about.put("year", year);
    about.put("model", nominal.model().id());
    if (sit.hasScenario()) {
      about.put("scenario", sit.scenarioView());
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String c : set.codes()) {
      names.put(c, engine.registry().get(c).name());
    }
    return new Prepared(
        s,
        spec,
        about,
        String.format(
            Locale.ROOT,
            "the candidate targets of %s (%s), model %s, as known by the end of %d",
            engine.registry().get(aggressor).name(),
            aggressor,
            nominal.model().id(),
            year),
        org.borderland.app.common.ProvenanceView.of(p, nominal.model().id()).asMap(),
        p.line(nominal.model().id()),
        names);
  }

  /**
   * A progress bar on the terminal's error stream, or nothing when the output is not a terminal
   * (tests, pipes, files).
   */
  static final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final java.util.function.LongConsumer listener;

    Progress(int total, String task) {
      java.util.function.LongConsumer[] l = JobProgress.LISTENER.get();
      this.listener = l == null ? null : l[1];
      if (l != null) {
        l[0].accept(total);
      }
      this.bar =
          System.console() == null || total < 2000
              ? null
              : new ProgressBarBuilder()
                  .setTaskName(task)
                  .setInitialMax(total)
                  .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                  .build();
    }

    /** What the analysis calls after each batch of replications; null without a bar. */
    IntConsumer consumer() {
      if (bar == null && listener == null) {
        return null;
      }
      return n -> {
        if (bar != null) {
          bar.stepBy(n);
        }
        if (listener != null) {
          listener.accept(n);
        }
      };
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  static Double num(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  /** The JSON fields of one unit's statistics. */
  static Map<String, Object> target(TargetStats t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("target", t.target());
    m.put("nominal", t.nominal());
    m.put("mean", num(t.mean()));
    m.put("median", num(t.median()));
    m.put("q05", num(t.q05()));
    m.put("q95", num(t.q95()));
    m.put("pFirst", num(t.pFirst()));
    m.put("pTop3", num(t.pTop3()));
    m.put("ranked", t.ranked());
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("nominal", num(t.index().nominal()));
    i.put("mean", num(t.index().mean()));
    i.put("median", num(t.index().median()));
    i.put("q05", num(t.index().q05()));
    i.put("q95", num(t.index().q95()));
    m.put("index", i);
    return m;
  }

  /** The rank statistics as an aligned table. */
  static Table targetsTable(List<TargetStats> targets, Map<String, String> names) {
    List<String> head =
        new ArrayList<>(List.of("rank", "target", "mean", "median", "5-95%", "P(1st)", "P(top 3)"));
    if (!names.isEmpty()) {
      head.add(2, "name");
    }
    head.add("index");
    head.add("index 5-95%");
    Table t = new Table(head.toArray(String[]::new));
    for (TargetStats s : targets) {
      List<String> row = new ArrayList<>();
      row.add(s.nominal() == null ? "-" : s.nominal().toString());
      row.add(s.target());
      if (!names.isEmpty()) {
        row.add(names.getOrDefault(s.target(), ""));
      }
      row.add(fmt("%.1f", s.mean()));
      row.add(fmt("%.1f", s.median()));
      row.add(fmt("%.0f", s.q05()) + "-" + fmt("%.0f", s.q95()));
      row.add(fmt("%.0f%%", 100 * s.pFirst()));
      row.add(fmt("%.0f%%", 100 * s.pTop3()));
      row.add(fmt("%.1f", s.index().nominal()));
      row.add(fmt("%.1f", s.index().q05()) + "-" + fmt("%.1f", s.index().q95()));
      t.add(row.toArray(String[]::new));
    }
    return t;
  }

  static String fmt(String f, double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, f, v);
  }

  /** Writes a chart when asked, and says so on the error stream (stdout may hold JSON). */
  static void chart(Path file, Charts.Drawing drawing, CommandSpec cmd) throws Exception {
    if (file == null) {
      return;
    }
    Charts.write(drawing, file);
    cmd.commandLine().getErr().println("Wrote the chart to " + file);
  }
}
