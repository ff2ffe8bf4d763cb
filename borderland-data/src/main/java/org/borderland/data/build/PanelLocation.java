package org.borderland.data.build;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.borderland.data.store.PanelStore;

/**
 * Where the panel lives: the {@code --panel} option, else {@code $BORDERLAND_HOME/panel}, else the
 * {@code panel} directory of the project the running code was built in (found by walking up from
 * the jar), else {@code ./panel}.
 */
public final class PanelLocation {
  private PanelLocation() {}

  /** The panel directory to use. */
  public static Path resolve(Optional<Path> option) {
    if (option.isPresent()) {
      return option.get();
    }
    String home = System.getenv("BORDERLAND_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "panel");
    }
    return projectRoot().map(r -> r.resolve("panel")).orElse(Path.of("panel"));
  }

  /**
   * The project root: the nearest ancestor of the code's location holding {@code README.md} and
   * {@code panel/} or {@code pom.xml}.
   */
  public static Optional<Path> projectRoot() {
    try {
      var cs = PanelLocation.class.getProtectionDomain().getCodeSource();
      if (cs == null) {
        return Optional.empty();
      }
      Path p = Path.of(cs.getLocation().toURI()).toAbsolutePath();
      for (Path d = p; d != null; d = d.getParent()) {
        if (PanelStore.exists(d.resolve("panel"))
            || (Files.isRegularFile(d.resolve("pom.xml"))
                && Files.isDirectory(d.resolve("borderland-core")))) {
          return Optional.of(d);
        }
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The default sources directory: {@code ../shared/data} beside the project root. */
  public static Path defaultSources() {
    return projectRoot()
        .map(r -> r.resolveSibling("shared").resolve("data"))
        .orElse(Path.of("..", "shared", "data"));
  }
}
