package org.borderland.core.geography;

import java.util.Arrays;

/**
 * Reachability, hop distance and dominators from a region of an undirected graph, on plain arrays.
 *
 * <p>The region is contracted into one root. A path may pass only through passable vertices; any
 * vertex can be its end. Vertex {@code d} dominates {@code v} when every such path from the root to
 * {@code v} passes through {@code d}. In an undirected graph these are the cut vertices on the path
 * from the root to {@code v} in the block–cut tree of the root's component (Hopcroft and Tarjan,
 * "Efficient algorithms for graph manipulation", CACM 16(6), 1973). They are read off one
 * depth-first search: an ancestor {@code d ≠ root} of {@code v} separates it from the root exactly
 * when its child {@code c} on the tree path to {@code v} has {@code low(c) ≥ disc(d)} (no back edge
 * from {@code c}'s subtree climbs above {@code d}). So, in discovery order, {@code dom(c) = dom(d)
 * + [d]} when that holds, else {@code dom(d)}: the list comes out in path order from the region.
 *
 * <p>A vertex that cannot be passed through but borders reachable ones is an endpoint: its
 * dominators are those common to every way in, the intersection over its reachable neighbours
 * {@code n} of {@code dom(n) + [n]}, and none when it borders the region.
 *
 * <p>Time and memory are linear in the graph; the search is iterative (no recursion depth limit).
 * {@code GeographyAlgorithmTest} checks it against removing each vertex in turn and against
 * JGraphT's block–cut-point tree.
 */
final class Dominators {
  private Dominators() {}

  /**
   * The answer for every vertex.
   *
   * @param hops per vertex, its hop distance from the region (1 for a vertex bordering it, 0 for a
   *     region vertex), or -1 when unreachable
   * @param dominators per reachable vertex outside the region, its dominators in path order from
   *     the region; {@code null} for unreachable and region vertices
   * @param exposed per vertex, whether it borders the region (and is not in it)
   */
  record Result(int[] hops, int[][] dominators, boolean[] exposed) {}

  private static final int[] NONE = new int[0];

  /**
   * Computes the answer.
   *
   * @param adj per vertex, its neighbours (the graph is undirected: each edge listed both ways,
   *     once, no loops)
   * @param region the vertices contracted into the root
   * @param passable the vertices a path may pass through (ignored for region vertices)
   */
  static Result compute(int[][] adj, boolean[] region, boolean[] passable) {
    int n = adj.length;
    int[] hops = new int[n];
    Arrays.fill(hops, -1);
    boolean[] exposed = new boolean[n];
    // The root's neighbours: every vertex outside the region bordering it.
    int[] rootAdj = new int[n];
    int rootDeg = 0;
    for (int v = 0; v < n; v++) {
      if (region[v]) {
        hops[v] = 0;
        for (int w : adj[v]) {
          if (!region[w] && !exposed[w]) {
            exposed[w] = true;
            rootAdj[rootDeg++] = w;
          }
        }
      }
    }
    // Breadth first: hop distances. Only passable vertices are expanded.
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < rootDeg; i++) {
      hops[rootAdj[i]] = 1;
      queue[tail++] = rootAdj[i];
    }
    while (head < tail) {
      int v = queue[head++];
      if (!passable[v]) {
        continue;
      }
      for (int w : adj[v]) {
        if (hops[w] < 0) {
          hops[w] = hops[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    // Depth first from the root (index n) over passable vertices: discovery times and low links.
    int[] disc = new int[n + 1];
    int[] low = new int[n + 1];
    int[] parent = new int[n + 1];
    int[] next = new int[n + 1]; // the next neighbour to look at
    int[] order = new int[n]; // passable vertices in discovery order
    int found = 0;
    Arrays.fill(disc, -1);
    int[] stack = new int[n + 1];
    int top = 0;
    int time = 0;
    disc[n] = time++;
    low[n] = disc[n];
    parent[n] = -1;
    stack[top++] = n;
    while (top > 0) {
      int v = stack[top - 1];
      int deg = v == n ? rootDeg : adj[v].length;
      if (next[v] < deg) {
        int w = v == n ? rootAdj[next[v]] : adj[v][next[v]];
        next[v]++;
        if (region[w] || !passable[w]) {
          continue; // region vertices are the root; impassable ones are endpoints only
        }
        if (disc[w] < 0) {
          disc[w] = time++;
          // A vertex bordering the region found deeper in the tree has a back edge to the root.
          low[w] = exposed[w] && v != n ? disc[n] : disc[w];
          parent[w] = v;
          order[found++] = w;
          stack[top++] = w;
        } else if (w != parent[v]) {
          low[v] = Math.min(low[v], disc[w]);
        }
      } else {
        top--;
        int p = parent[v];
        if (p >= 0) {
          low[p] = Math.min(low[p], low[v]);
        }
      }
    }
    int[][] dom = new int[n][];
    for (int i = 0; i < found; i++) {
      int c = order[i];
      int p = parent[c];
      if (p == n) {
        dom[c] = NONE;
      } else if (low[c] >= disc[p]) {
        int[] d = Arrays.copyOf(dom[p], dom[p].length + 1);
        d[d.length - 1] = p;
        dom[c] = d;
      } else {
        dom[c] = dom[p];
      }
    }
    // Endpoints that cannot be passed through: what every way in has in common.
    for (int u = 0; u < n; u++) {
      if (region[u] || passable[u] || hops[u] < 0) {
        continue;
      }
      if (exposed[u]) {
        dom[u] = NONE;
        continue;
      }
      int[] common = null;
      for (int w : adj[u]) {
        if (region[w] || !passable[w] || disc[w] < 0) {
          continue;
        }
        int[] via = Arrays.copyOf(dom[w], dom[w].length + 1);
        via[via.length - 1] = w;
        common = common == null ? via : commonPrefix(common, via);
      }
      dom[u] = common == null ? NONE : common;
    }
    return new Result(hops, dom, exposed);
  }

  /**
   * The longest common prefix of two dominator chains. Each chain runs down the dominator tree from
   * the root, so their intersection is the prefix they share.
   */
  private static int[] commonPrefix(int[] a, int[] b) {
    int k = 0;
    while (k < a.length && k < b.length && a[k] == b[k]) {
      k++;
    }
    return k == a.length ? a : Arrays.copyOf(a, k);
  }
}
