package org.borderland.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.borderland.data.build.PanelLocation;

/** Where the real datasets and the committed panel are, for integration tests. */
final class SharedData {
  private SharedData() {}

  /** The {@code shared/data} directory; skips the test with a message when it is absent. */
  static Path dataOrSkip() {
    String prop = System.getProperty("borderland.shared");
    Path data = prop == null ? PanelLocation.defaultSources() : Path.of(prop, "data");
    assumeTrue(
        Files.isDirectory(data.resolve("factbook-archive-1990-2025")),
        "shared/data not found at " + data + "; skipping integration tests on real data");
    return data;
  }

  /** The project's committed panel. */
  static Path committedPanel() {
    Path root = PanelLocation.projectRoot().orElseThrow();
    return root.resolve("panel");
  }
}
