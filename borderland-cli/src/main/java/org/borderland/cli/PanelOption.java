package org.borderland.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.borderland.core.panel.Panel;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.store.PanelStore;
import picocli.CommandLine.Option;

/** The shared {@code --panel} option, and loading the panel it names. */
public final class PanelOption {
  @Option(
      names = "--panel",
      paramLabel = "DIR",
      description = "Panel directory (default: the project's panel/, or $BORDERLAND_HOME/panel).")
  Path panel;

  /** The applications of this run (set by {@link Main}'s factory). */
  Apps apps = new Apps();

  /** The application reading this panel and {@code curatedDir} (null: the default). */
  org.borderland.app.Borderland app(Path curatedDir) {
    return apps.get(panel, curatedDir);
  }

  /** The panel directory to use. */
  public Path dir() {
    return PanelLocation.resolve(Optional.ofNullable(panel));
  }

  /** Loads the panel, with a message saying what to do when there is none. */
  public Panel load() throws IOException {
    Path dir = dir();
    if (!PanelStore.exists(dir)) {
      throw new IllegalStateException(
          "No panel at "
              + dir
              + "; build one with `borderland data build --sources ../shared/data` or pass --panel DIR");
    }
    return new Panel(PanelStore.read(dir));
  }
}
