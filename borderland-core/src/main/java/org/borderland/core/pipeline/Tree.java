package org.borderland.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator tree: indicators (level 1) grouped into aggregates up to one or more roots, as in
 * COINr's {@code iMeta}. Every non-root node's parent is exactly one level up, and every aggregate
 * has at least one child. Nodes keep the order they were given, which is the order of output
 * columns.
 */
public final class Tree {
  private final List<Node> nodes;
  private final Map<String, Node> byCode;
  private final Map<String, List<Node>> children;
  private final int maxLevel;
  private final Map<Integer, List<Node>> byLevel = new HashMap<>();
  private final List<String> indicatorCodes;
  private final List<Node> aggregates;
  private final List<Node> aggregatesTopDown;

  private Tree(List<Node> nodes) {
    this.nodes = List.copyOf(nodes);
    this.byCode = new LinkedHashMap<>();
    for (Node n : this.nodes) {
      if (byCode.putIfAbsent(n.code(), n) != null) {
        throw new IllegalArgumentException(
            "Code '" + n.code() + "' appears twice in the tree; codes must be unique");
      }
    }
    int max = 0;
    for (Node n : this.nodes) {
      max = Math.max(max, n.level());
    }
    this.maxLevel = max;
    this.children = new LinkedHashMap<>();
    for (Node n : this.nodes) {
      if (n.level() > 1) {
        children.put(n.code(), new ArrayList<>());
      }
    }
    for (Node n : this.nodes) {
      if (n.parent() == null) {
        if (n.level() != max) {
          throw new IllegalArgumentException(
              "Node '"
                  + n.code()
                  + "' (level "
                  + n.level()
                  + ") has no parent; only the top level ("
                  + max
                  + ") may be without one");
        }
        continue;
      }
      Node p = byCode.get(n.parent());
      if (p == null) {
        throw new IllegalArgumentException(
            "Node '"
                + n.code()
                + "' has parent '"
                + n.parent()
                + "', which is not in the tree; add it or correct the Parent");
      }
      if (p.level() != n.level() + 1) {
        throw new IllegalArgumentException(
            "Node '"
                + n.code()
                + "' (level "
                + n.level()
                + ") has parent '"
                + p.code()
                + "' at level "
                + p.level()
                + "; a parent must be exactly one level up");
      }
      children.get(p.code()).add(n);
    }
    for (Map.Entry<String, List<Node>> e : children.entrySet()) {
      if (e.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            "Aggregate '" + e.getKey() + "' has no children; give it some or remove it");
      }
      e.setValue(List.copyOf(e.getValue()));
    }
    if (max < 1 || nodes.stream().noneMatch(Node::isIndicator)) {
      throw new IllegalArgumentException("The tree has no indicators (level 1)");
    }
    for (int l = 1; l <= max; l++) {
      int level = l;
      byLevel.put(l, this.nodes.stream().filter(n -> n.level() == level).toList());
    }
    this.indicatorCodes = atLevel(1).stream().map(Node::code).toList();
    List<Node> up = new ArrayList<>();
    for (int l = 2; l <= maxLevel; l++) {
      up.addAll(atLevel(l));
    }
    this.aggregates = List.copyOf(up);
    List<Node> down = new ArrayList<>();
    for (int l = maxLevel; l >= 2; l--) {
      down.addAll(atLevel(l));
    }
    this.aggregatesTopDown = List.copyOf(down);
  }

  /**
   * A tree of these nodes.
   *
   * @throws IllegalArgumentException for a repeated code, a missing parent, a parent not one level
   *     up, a childless aggregate, or a parentless node below the top level
   */
  public static Tree of(List<Node> nodes) {
    return new Tree(nodes);
  }

  /** Every node, in the order given. */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * A node by code.
   *
   * @throws IllegalArgumentException when there is no such node
   */
  public Node node(String code) {
    Node n = byCode.get(code);
    if (n == null) {
      throw new IllegalArgumentException("No node '" + code + "' in the tree");
    }
    return n;
  }

  /** Whether the tree has this code. */
  public boolean has(String code) {
    return byCode.containsKey(code);
  }

  /** The indicators (level 1), in order. */
  public List<Node> indicators() {
    return atLevel(1);
  }

  /** The indicator codes, in order. */
  public List<String> indicatorCodes() {
    return indicatorCodes;
  }

  /** The nodes at one level, in order. */
  public List<Node> atLevel(int level) {
    return byLevel.getOrDefault(level, List.of());
  }

  /** The aggregates from level 2 up, level by level, in order within a level. */
  public List<Node> aggregates() {
    return aggregates;
  }

  /** The aggregates from the top level down (COINr's results column order). */
  public List<Node> aggregatesTopDown() {
    return aggregatesTopDown;
  }

  /** The children of an aggregate, in order; empty for an indicator. */
  public List<Node> children(String code) {
    node(code);
    return children.getOrDefault(code, List.of());
  }

  /** The highest level. */
  public int maxLevel() {
    return maxLevel;
  }

  /** The nodes at the top level. */
  public List<Node> roots() {
    return atLevel(maxLevel);
  }

  /** The same tree with one node replaced (same code). */
  public Tree with(Node replacement) {
    node(replacement.code());
    List<Node> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      out.add(n.code().equals(replacement.code()) ? replacement : n);
    }
    return new Tree(out);
  }

  @Override
  public String toString() {
    return "Tree[" + nodes.size() + " nodes, " + maxLevel + " levels]";
  }
}
