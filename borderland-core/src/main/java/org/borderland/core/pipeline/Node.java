package org.borderland.core.pipeline;

import java.util.Objects;

/**
 * One node of an indicator {@link Tree}: an indicator (level 1) or an aggregate of the level below
 * (pillar, sub-index, index…), as a row of COINr's {@code iMeta}.
 *
 * @param code the code, e.g. {@code LPI} or {@code Conn}; also the dataset column
 * @param name a readable name (may be empty)
 * @param level 1 for an indicator, 2 and up for aggregates
 * @param parent the code of the aggregate one level up, or {@code null} at the top
 * @param weight the weight within the parent; weights are relative (rescaled to sum to 1 over the
 *     children present)
 * @param direction {@code 1} when a higher value scores higher, {@code -1} when lower is better
 * @param aggregation how this aggregate combines its children, or {@code null} for the {@link
 *     Aggregate} step's default (always {@code null} for an indicator)
 * @param denominator the denominator column an indicator is divided by in {@link Denominate}, or
 *     {@code null}
 * @param target a target or goalpost value for {@link Normalisation#DISTANCE_TO_TARGET}, or {@code
 *     NaN}
 * @param unit the unit of measurement as text (may be empty)
 */
public record Node(
    String code,
    String name,
    int level,
    String parent,
    double weight,
    int direction,
    Aggregation aggregation,
    String denominator,
    double target,
    String unit) {

  /** Checks every component and names the node in each message. */
  public Node {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("A node has a blank code");
    }
    name = name == null ? "" : name;
    unit = unit == null ? "" : unit;
    if (level < 1) {
      throw new IllegalArgumentException(
          "Node '" + code + "' has level " + level + "; levels start at 1 (indicators)");
    }
    if (!Double.isFinite(weight) || weight < 0) {
      throw new IllegalArgumentException(
          "Node '" + code + "' has weight " + weight + "; a weight must be a finite number ≥ 0");
    }
    if (direction != 1 && direction != -1) {
      throw new IllegalArgumentException(
          "Node '" + code + "' has direction " + direction + "; a direction is 1 or -1");
    }
    if (level == 1 && aggregation != null) {
      throw new IllegalArgumentException(
          "Indicator '"
              + code
              + "' has an aggregation method; only aggregates (level ≥ 2) have one");
    }
    if (level > 1 && denominator != null) {
      throw new IllegalArgumentException(
          "Aggregate '" + code + "' has a denominator; only indicators (level 1) are denominated");
    }
    if (parent != null && parent.isBlank()) {
      parent = null;
    }
    if (denominator != null && denominator.isBlank()) {
      denominator = null;
    }
  }

  /** An indicator with a weight and direction and nothing else. */
  public static Node indicator(String code, String parent, double weight, int direction) {
    return new Node(code, "", 1, parent, weight, direction, null, null, Double.NaN, "");
  }

  /** An aggregate using the {@link Aggregate} step's default method. */
  public static Node aggregate(String code, int level, String parent, double weight) {
    return new Node(code, "", level, parent, weight, 1, null, null, Double.NaN, "");
  }

  /** Whether this is an indicator (level 1). */
  public boolean isIndicator() {
    return level == 1;
  }

  /** The same node with another weight. */
  public Node withWeight(double w) {
    return new Node(
        code, name, level, parent, w, direction, aggregation, denominator, target, unit);
  }

  /** The same node with another aggregation method ({@code null}: the step's default). */
  public Node withAggregation(Aggregation a) {
    return new Node(code, name, level, parent, weight, direction, a, denominator, target, unit);
  }
}
