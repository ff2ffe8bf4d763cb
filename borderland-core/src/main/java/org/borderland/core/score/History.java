package org.borderland.core.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.borderland.core.country.Country;
import org.borderland.core.panel.Panel;

/**
 * One target's index and rank for one aggressor in every knowledge year, each year scored as known
 * by its end, with the factor that moved most between consecutive years.
 *
 * <p>"Moved most" splits the change of the index (on the scale the contributions add up to, {@link
 * Explanation#scale}; index points for arithmetic aggregation) exactly into parts and names the
 * largest in absolute value. With C the factors scored in both years, and {@code T^C} the index the
 * factors in C alone would give (their contributions divided by the sum of their weights):
 *
 * <ul>
 *   <li>a factor in C: the change of its contribution with the weights rescaled over C, {@code
 *       c_b/W_b^C − c_a/W_a^C} (when no factor entered or left, simply the change of its
 *       contribution);
 *   <li>the factors that entered the index (missing the year before): {@code T_b − T_b^C}, the
 *       index with them minus without them;
 *   <li>the factors that left it: {@code −(T_a − T_a^C)}.
 * </ul>
 *
 * These parts add up to the change of the index. Part of any change can come from the candidate set
 * or the other candidates' data: scores are normalised over the targets scored that year.
 *
 * @param aggressor ISO3 of the aggressor
 * @param target ISO3 of the target
 * @param modelId the model's id
 * @param points one per year, ascending
 */
public record History(String aggressor, String target, String modelId, List<Point> points) {
  /** The Factbook datasets whose first edition with the aggressor starts a history. */
  public static final List<String> FACTBOOK = List.of("factbook-archive", "factbook-json");

  /** Requires the codes; copies the points. */
  public History {
    Objects.requireNonNull(aggressor, "aggressor");
    Objects.requireNonNull(target, "target");
    points = List.copyOf(points);
  }

  /**
   * One year.
   *
   * @param year the knowledge year
   * @param index the target's index (NaN when it could not be scored)
   * @param rank its rank, or {@code null}
   * @param targets how many targets were scored that year
   * @param added whether it was not a default candidate that year and was scored with them
   * @param scores factor id → score (NaN when missing), in model order
   * @param weights factor id → weight in the index, rescaled over the factors present (NaN when
   *     missing), in model order
   * @param contributions factor id → contribution (NaN when missing), in model order
   * @param quality how complete its data was, or {@code null} when not scored
   * @param moved the factor that moved most since the previous year with an index, or {@code null}
   * @param note why the year has no index; empty otherwise
   */
  public record Point(
      int year,
      double index,
      Integer rank,
      int targets,
      boolean added,
      Map<String, Double> scores,
      Map<String, Double> weights,
      Map<String, Double> contributions,
      Quality quality,
      Move moved,
      String note) {
    /** Copies the maps, keeping their order. */
    public Point {
      scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
      weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
      contributions = Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
      note = note == null ? "" : note;
    }

    /** The year of an explanation. */
    public static Point of(Explanation e) {
      Map<String, Double> s = new LinkedHashMap<>();
      Map<String, Double> w = new LinkedHashMap<>();
      Map<String, Double> c = new LinkedHashMap<>();
      for (Explanation.Factor f : e.factors()) {
        s.put(f.id(), f.score());
        w.put(f.id(), f.weight());
        c.put(f.id(), f.contribution());
      }
      return new Point(
          e.year(), e.index(), e.rank(), e.targets(), e.added(), s, w, c, e.quality(), null, "");
    }

    /** A year that could not be scored, and why. */
    public static Point absent(int year, String why) {
      return new Point(
          year, Double.NaN, null, 0, false, Map.of(), Map.of(), Map.of(), null, null, why);
    }

    /** Whether the year has an index. */
    public boolean scored() {
      return !Double.isNaN(index);
    }

    Point withMove(Move m) {
      return new Point(
          year, index, rank, targets, added, scores, weights, contributions, quality, m, note);
    }
  }

  /** How a factor took part in a year's change. */
  public enum Kind {
    /** Scored in both years: the change of its contribution. */
    CHANGED,
    /** Missing the year before, scored now (one factor, or several named together). */
    ENTERED,
    /** Scored the year before, missing now (one factor, or several named together). */
    LEFT
  }

  /**
   * The factor that moved most between two years.
   *
   * @param factor the factor id; for several factors entering or leaving together, their ids joined
   *     by {@code ", "}
   * @param kind whether it changed, entered or left the index
   * @param from the earlier year
   * @param scoreBefore its score then (NaN when missing, or for several factors)
   * @param scoreAfter its score now (NaN when missing, or for several factors)
   * @param change its effect on the index, on the scale of {@link Explanation#scale} (see {@link
   *     History})
   * @param indexChange the change of the index over the same years
   */
  public record Move(
      String factor,
      Kind kind,
      int from,
      double scoreBefore,
      double scoreAfter,
      double change,
      double indexChange) {}

  /**
   * A history from its years (ascending); fills in the factor that moved most for each year after
   * the first with an index.
   */
  public static History of(String aggressor, String target, String modelId, List<Point> years) {
    List<Point> out = new ArrayList<>();
    Point previous = null;
    for (Point p : years) {
      if (!p.scored()) {
        out.add(p);
        continue;
      }
      if (previous != null) {
        p = p.withMove(move(previous, p));
      }
      out.add(p);
      previous = p;
    }
    return new History(aggressor, target, modelId, out);
  }

  private static Move move(Point a, Point b) {
    List<String> common = new ArrayList<>();
    List<String> entered = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (String f : b.contributions().keySet()) {
      boolean before = !Double.isNaN(a.contributions().getOrDefault(f, Double.NaN));
      boolean after = !Double.isNaN(b.contributions().get(f));
      if (before && after) {
        common.add(f);
      } else if (after) {
        entered.add(f);
      } else if (before) {
        left.add(f);
      }
    }
    double wa = 0;
    double wb = 0;
    double ca = 0;
    double cb = 0;
    for (String f : common) {
      wa += a.weights().get(f);
      wb += b.weights().get(f);
      ca += a.contributions().get(f);
      cb += b.contributions().get(f);
    }
    double ta = total(a);
    double tb = total(b);
    double indexChange = b.index() - a.index();
    Move best = null;
    for (String f : common) {
      double change = b.contributions().get(f) / wb - a.contributions().get(f) / wa;
      best =
          larger(
              best,
              new Move(
                  f,
                  Kind.CHANGED,
                  a.year(),
                  a.scores().get(f),
                  b.scores().get(f),
                  change,
                  indexChange));
    }
    if (!entered.isEmpty()) {
      double effect = common.isEmpty() ? tb : tb - cb / wb;
      best = larger(best, group(entered, Kind.ENTERED, a, b, effect, indexChange));
    }
    if (!left.isEmpty()) {
      double effect = common.isEmpty() ? -ta : -(ta - ca / wa);
      best = larger(best, group(left, Kind.LEFT, a, b, effect, indexChange));
    }
    return best;
  }

  private static Move group(
      List<String> factors, Kind kind, Point a, Point b, double effect, double indexChange) {
    String f = factors.get(0);
    boolean one = factors.size() == 1;
    return new Move(
        String.join(", ", factors),
        kind,
        a.year(),
        one ? a.scores().getOrDefault(f, Double.NaN) : Double.NaN,
        one ? b.scores().getOrDefault(f, Double.NaN) : Double.NaN,
        effect,
        indexChange);
  }

  private static Move larger(Move best, Move m) {
    if (Double.isNaN(m.change())) {
      return best;
    }
    return best == null || Math.abs(m.change()) > Math.abs(best.change()) ? m : best;
  }

  private static double total(Point p) {
    double t = 0;
    for (double c : p.contributions().values()) {
      t += zero(c);
    }
    return t;
  }

  private static double zero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  /**
   * The knowledge years a history covers: from the first Factbook edition with the aggressor (and
   * no earlier than both states existed and the panel's first year) to the panel's last year (and
   * no later than either state existed).
   *
   * @param panel the panel
   * @param first the panel's first knowledge year
   * @param last the last knowledge year wanted
   */
  public static List<Integer> years(
      Panel panel, int first, int last, Country aggressor, Country target) {
    Set<Integer> editions = new TreeSet<>();
    for (String d : FACTBOOK) {
      editions.addAll(panel.editions(d, aggressor.iso3()));
    }
    int from = Math.max(first, Math.max(aggressor.fromYear(), target.fromYear()));
    for (int e : editions) {
      if (e <= last) {
        from = Math.max(from, e);
        break;
      }
    }
    int to = last;
    if (aggressor.toYear() != null) {
      to = Math.min(to, aggressor.toYear());
    }
    if (target.toYear() != null) {
      to = Math.min(to, target.toYear());
    }
    List<Integer> out = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      out.add(y);
    }
    return out;
  }

  /** The years with an index. */
  public List<Point> scored() {
    return points.stream().filter(Point::scored).toList();
  }
}
