package org.borderland.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.borderland.app.Borderland;

/**
 * The applications one run of the command line uses, by what they read (the panel and curated
 * directories the options name): a command gets its application here, so that a process running
 * several commands (the tests; the server, until it calls the services itself) loads a panel once.
 * Its lifetime is its owner's: {@link Main} makes one per run.
 */
public final class Apps {
  private final Map<Borderland.Config, Borderland> made = new HashMap<>();

  /** The application reading {@code panelDir} and {@code curatedDir} (null: the defaults). */
  public synchronized Borderland get(Path panelDir, Path curatedDir) {
    return made.computeIfAbsent(new Borderland.Config(panelDir, curatedDir), Borderland::new);
  }
}
