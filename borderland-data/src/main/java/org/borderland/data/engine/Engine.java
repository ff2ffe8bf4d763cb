package org.borderland.data.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.geography.Geography;
import org.borderland.core.indicator.RawCalculator;
import org.borderland.core.model.CandidateSet;
import org.borderland.core.model.Candidates;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Model;
import org.borderland.core.model.RawTable;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelIndex;
import org.borderland.core.scenario.Reweighting;
import org.borderland.core.scenario.Scenario;
import org.borderland.core.scenario.WorldScorer;
import org.borderland.core.score.Provenance;
import org.borderland.core.score.Scorer;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.curated.CuratedFactsException;
import org.borderland.data.model.CuratedFactCounts;
import org.borderland.data.model.ModelFileException;
import org.borderland.data.model.ModelFiles;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;

/** The panel, registry and curated facts, loaded once, and models on demand. */
public final class Engine {
  /** Borderland's version, cited in every result's provenance. */
  public static final String VERSION = "0.1.0";

  private final Panel panel;
  private final PanelIndex index;
  private final CountryRegistry registry;
  private final CuratedCounts curated;
  private final String panelHash;
  private final Geography geography;

  private Engine(Panel panel, CountryRegistry registry, CuratedCounts curated, String panelHash) {
    this.panel = panel;
    this.index = panel.index();
    this.registry = registry;
    this.curated = curated;
    this.panelHash = panelHash;
    this.geography = new Geography(index, registry);
  }

  /**
   * Loads the panel at {@code panelDir} and the curated facts in {@code curatedDir}.
   *
   * @throws IOException when the panel cannot be read
   * @throws CuratedFactsException when the curated files have errors
   */
  public static Engine load(Path panelDir, Path curatedDir)
      throws IOException, CuratedFactsException {
    if (!PanelStore.exists(panelDir)) {
      throw new IllegalStateException(
          "No panel at "
              + panelDir
              + "; build one with `borderland data build --sources ../shared/data` or pass --panel DIR");
    }
    CountryRegistry registry = RegistryTables.standard();
    Panel panel = new Panel(PanelStore.read(panelDir));
    CuratedFacts facts =
        CuratedFacts.load(
            curatedDir.resolve("facts.yaml"), curatedDir.resolve("researched.yaml"), registry);
    String hash = shortHash(Files.readAllBytes(panelDir.resolve(PanelStore.MANIFEST)));
    return new Engine(panel, registry, new CuratedFactCounts(facts), hash);
  }

  /** The project's {@code curated/} directory. */
  public static Path defaultCuratedDir() {
    return PanelLocation.projectRoot().orElse(Path.of(".")).resolve("curated");
  }

  /** A model with the hash of its file. */
  public record LoadedModel(Model model, Path file, String hash) {
    /** Requires every part. */
    public LoadedModel {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(hash, "hash");
    }
  }

  /**
   * Loads a model by shipped name ({@code essay}, {@code extended}) or path; the same name within a
   * second is answered without looking at the file again (an edited model file is seen within a
   * second).
   *
   * @throws ModelFileException naming the file, line, field and what is allowed
   */
  public LoadedModel model(String nameOrPath) throws ModelFileException, IOException {
    Known known;
    synchronized (models) {
      known = models.get(nameOrPath);
    }
    if (known != null && System.nanoTime() - known.checked() < RECHECK_NANOS) {
      return known.model();
    }
    ModelFiles.requireAllowed(nameOrPath);
    Path file = ModelFiles.locate(nameOrPath);
    String stamp =
        file.toAbsolutePath()
            + (Files.isRegularFile(file)
                ? "\n" + Files.size(file) + "\n" + Files.getLastModifiedTime(file).toMillis()
                : "");
    LoadedModel loaded =
        known != null && known.stamp().equals(stamp)
            ? known.model()
            : new LoadedModel(
                ModelFiles.load(nameOrPath, registry), file, shortHash(Files.readAllBytes(file)));
    synchronized (models) {
      models.put(nameOrPath, new Known(loaded, stamp, System.nanoTime()));
    }
    return loaded;
  }

  /** How long a model found by name is reused before its file is looked at again. */
  private static final long RECHECK_NANOS = 1_000_000_000L;

  /** A model loaded by a name, its file's path, size and time, and when the file was looked at. */
  private record Known(LoadedModel model, String stamp, long checked) {}

  /** The models loaded, by the name or path asked (the last 16): reused while unchanged. */
  private final Map<String, Known> models =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
          return size() > 16;
        }
      };

  /**
   * The raw values of a model for one aggressor, knowledge year and list of targets (with a new
   * calculator over this panel's index: for a model changed on the fly, such as another source
   * choice for one indicator).
   */
  public RawTable raw(Model model, String aggressor, int year, List<String> targets) {
    return new RawCalculator(model, index, curated, registry, geography)
        .compute(aggressor, year, targets);
  }

  /**
   * A scorer for a model over this panel (it shares the panel index, and the geography that answers
   * the gateway indicators).
   */
  public Scorer scorer(Model model) {
    return new Scorer(model, new RawCalculator(model, index, curated, registry, geography));
  }

  /**
   * The border graphs and shielding over this panel (one per engine; it keeps each year's graph).
   */
  public Geography geography() {
    return geography;
  }

  /**
   * A scorer of worlds under a scenario: raw values by {@code model}, scored with the scenario's
   * weights applied to it.
   *
   * @throws IllegalArgumentException when the scenario names a factor or indicator the model lacks
   */
  public WorldScorer worlds(Model model, Scenario scenario) {
    return new WorldScorer(
        Reweighting.apply(model, scenario.weights()),
        new RawCalculator(model, index, curated, registry, geography),
        new Candidates(index, registry),
        registry,
        geography);
  }

  /** Scorers of worlds kept for reuse (their calculators' caches stay warm), newest last. */
  private final Map<String, WorldScorer> worldScorers = new LinkedHashMap<>();

  /**
   * As {@link #worlds(Model, Scenario)}, reusing the scorer made for the same model file and
   * weights (the last eight kept), so that repeated requests find its caches warm.
   */
  public WorldScorer worlds(LoadedModel model, Scenario scenario) {
    String key = model.hash() + " " + model.model().id() + " " + scenario.weights();
    synchronized (worldScorers) {
      WorldScorer w = worldScorers.remove(key);
      if (w == null) {
        w = worlds(model.model(), scenario);
      }
      worldScorers.put(key, w);
      while (worldScorers.size() > 8) {
        worldScorers.remove(worldScorers.keySet().iterator().next());
      }
      return w;
    }
  }

  /**
   * The candidates: the given codes (checked), or the model's default set for the aggressor.
   *
   * @throws org.borderland.core.country.UnknownCountryException for an unknown code
   */
  public CandidateSet candidates(
      Model model, String aggressor, int year, Optional<List<String>> given) {
    Candidates c = new Candidates(index, registry);
    return given.isPresent() ? c.given(aggressor, year, given.get()) : c.of(model, aggressor, year);
  }

  /** The provenance of a result computed with a model for a knowledge year. */
  public Provenance provenance(LoadedModel model, int year, Long seed) {
    return new Provenance(VERSION, panelHash, model.hash(), year, seed);
  }

  /** The panel. */
  public Panel panel() {
    return panel;
  }

  /** The country registry. */
  public CountryRegistry registry() {
    return registry;
  }

  /** The first and last knowledge years the panel covers (Factbook editions). */
  public int[] years() {
    int[] y = years;
    if (y == null) {
      y = computeYears();
      years = y;
    }
    return y.clone();
  }

  /** The knowledge years, computed once (the panel does not change). */
  private volatile int[] years;

  private int[] computeYears() {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (String c : panel.countries()) {
      for (int e : panel.editions("factbook-archive", c)) {
        min = Math.min(min, e);
        max = Math.max(max, e);
      }
      for (int e : panel.editions("factbook-json", c)) {
        max = Math.max(max, e);
      }
    }
    return new int[] {min, max};
  }

  /** The first 12 hex digits of the SHA-256 of some bytes. */
  public static String shortHash(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
