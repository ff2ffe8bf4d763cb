package org.borderland.data.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.borderland.core.pipeline.Aggregation;
import org.borderland.core.pipeline.Imputation;
import org.borderland.core.pipeline.Impute;
import org.borderland.core.pipeline.Normalisation;
import org.borderland.core.pipeline.NormalisationSpec;
import org.borderland.core.uncertainty.Input;
import org.borderland.data.yaml.YamlFields;

/**
 * The names of the alternatives an input can take, and the short forms the command line writes them
 * in. Every method throws {@link IllegalArgumentException} with what was given, what is allowed and
 * the nearest allowed name.
 */
public final class Choices {
  private Choices() {}

  /** The normalisation ids: {@code min-max}, {@code z-score}, {@code rank}, … */
  public static List<String> normalisationIds() {
    return Arrays.stream(Normalisation.values()).map(Normalisation::id).toList();
  }

  /**
   * The aggregation ids: {@code arithmetic-mean}, {@code geometric-mean}, {@code harmonic-mean}.
   */
  public static List<String> aggregationIds() {
    return Arrays.stream(Aggregation.values()).map(Aggregation::id).toList();
  }

  /** The imputation ids an analysis can vary: {@code none}, {@code mean}, … (no carry-forward). */
  public static List<String> imputationIds() {
    return Arrays.stream(Imputation.values())
        .filter(i -> i != Imputation.CARRY_FORWARD)
        .map(Imputation::id)
        .toList();
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static IllegalArgumentException unknown(String what, String given, List<String> ids) {
    List<String> near = new ArrayList<>(ids);
    for (String id : ids) {
      if (id.endsWith("-mean")) {
        near.add(id.substring(0, id.length() - "-mean".length()));
      }
    }
    return new IllegalArgumentException(
        "Unknown "
            + what
            + " '"
            + given
            + "'; allowed: "
            + String.join(", ", ids)
            + YamlFields.didYouMean(given, near));
  }

  /** A normalisation method by id ({@code min_max} and {@code MIN-MAX} are read too). */
  public static Normalisation normalisation(String id) {
    String n = norm(id);
    for (Normalisation m : Normalisation.values()) {
      if (m.id().equals(n)) {
        return m;
      }
    }
    throw unknown("normalisation", id, normalisationIds());
  }

  /**
   * An aggregation method by id; {@code arithmetic}, {@code geometric} and {@code harmonic} name
   * the means too.
   */
  public static Aggregation aggregation(String id) {
    return Aggregation.fromId(norm(id))
        .orElseThrow(() -> unknown("aggregation", id, aggregationIds()));
  }

  /** An imputation method by id (not carry-forward: an analysis ranks one cross-section). */
  public static Imputation imputation(String id) {
    String n = norm(id);
    for (Imputation i : Imputation.values()) {
      if (i.id().equals(n) && i != Imputation.CARRY_FORWARD) {
        return i;
      }
    }
    throw unknown("imputation", id, imputationIds());
  }

  /**
   * Normalisations as the command line writes them: comma-separated, each a method and its
   * parameters in order after colons, e.g. {@code min-max:1:100,z-score:10:2,rank}.
   */
  public static List<NormalisationSpec> normalisations(String csv) {
    List<NormalisationSpec> out = new ArrayList<>();
    for (String item : items(csv, "normalisation")) {
      String[] p = item.split(":", -1);
      Normalisation m = normalisation(p[0]);
      List<Double> params = new ArrayList<>();
      for (int i = 1; i < p.length; i++) {
        params.add(number(p[i], "normalisation '" + item + "'"));
      }
      out.add(new NormalisationSpec(m, params));
    }
    return out;
  }

  /** Aggregations, comma-separated, e.g. {@code arithmetic,geometric}. */
  public static List<Aggregation> aggregations(String csv) {
    return items(csv, "aggregation").stream().map(Choices::aggregation).toList();
  }

  /**
   * Imputations, comma-separated, a group after a colon, e.g. {@code none,mean,group-mean:Region}.
   */
  public static List<Impute> imputations(String csv) {
    List<Impute> out = new ArrayList<>();
    for (String item : items(csv, "imputation")) {
      String[] p = item.split(":", 2);
      out.add(new Impute(imputation(p[0]), p.length > 1 ? p[1].strip() : null, null));
    }
    return out;
  }

  /** A winmax range {@code MIN-MAX} (or one number), e.g. {@code 1-5}. */
  public static Input.Winmax winmax(String range) {
    String[] p = range.strip().split("-", -1);
    try {
      if (p.length == 1) {
        int v = Integer.parseInt(p[0].strip());
        return new Input.Winmax(null, v, v);
      }
      if (p.length == 2) {
        return new Input.Winmax(
            null, Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "winmax '" + range + "' should be MIN-MAX with whole numbers, e.g. 1-5");
  }

  /** Whole numbers, comma-separated, e.g. levels {@code 2,3}. */
  public static List<Integer> integers(String csv, String option) {
    List<Integer> out = new ArrayList<>();
    for (String item : items(csv, option)) {
      try {
        out.add(Integer.parseInt(item));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            option + " '" + item + "' is not a whole number; give e.g. 2,3");
      }
    }
    return out;
  }

  /** The items of a comma-separated list, stripped; at least one. */
  public static List<String> items(String csv, String option) {
    List<String> out =
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (out.isEmpty()) {
      throw new IllegalArgumentException(option + " is empty; list at least one alternative");
    }
    return out;
  }

  private static double number(String s, String where) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": '" + s + "' is not a number");
    }
  }
}
