package org.borderland.data.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.model.Model;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.yaml.YamlProblem;

/**
 * Finds model files: a path as given, or a shipped model by name ({@code essay}, {@code extended})
 * in the project's {@code models/} directory.
 */
public final class ModelFiles {
  /** The model used when none is named. */
  public static final String DEFAULT = "essay";

  private ModelFiles() {}

  /** The project's {@code models/} directory, if the project root can be found. */
  public static Optional<Path> modelsDirectory() {
    return PanelLocation.projectRoot().map(r -> r.resolve("models"));
  }

  /**
   * The file a {@code --model} value means: a path when it names an existing file or ends in {@code
   * .yaml}/{@code .yml} or holds a slash; else {@code models/<name>.yaml}.
   */
  public static Path locate(String nameOrPath) {
    return locate(nameOrPath, modelsDirectory().orElse(Path.of("models")));
  }

  /** As {@link #locate(String)}, with the shipped models in {@code modelsDir}. */
  public static Path locate(String nameOrPath, Path modelsDir) {
    String v = nameOrPath == null || nameOrPath.isBlank() ? DEFAULT : nameOrPath.strip();
    Path asPath = Path.of(v);
    if (Files.isRegularFile(asPath)
        || v.endsWith(".yaml")
        || v.endsWith(".yml")
        || v.contains("/")) {
      return asPath;
    }
    return modelsDir.resolve(v + ".yaml");
  }

  /** The names of the shipped models in {@code modelsDir}, sorted. */
  public static List<String> shipped(Path modelsDir) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(modelsDir)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  /**
   * Loads the model a {@code --model} value means.
   *
   * @throws ModelFileException when the file is missing (listing the shipped names) or has errors
   */
  public static Model load(String nameOrPath, CountryRegistry registry) throws ModelFileException {
    Path dir = modelsDirectory().orElse(Path.of("models"));
    Path file = locate(nameOrPath, dir);
    if (!Files.isRegularFile(file)) {
      List<String> names = shipped(dir);
      throw new ModelFileException(
          List.of(
              new YamlProblem(
                  file,
                  0,
                  0,
                  "",
                  "No model file here; give a path to a model YAML"
                      + (names.isEmpty()
                          ? ""
                          : " or one of the shipped models: " + String.join(", ", names)))));
    }
    return new ModelReader(registry).read(file);
  }
}
