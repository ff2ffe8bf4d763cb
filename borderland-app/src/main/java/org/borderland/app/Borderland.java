package org.borderland.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.borderland.app.problem.BadParameter;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFactsException;
import org.borderland.data.engine.Engine;
import org.borderland.data.store.PanelStore;

/**
 * The application's long-lived state, one per process: the engine loaded from the panel and the
 * curated facts (with its parsed models and warm scorers), and what services keep per engine (e.g.
 * calibration fits). An engine is reused while its files are unchanged (the panel manifest and the
 * curated files, by size and modification time); when they change the next request loads a new one
 * and everything kept for the old one goes with it. No state lives in static fields.
 */
public final class Borderland implements AutoCloseable {
  /**
   * Where the application reads from.
   *
   * @param panelDir the panel (null: the project's panel/, or $BORDERLAND_HOME/panel)
   * @param curatedDir the curated facts (null: the project's curated/)
   */
  public record Config(Path panelDir, Path curatedDir) {
    /** The defaults. */
    public static Config defaults() {
      return new Config(null, null);
    }

    /** The panel directory to read. */
    public Path panel() {
      return PanelLocation.resolve(java.util.Optional.ofNullable(panelDir));
    }

    /** The curated directory to read. */
    public Path curated() {
      return curatedDir != null ? curatedDir : Engine.defaultCuratedDir();
    }
  }

  /** How long an engine is used before the files are looked at again. */
  static final long RECHECK_NANOS = 1_000_000_000L;

  private final Config config;
  private final Path panel;
  private final Path curated;
  private final Object lock = new Object();
  private List<Object> stamp;
  private long checked;
  private Engine engine;
  private final Map<String, Object> kept = new LinkedHashMap<>();

  /** An application reading what {@code config} names (nothing is loaded until first use). */
  public Borderland(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    this.panel = config.panel();
    this.curated = config.curated();
  }

  /** The configuration. */
  public Config config() {
    return config;
  }

  /**
   * The engine for the current files: loaded on first use, and again when the panel or curated
   * files change (looked at once a second at most: a change is seen within a second).
   *
   * @throws BadParameter naming {@code curated} when the curated files have errors
   * @throws IllegalStateException when there is no panel (a set-up error, not a request's)
   */
  public Engine engine() {
    synchronized (lock) {
      if (engine != null && System.nanoTime() - checked < RECHECK_NANOS) {
        return engine;
      }
    }
    List<Object> now = stamp(panel, curated);
    synchronized (lock) {
      checked = System.nanoTime();
      if (engine == null || !now.equals(stamp)) {
        try {
          engine = Engine.load(panel, curated);
        } catch (CuratedFactsException e) {
          throw BadParameter.of("curated", curated.toString(), e);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException("Could not read the panel at " + panel, e);
        }
        stamp = now;
        kept.clear();
      }
      return engine;
    }
  }

  /**
   * Something computed once per engine and kept while the engine is (e.g. a calibration fit), by
   * key; {@code make} runs outside any lock the application holds, so two callers may compute the
   * same value once each, and the first kept wins.
   */
  @SuppressWarnings("unchecked")
  public <T> T kept(Engine forEngine, String key, Function<Engine, T> make) {
    synchronized (lock) {
      if (forEngine == engine && kept.containsKey(key)) {
        return (T) kept.get(key);
      }
    }
    T value = make.apply(forEngine);
    synchronized (lock) {
      if (forEngine == engine) {
        Object first = kept.putIfAbsent(key, value);
        if (first != null) {
          return (T) first;
        }
      }
    }
    return value;
  }

  /** Drops the engine and everything kept with it. */
  @Override
  public void close() {
    synchronized (lock) {
      engine = null;
      stamp = null;
      kept.clear();
    }
  }

  private static List<Object> stamp(Path panelDir, Path curatedDir) {
    List<Object> k = new ArrayList<>();
    for (Path p :
        List.of(
            panelDir.resolve(PanelStore.MANIFEST),
            curatedDir.resolve("facts.yaml"),
            curatedDir.resolve("researched.yaml"))) {
      Path abs = p.toAbsolutePath().normalize();
      k.add(abs.toString());
      try {
        if (Files.exists(abs)) {
          k.add(Files.size(abs));
          k.add(Files.getLastModifiedTime(abs).toMillis());
        }
      } catch (IOException e) {
        k.add("unreadable");
      }
    }
    return k;
  }
}
