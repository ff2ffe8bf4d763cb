package org.borderland.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.borderland.core.pipeline.Aggregate;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Dataset;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.Normalise;
import org.borderland.core.pipeline.Ranks;
import org.borderland.core.pipeline.Step;
import org.borderland.core.pipeline.Treat;
import org.borderland.core.text.Suggestions;

/**
 * A spec bound to a subject: how each replication's words become the pipeline's steps, weights and
 * methods, and the run of one replication.
 *
 * <p>What does not depend on a replication's continuous draws is computed once and shared: the data
 * after each pipeline step is cached by the variant, the source choices and the steps so far (steps
 * are values: equal steps on equal data give equal datasets), so a replication that differs only in
 * its weights or aggregation method runs only the aggregation. Data ranges change the raw data
 * itself, so a variant they act on re-runs its whole pipeline in every replication. Either way the
 * numbers are those of {@link org.borderland.core.pipeline.Pipeline#run}: the same steps are
 * applied to the same data, and the {@link Aggregator} aggregates through the same {@link
 * org.borderland.core.pipeline.AggregationKernel} as {@link Aggregate#apply}.
 */
final class Analysis {
  /** A replication that failed, with the pipeline's message; no stack trace (they are counted). */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String message) {
      super(message, null, false, false);
    }
  }

  private record SetupKey(int variant, List<Integer> sources) {}

  private record StageKey(int variant, List<Integer> sources, List<Step> steps) {}

  private record FinalKey(int variant, List<Integer> sources, List<Step> steps) {}

  final UncertaintySpec spec;
  final long seed;
  private final List<Input> inputs;
  private final List<Plan> plans = new ArrayList<>();
  private final int[] modelChoice;
  private final int modelIn;
  private final int normIn;
  private final int winIn;
  private final int impIn;
  private final List<String> universe;
  private final Map<String, Integer> universeIndex = new HashMap<>();
  private final double[] nominalScores;
  private final int[] nominalRanks;
  private final ConcurrentHashMap<Object, Object> cache = new ConcurrentHashMap<>();

  /**
   * The prepared data by the discrete draws that decide it (variant, sources, imputation, winmax,
   * normalisation) as one number: the fast path to {@link #cache} for variants without data ranges.
   */
  private final ConcurrentHashMap<Long, Object> byDraws = new ConcurrentHashMap<>();

  /**
   * Binds a spec to a subject.
   *
   * @throws IllegalArgumentException for an input that does not fit the subject (unknown model,
   *     indicator, unit or level, a group the data lacks), with what would fit; or when the nominal
   *     pipeline itself fails
   */
  Analysis(Subject subject, UncertaintySpec spec, long seed) {
    this.spec = spec;
    this.seed = seed;
    this.inputs = spec.inputs();
    int m = -1;
    int n = -1;
    int w = -1;
    int im = -1;
    for (int j = 0; j < inputs.size(); j++) {
      Input in = inputs.get(j);
      if (in instanceof Input.Models) {
        m = j;
      } else if (in instanceof Input.Normalisations) {
        n = j;
      } else if (in instanceof Input.Winmax) {
        w = j;
      } else if (in instanceof Input.Imputations) {
        im = j;
      }
    }
    this.modelIn = m;
    this.normIn = n;
    this.winIn = w;
    this.impIn = im;
    List<Variant> variants = subject.variants();
    for (int v = 0; v < variants.size(); v++) {
      plans.add(new Plan(v, variants.get(v), inputs, seed));
    }
    if (modelIn >= 0) {
      Input.Models mi = (Input.Models) inputs.get(modelIn);
      List<String> labels = subject.labels();
      modelChoice = new int[mi.variants().size()];
      for (int k = 0; k < modelChoice.length; k++) {
        String label = mi.variants().get(k);
        modelChoice[k] = labels.indexOf(label);
        if (modelChoice[k] < 0) {
          throw new IllegalArgumentException(
              "Input '"
                  + mi.name()
                  + "': unknown model '"
                  + label
                  + "'; models loaded: "
                  + String.join(", ", labels)
                  + didYouMean(label, labels));
        }
      }
    } else {
      modelChoice = new int[] {0};
    }
    checkInputs(subject);
    // The nominal: the first variant, its pipeline and tree as they are.
    Plan p0 = plans.get(0);
    Dataset last;
    Variant.Setup s0 = p0.cacheable ? cachedSetup(p0, List.of()) : p0.variant.setup(p0.raw);
    try {
      // Through the stage cache: replications that keep the nominal steps reuse the stages.
      List<Step> steps = prefix(s0.pipeline().steps());
      last = p0.cacheable ? runCached(p0, List.of(), s0.data(), steps) : run(p0, s0.data(), steps);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "The nominal pipeline fails before any input varies: " + message(e), e);
    }
    universe = last.units();
    for (int u = 0; u < universe.size(); u++) {
      universeIndex.put(universe.get(u), u);
    }
    nominalScores = new double[universe.size()];
    nominalRanks = new int[universe.size()];
    try {
      Prepared nominal = extract(p0, last);
      double[] index =
          p0.aggregator.run(nominal, p0.aggregator.baseWeights(), p0.aggregator.methods(), null);
      place(nominal, index, nominalScores, nominalRanks, 0);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "The nominal pipeline fails before any input varies: " + message(e), e);
    }
  }

  /** The units ranked, in the nominal data's order. */
  List<String> universe() {
    return universe;
  }

  /** The nominal index, by unit of {@link #universe()}. */
  double[] nominalScores() {
    return nominalScores.clone();
  }

  /** The nominal ranks (0: no rank), by unit. */
  int[] nominalRanks() {
    return nominalRanks.clone();
  }

  /** The number of inputs. */
  int d() {
    return inputs.size();
  }

  /**
   * Runs replications in parallel.
   *
   * @param count how many
   * @param words the words of replication {@code r}
   * @param threads threads
   * @param progress told of replications done; may be null
   */
  Output run(int count, IntFunction<long[]> words, int threads, IntConsumer progress) {
    int u = universe.size();
    Output out = new Output(count, u);
    Parallel.run(
        count,
        threads,
        32,
        Worker::new,
        (worker, r) -> {
          try {
            worker.replicate(words.apply(r), out.scores, out.ranks, r * u);
          } catch (RuntimeException e) {
            Arrays.fill(out.scores, r * u, (r + 1) * u, Double.NaN);
            Arrays.fill(out.ranks, r * u, (r + 1) * u, 0);
            out.failures[r] = message(e);
          }
        },
        progress);
    return out;
  }

  /** What the replications gave: scores and ranks by replication and unit, and failures. */
  static final class Output {
    final int count;
    final int units;
    final double[] scores;
    final int[] ranks;
    final String[] failures;

    Output(int count, int units) {
      this.count = count;
      this.units = units;
      long cells = (long) count * units;
      if (cells > 200_000_000L) {
        throw new IllegalArgumentException(
            count
                + " replications × "
                + units
                + " units is more than this analysis keeps in memory (200 million ranks); use"
                + " fewer runs");
      }
      this.scores = new double[(int) cells];
      this.ranks = new int[(int) cells];
      this.failures = new String[count];
    }

    /** Whether replication {@code r} failed. */
    boolean failed(int r) {
      return failures[r] != null;
    }

    /** The number of failed replications among {@code [from, to)}. */
    int failed(int from, int to) {
      int f = 0;
      for (int r = from; r < to; r++) {
        f += failures[r] != null ? 1 : 0;
      }
      return f;
    }

    /** The failures among {@code [from, to)}: each message with its count, first seen first. */
    List<Failure> failureList(int from, int to) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int r = from; r < to; r++) {
        if (failures[r] != null) {
          counts.merge(failures[r], 1, Integer::sum);
        }
      }
      List<Failure> out = new ArrayList<>();
      counts.forEach((msg, c) -> out.add(new Failure(msg, c)));
      return out;
    }
  }

  private static String message(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** One thread's buffers. */
  final class Worker {
    private final Aggregator.Buffers[] buffers = new Aggregator.Buffers[plans.size()];
    private final double[][] weights = new double[plans.size()][];
    private final Aggregation[][] methods = new Aggregation[plans.size()][];

    Worker() {
      for (int v = 0; v < plans.size(); v++) {
        Aggregator ag = plans.get(v).aggregator;
        buffers[v] = ag.buffers();
        weights[v] = ag.baseWeights();
        methods[v] = ag.methods();
      }
    }

    /** Runs one replication; writes its scores and ranks by unit at {@code offset}. */
    void replicate(long[] w, double[] scores, int[] ranks, int offset) {
      int v = modelIn >= 0 ? modelChoice[Draws.discrete(w[modelIn], modelChoice.length)] : 0;
      Plan p = plans.get(v);
      Prepared prepared = prepare(p, w);
      Aggregator ag = p.aggregator;
      double[] wt = weights[v];
      System.arraycopy(ag.weights, 0, wt, 0, wt.length);
      for (int j = 0; j < inputs.size(); j++) {
        if (inputs.get(j) instanceof Input.WeightNoise noise) {
          p.perturb(j, noise, w[j], wt);
        }
      }
      Aggregation[] mt = methods[v];
      System.arraycopy(ag.defaultMethods, 0, mt, 0, mt.length);
      for (int j = 0; j < inputs.size(); j++) {
        if (inputs.get(j) instanceof Input.Aggregations in) {
          Aggregation chosen =
              in.alternatives().get(Draws.discrete(w[j], in.alternatives().size()));
          for (int g : p.aggregatesAt[j]) {
            mt[g] = chosen;
          }
        }
      }
      double[] index = ag.run(prepared, wt, mt, buffers[v]);
      place(prepared, index, scores, ranks, offset);
    }
  }

  /**
   * Writes the scores and ranks of the units of {@code p} by universe unit from {@code offset};
   * ranks are over all its rows.
   */
  private void place(Prepared p, double[] index, double[] scores, int[] ranks, int offset) {
    int u = universe.size();
    Arrays.fill(scores, offset, offset + u, Double.NaN);
    Arrays.fill(ranks, offset, offset + u, 0);
    int[] rk = Ranks.descending(index);
    for (int i = 0; i < index.length; i++) {
      int at = p.universe()[i];
      if (at >= 0) {
        scores[offset + at] = index[i];
        ranks[offset + at] = rk[i];
      }
    }
  }

  /** The data before aggregation for a replication's words, cached where its draws allow. */
  private Prepared prepare(Plan p, long[] w) {
    if (p.cacheable) {
      long code = drawsCode(p, w);
      Object hit = byDraws.get(code);
      if (hit instanceof Prepared pr) {
        return pr;
      }
      if (hit instanceof Failed f) {
        throw new Failed(f.getMessage());
      }
      try {
        Prepared pr = prepareCached(p, w);
        byDraws.putIfAbsent(code, pr);
        return pr;
      } catch (RuntimeException e) {
        byDraws.putIfAbsent(code, new Failed(message(e)));
        throw e;
      }
    }
    List<Integer> sources = p.sourceChoices(w);
    double[][] raw = p.rawWith(sources);
    for (int j = 0; j < inputs.size(); j++) {
      if (inputs.get(j) instanceof Input.DataRange range) {
        p.perturbData(j, range, w[j], raw);
      }
    }
    Variant.Setup s = p.variant.setup(raw);
    return extract(p, run(p, s.data(), choices(s, w)));
  }

  /**
   * The discrete draws that decide a replication's data before aggregation, as one number (mixed
   * radix: the variant, then each input's alternative).
   */
  private long drawsCode(Plan p, long[] w) {
    long code = 0;
    for (int j = 0; j < inputs.size(); j++) {
      Input in = inputs.get(j);
      int n;
      if (in instanceof Input.Imputations im) {
        n = im.alternatives().size();
      } else if (in instanceof Input.Winmax wm) {
        n = wm.size();
      } else if (in instanceof Input.Normalisations nm) {
        n = nm.alternatives().size();
      } else if (in instanceof Input.DataSources && p.sourceColumns[j] != null) {
        n = p.sourceColumns[j].length;
      } else {
        continue;
      }
      code = code * n + Draws.discrete(w[j], n);
    }
    return code * plans.size() + p.index; // the variant last: codes of variants never meet
  }

  private Prepared prepareCached(Plan p, long[] w) {
    List<Integer> sources = p.sourceChoices(w);
    {
      Variant.Setup s = cachedSetup(p, sources);
      List<Step> steps = choices(s, w);
      FinalKey fk = new FinalKey(p.index, sources, steps);
      Object hit = cache.get(fk);
      if (hit instanceof Prepared pr) {
        return pr;
      }
      if (hit instanceof Failed f) {
        throw new Failed(f.getMessage());
      }
      Prepared pr;
      try {
        pr = extract(p, runCached(p, sources, s.data(), steps));
      } catch (RuntimeException e) {
        cache.putIfAbsent(fk, new Failed(message(e)));
        throw e;
      }
      cache.putIfAbsent(fk, pr);
      return pr;
    }
  }

  private Variant.Setup cachedSetup(Plan p, List<Integer> sources) {
    SetupKey k = new SetupKey(p.index, sources);
    Object hit = cache.get(k);
    if (hit instanceof Variant.Setup s) {
      return s;
    }
    Variant.Setup s = p.variant.setup(p.rawWith(sources));
    Object prev = cache.putIfAbsent(k, s);
    return prev instanceof Variant.Setup ps ? ps : s;
  }

  /** Runs the steps, starting from the longest prefix already cached and caching each stage. */
  private Dataset runCached(Plan p, List<Integer> sources, Dataset data, List<Step> steps) {
    Dataset d = data;
    int from = 0;
    for (int k = steps.size(); k >= 1; k--) {
      Object hit = cache.get(new StageKey(p.index, sources, steps.subList(0, k)));
      if (hit instanceof Dataset ds) {
        d = ds;
        from = k;
        break;
      }
    }
    for (int k = from; k < steps.size(); k++) {
      d = steps.get(k).apply(d, p.tree);
      cache.putIfAbsent(new StageKey(p.index, sources, List.copyOf(steps.subList(0, k + 1))), d);
    }
    return d;
  }

  private static Dataset run(Plan p, Dataset data, List<Step> steps) {
    Dataset d = data;
    for (Step s : steps) {
      d = s.apply(d, p.tree);
    }
    return d;
  }

  /** The pipeline's steps but the last (the aggregation). */
  private static List<Step> prefix(List<Step> steps) {
    return steps.subList(0, steps.size() - 1);
  }

  /** The steps before aggregation with a replication's imputation, winmax and normalisation. */
  private List<Step> choices(Variant.Setup s, long[] w) {
    List<Step> all = s.pipeline().steps();
    List<Step> steps = new ArrayList<>(prefix(all));
    if (impIn >= 0) {
      Input.Imputations in = (Input.Imputations) inputs.get(impIn);
      Impute chosen = in.alternatives().get(Draws.discrete(w[impIn], in.alternatives().size()));
      int at = indexOf(steps, Impute.class);
      if (at >= 0) {
        steps.set(at, chosen);
      } else {
        int k = 0;
        while (k < steps.size()
            && (steps.get(k).name().equals("denominate") || steps.get(k).name().equals("select"))) {
          k++;
        }
        steps.add(k, chosen);
      }
    }
    if (winIn >= 0) {
      Input.Winmax in = (Input.Winmax) inputs.get(winIn);
      int winmax = in.min() + Draws.discrete(w[winIn], in.size());
      int at = indexOf(steps, Treat.class);
      if (at >= 0) {
        Treat t = (Treat) steps.get(at);
        steps.set(at, new Treat(winmax, t.skew(), t.kurtosis(), t.fallback(), t.skip()));
      } else {
        int nat = indexOf(steps, Normalise.class);
        steps.add(nat >= 0 ? nat : steps.size(), Treat.winsorise(winmax));
      }
    }
    if (normIn >= 0) {
      Input.Normalisations in = (Input.Normalisations) inputs.get(normIn);
      var chosen = in.alternatives().get(Draws.discrete(w[normIn], in.alternatives().size()));
      int at = indexOf(steps, Normalise.class);
      if (at >= 0) {
        steps.set(at, new Normalise(chosen, ((Normalise) steps.get(at)).indicators()));
      } else {
        steps.add(Normalise.all(chosen));
      }
    }
    return steps;
  }

  private static int indexOf(List<Step> steps, Class<? extends Step> type) {
    for (int i = 0; i < steps.size(); i++) {
      if (type.isInstance(steps.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private Prepared extract(Plan p, Dataset d) {
    if (d.hasTime()) {
      throw new Failed(
          "the data before aggregation has a Time column; an analysis ranks one cross-section");
    }
    List<String> codes = p.tree.indicatorCodes();
    double[][] cols = new double[codes.size()][];
    double[][] logs = new double[codes.size()][];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = d.values(codes.get(i));
      logs[i] = new double[cols[i].length];
      for (int r = 0; r < cols[i].length; r++) {
        logs[i][r] = Math.log(cols[i][r]);
      }
    }
    int[] map = new int[d.rows()];
    for (int i = 0; i < map.length; i++) {
      Integer u = universeIndex.get(d.unit(i));
      map[i] = u == null ? -1 : u;
    }
    return new Prepared(cols, logs, map, d.units());
  }

  private void checkInputs(Subject subject) {
    Set<String> allIndicators = new java.util.LinkedHashSet<>();
    for (Plan p : plans) {
      allIndicators.addAll(p.tree.indicatorCodes());
    }
    int maxLevel = 0;
    for (Plan p : plans) {
      maxLevel = Math.max(maxLevel, p.tree.maxLevel());
    }
    for (Input in : inputs) {
      if (in instanceof Input.DataRange r && !allIndicators.contains(r.indicator())) {
        throw unknownIndicator(in, r.indicator(), allIndicators);
      }
      if (in instanceof Input.DataSources s && !allIndicators.contains(s.indicator())) {
        throw unknownIndicator(in, s.indicator(), allIndicators);
      }
      if (in instanceof Input.DataRange r) {
        List<String> units = subject.variants().get(0).units();
        for (String unit : r.units()) {
          if (!units.contains(unit)) {
            throw new IllegalArgumentException(
                "Input '"
                    + in.name()
                    + "': unknown unit '"
                    + unit
                    + "'; units: "
                    + String.join(", ", units)
                    + didYouMean(unit, units));
          }
        }
      }
      List<Integer> levels = List.of();
      if (in instanceof Input.WeightNoise wn) {
        levels = wn.levels();
      } else if (in instanceof Input.Aggregations ag) {
        levels = ag.levels();
      }
      for (int l : levels) {
        if (l > maxLevel) {
          throw new IllegalArgumentException(
              "Input '"
                  + in.name()
                  + "': level "
                  + l
                  + " is not in the tree; its levels are 1 to "
                  + maxLevel);
        }
      }
      if (in instanceof Input.Imputations im) {
        for (Impute i : im.alternatives()) {
          if (i.group() == null) {
            continue;
          }
          for (Plan p : plans) {
            List<String> groups = p.variant.setup(p.raw).data().groupNames();
            if (!groups.contains(i.group())) {
              throw new IllegalArgumentException(
                  "Input '"
                      + in.name()
                      + "': "
                      + i.method().id()
                      + " needs group column '"
                      + i.group()
                      + "', which the data does not have; its group columns: "
                      + (groups.isEmpty() ? "none" : String.join(", ", groups))
                      + didYouMean(i.group(), groups));
            }
          }
        }
      }
    }
  }

  private static IllegalArgumentException unknownIndicator(
      Input in, String code, Collection<String> all) {
    return new IllegalArgumentException(
        "Input '"
            + in.name()
            + "': unknown indicator '"
            + code
            + "'"
            + didYouMean(code, all)
            + "; indicators: "
            + String.join(", ", all));
  }

  private static String didYouMean(String typed, Collection<String> allowed) {
    return Suggestions.closest(typed, allowed, Math.max(2, typed.length() / 3))
        .map(b -> "; did you mean " + b + "?")
        .orElse("");
  }
}
