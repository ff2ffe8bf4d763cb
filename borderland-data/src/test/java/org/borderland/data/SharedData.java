package org.borderland.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests on the real datasets find them: {@code <borderland.shared>/data}. */
public final class SharedData {
  private SharedData() {}

  /**
   * The {@code shared/data} directory; skips the test (or, from {@code @BeforeAll}, the class) with
   * a message when it or one of {@code folders} is absent.
   *
   * @param folders the folders under {@code data} the test reads, e.g. {@code cow-peacesciencer}
   */
  public static Path dataOrSkip(String... folders) {
    String shared = System.getProperty("borderland.shared", "");
    Path data = Path.of(shared.isEmpty() ? "/nonexistent" : shared).resolve("data");
    for (String folder : folders) {
      assumeTrue(
          Files.isDirectory(data.resolve(folder)),
          "shared/data/"
              + folder
              + " not found (borderland.shared="
              + shared
              + "); skipping the tests on the real data");
    }
    return data;
  }
}
