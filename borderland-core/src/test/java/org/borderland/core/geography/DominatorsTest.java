package org.borderland.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BlockCutpointGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Dominators} on small hand-made graphs, and on seeded random graphs against two references:
 * removing each vertex in turn (brute force), and the path through JGraphT's block–cut-point tree.
 */
class DominatorsTest {

  /** A graph of {@code n} vertices from {@code "0-1"}-style edges. */
  private static int[][] graph(int n, String... edges) {
    List<List<Integer>> adj = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      adj.add(new ArrayList<>());
    }
    for (String e : edges) {
      String[] p = e.split("-");
      int a = Integer.parseInt(p[0]);
      int b = Integer.parseInt(p[1]);
      adj.get(a).add(b);
      adj.get(b).add(a);
    }
    return adj.stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  private static boolean[] only(int n, int... vertices) {
    boolean[] b = new boolean[n];
    for (int v : vertices) {
      b[v] = true;
    }
    return b;
  }

  private static boolean[] allBut(int n, int... vertices) {
    boolean[] b = new boolean[n];
    Arrays.fill(b, true);
    for (int v : vertices) {
      b[v] = false;
    }
    return b;
  }

  private static List<Integer> dom(Dominators.Result r, int v) {
    return r.dominators()[v] == null ? null : Arrays.stream(r.dominators()[v]).boxed().toList();
  }

  @Nested
  class HandMadeGraphs {
    @Test
    void onAPathEveryVertexBetweenShields() {
      // 0 (region) - 1 - 2 - 3 - 4
      Dominators.Result r =
          Dominators.compute(graph(5, "0-1", "1-2", "2-3", "3-4"), only(5, 0), allBut(5));
      assertThat(dom(r, 1)).isEmpty();
      assertThat(dom(r, 2)).containsExactly(1);
      assertThat(dom(r, 4)).containsExactly(1, 2, 3);
      assertThat(r.hops()).containsExactly(0, 1, 2, 3, 4);
      assertThat(r.exposed()).containsExactly(false, true, false, false, false);
    }

    @Test
    void onACycleNothingShields() {
      // 0 (region) - 1 - 2 - 3 - 4 - 0
      Dominators.Result r =
          Dominators.compute(graph(5, "0-1", "1-2", "2-3", "3-4", "4-0"), only(5, 0), allBut(5));
      for (int v = 1; v < 5; v++) {
        assertThat(dom(r, v)).as("vertex %d", v).isEmpty();
      }
      assertThat(r.hops()).containsExactly(0, 1, 2, 2, 1);
    }

    @Test
    void theCentreOfAStarShieldsEveryLeaf() {
      // region 0 - centre 1; leaves 2..5 hang off 1
      Dominators.Result r =
          Dominators.compute(graph(6, "0-1", "1-2", "1-3", "1-4", "1-5"), only(6, 0), allBut(6));
      for (int v = 2; v < 6; v++) {
        assertThat(dom(r, v)).as("leaf %d", v).containsExactly(1);
      }
      assertThat(dom(r, 1)).isEmpty();
    }

    @Test
    void twoRoutesShieldOnlyWhereTheyMeet() {
      // 0 (region) - 1 - 3 and 0 - 2 - 3 (two routes to 3), then 3 - 4 - 5
      Dominators.Result r =
          Dominators.compute(
              graph(6, "0-1", "0-2", "1-3", "2-3", "3-4", "4-5"), only(6, 0), allBut(6));
      assertThat(dom(r, 3)).isEmpty();
      assertThat(dom(r, 4)).containsExactly(3);
      assertThat(dom(r, 5)).containsExactly(3, 4);
      // Closing the second route makes 1 the gateway.
      Dominators.Result closed =
          Dominators.compute(
              graph(6, "0-1", "0-2", "1-3", "2-3", "3-4", "4-5"), only(6, 0), allBut(6, 2));
      assertThat(dom(closed, 3)).containsExactly(1);
      assertThat(dom(closed, 5)).containsExactly(1, 3, 4);
      assertThat(dom(closed, 2)).as("an impassable neighbour of the region is exposed").isEmpty();
      assertThat(closed.exposed()[2]).isTrue();
    }

    @Test
    void anImpassableStateIsAnEndpointShieldedByWhatEveryWayInShares() {
      // 0 (region) - 1 - 2 - 4 and 1 - 3 - 4; 4 (impassable) - 5 behind it
      int[][] g = graph(6, "0-1", "1-2", "1-3", "2-4", "3-4", "4-5");
      Dominators.Result r = Dominators.compute(g, only(6, 0), allBut(6, 4));
      assertThat(dom(r, 4)).containsExactly(1);
      assertThat(r.hops()[4]).isEqualTo(3);
      assertThat(r.hops()[5]).as("nothing passes through 4").isEqualTo(-1);
      assertThat(dom(r, 5)).isNull();
    }

    @Test
    void aRegionOfSeveralStatesIsOneRoot() {
      // region {0, 1}; 2 borders both; 3 hangs off 2
      Dominators.Result r =
          Dominators.compute(graph(4, "0-1", "0-2", "1-2", "2-3"), only(4, 0, 1), allBut(4));
      assertThat(dom(r, 3)).containsExactly(2);
      assertThat(r.hops()).containsExactly(0, 0, 1, 2);
    }

    @Test
    void aStateBorderingTheRegionFoundDeepInTheSearchIsStillExposedAndUnshielded() {
      // 0 (region) - 1 - 2 - 3 - 0: 3 borders the region too, whatever the search order
      Dominators.Result r =
          Dominators.compute(graph(4, "0-1", "1-2", "2-3", "3-0"), only(4, 0), allBut(4));
      assertThat(dom(r, 2)).isEmpty();
      assertThat(r.exposed()[3]).isTrue();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Random graphs against the two references

  /** A random instance: a graph, a region and passable vertices, all from one seed. */
  record Instance(long seed, int[][] adj, boolean[] region, boolean[] passable) {
    static Instance of(long seed) {
      Random rnd = new Random(seed);
      int n = 2 + rnd.nextInt(40);
      double p = (0.5 + rnd.nextDouble() * 3) / n; // from sparse trees to a few cycles
      List<List<Integer>> adj = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        adj.add(new ArrayList<>());
      }
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (rnd.nextDouble() < p) {
            adj.get(a).add(b);
            adj.get(b).add(a);
          }
        }
      }
      boolean[] region = new boolean[n];
      int k = 1 + rnd.nextInt(Math.min(3, n));
      for (int i = 0; i < k; i++) {
        region[rnd.nextInt(n)] = true;
      }
      boolean[] passable = new boolean[n];
      double q = 0.5 + rnd.nextDouble() * 0.5;
      for (int i = 0; i < n; i++) {
        passable[i] = rnd.nextDouble() < q;
      }
      int[][] a =
          adj.stream()
              .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
              .toArray(int[][]::new);
      return new Instance(seed, a, region, passable);
    }

    @Override
    public String toString() {
      return "seed " + seed + " (" + adj.length + " vertices)";
    }
  }

  static Stream<Instance> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> Instance.of(20_240_000L + i));
  }

  @Test
  void theRandomGraphsExerciseEveryCase() {
    int chains = 0;
    int shieldedEndpoints = 0;
    int unreachable = 0;
    int cycles = 0;
    for (Instance g : seeds().toList()) {
      Dominators.Result r = Dominators.compute(g.adj(), g.region(), g.passable());
      int edges = Arrays.stream(g.adj()).mapToInt(a -> a.length).sum() / 2;
      cycles += edges >= g.adj().length ? 1 : 0;
      for (int v = 0; v < g.adj().length; v++) {
        int[] d = r.dominators()[v];
        chains += d != null && d.length >= 2 ? 1 : 0;
        shieldedEndpoints += d != null && d.length >= 1 && !g.passable()[v] ? 1 : 0;
        unreachable += r.hops()[v] < 0 ? 1 : 0;
      }
    }
    assertThat(chains).as("vertices behind two or more gateways").isGreaterThan(100);
    assertThat(shieldedEndpoints).as("shielded impassable endpoints").isGreaterThan(50);
    assertThat(unreachable).as("unreachable vertices").isGreaterThan(100);
    assertThat(cycles).as("graphs with cycles").isGreaterThan(50);
  }

  /** Hop distances from the region, passing only through passable vertices; -1 unreachable. */
  private static int[] reach(Instance g, int removed) {
    int n = g.adj().length;
    int[] hops = new int[n];
    Arrays.fill(hops, -1);
    Deque<Integer> q = new ArrayDeque<>();
    for (int v = 0; v < n; v++) {
      if (g.region()[v]) {
        hops[v] = 0;
        q.add(v);
      }
    }
    while (!q.isEmpty()) {
      int v = q.poll();
      if (!g.region()[v] && !g.passable()[v]) {
        continue;
      }
      for (int w : g.adj()[v]) {
        if (w != removed && hops[w] < 0) {
          hops[w] = hops[v] + 1;
          q.add(w);
        }
      }
    }
    return hops;
  }

  /** Brute force: w shields v when v is reachable and removing w makes it unreachable. */
  private static List<Integer> bruteForce(Instance g, int v, int[] hops) {
    List<Integer> out = new ArrayList<>();
    for (int w = 0; w < g.adj().length; w++) {
      if (w != v && !g.region()[w] && g.passable()[w] && hops[w] > 0 && reach(g, w)[v] < 0) {
        out.add(w);
      }
    }
    out.sort(Comparator.comparingInt(w -> hops[w])); // path order: each is nearer than the next
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void agreesWithRemovingEachVertexInTurn(Instance g) {
    Dominators.Result r = Dominators.compute(g.adj(), g.region(), g.passable());
    int[] hops = reach(g, -1);
    assertThat(r.hops()).as("hops, %s", g).containsExactly(hops);
    for (int v = 0; v < g.adj().length; v++) {
      if (g.region()[v]) {
        continue;
      }
      if (hops[v] < 0) {
        assertThat(dom(r, v)).as("unreachable %d, %s", v, g).isNull();
        continue;
      }
      assertThat(dom(r, v)).as("vertex %d, %s", v, g).isEqualTo(bruteForce(g, v, hops));
      assertThat(r.exposed()[v]).as("exposed %d, %s", v, g).isEqualTo(hops[v] == 1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void agreesWithTheBlockCutpointTreeOfJgrapht(Instance g) {
    Dominators.Result r = Dominators.compute(g.adj(), g.region(), g.passable());
    Map<Integer, List<Integer>> ref = blockCutTree(g);
    for (int v = 0; v < g.adj().length; v++) {
      if (!g.region()[v] && r.dominators()[v] != null) {
        assertThat(dom(r, v)).as("vertex %d, %s", v, g).isEqualTo(ref.get(v));
      }
    }
  }

  /**
   * The reference by JGraphT: contract the region into a root, keep passable vertices, and read the
   * cut points on the path from the root's node to each vertex's node in the block–cut-point tree;
   * an impassable endpoint takes what every reachable neighbour's list (plus the neighbour) shares.
   */
  private static Map<Integer, List<Integer>> blockCutTree(Instance g) {
    int n = g.adj().length;
    int root = n;
    Graph<Integer, DefaultEdge> h = new SimpleGraph<>(DefaultEdge.class);
    h.addVertex(root);
    for (int v = 0; v < n; v++) {
      if (!g.region()[v] && g.passable()[v]) {
        h.addVertex(v);
      }
    }
    for (int v = 0; v < n; v++) {
      for (int w : g.adj()[v]) {
        int a = g.region()[v] ? root : v;
        int b = g.region()[w] ? root : w;
        if (a != b && h.containsVertex(a) && h.containsVertex(b)) {
          h.addEdge(a, b);
        }
      }
    }
    BlockCutpointGraph<Integer, DefaultEdge> bc = new BlockCutpointGraph<>(h);
    // Breadth first over the tree from the root's node, keeping parents.
    Map<Graph<Integer, DefaultEdge>, Graph<Integer, DefaultEdge>> parent = new HashMap<>();
    Graph<Integer, DefaultEdge> start = bc.getBlock(root); // null when the root is isolated
    Deque<Graph<Integer, DefaultEdge>> q = new ArrayDeque<>();
    if (start != null) {
      parent.put(start, start);
      q.add(start);
    }
    while (!q.isEmpty()) {
      Graph<Integer, DefaultEdge> x = q.poll();
      for (DefaultEdge e : bc.edgesOf(x)) {
        Graph<Integer, DefaultEdge> y = org.jgrapht.Graphs.getOppositeVertex(bc, e, x);
        if (!parent.containsKey(y)) {
          parent.put(y, x);
          q.add(y);
        }
      }
    }
    Map<Integer, List<Integer>> out = new HashMap<>();
    for (int v = 0; v < n; v++) {
      if (!h.containsVertex(v) || bc.getBlock(v) == null || !parent.containsKey(bc.getBlock(v))) {
        continue;
      }
      List<Integer> path = new ArrayList<>();
      for (Graph<Integer, DefaultEdge> x = bc.getBlock(v); x != start; x = parent.get(x)) {
        if (x.vertexSet().size() == 1) {
          int c = x.vertexSet().iterator().next();
          if (bc.isCutpoint(c) && c != v) {
            path.add(0, c);
          }
        }
      }
      out.put(v, path);
    }
    for (int u = 0; u < n; u++) {
      if (g.region()[u] || g.passable()[u]) {
        continue;
      }
      List<Integer> common = null;
      boolean bordersRegion = false;
      for (int w : g.adj()[u]) {
        if (g.region()[w]) {
          bordersRegion = true;
        } else if (g.passable()[w] && out.containsKey(w)) {
          List<Integer> via = new ArrayList<>(out.get(w));
          via.add(w);
          if (common == null) {
            common = via;
          } else {
            common.retainAll(via);
          }
        }
      }
      if (bordersRegion) {
        out.put(u, List.of());
      } else if (common != null) {
        out.put(u, common);
      }
    }
    return out;
  }
}
