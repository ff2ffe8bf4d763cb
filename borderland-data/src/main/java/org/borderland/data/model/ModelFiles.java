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

  /** Set once by a server: from then on only shipped models are loaded, by name. */
  private static volatile boolean shippedNamesOnly;

  private ModelFiles() {}

  /**
   * From now on, in this process, a model is only ever a shipped model named by its name ({@code
   * essay}, {@code extended}, …), never a path: the server calls this at start, so that no request
   * — a query, a job parameter, a list such as {@code models=}, a scenario or spec body — can make
   * it read a file of the client's choosing, whatever route the name takes.
   */
  public static void acceptShippedNamesOnly() {
    shippedNamesOnly = true;
  }

  /**
   * Checks a model's name against {@link #acceptShippedNamesOnly()}: passes anything when it was
   * not called, else only the name of a shipped model.
   *
   * @throws IllegalArgumentException naming the value and the shipped models otherwise
   */
  public static void requireAllowed(String nameOrPath) {
    if (shippedNamesOnly) {
      requireShipped(nameOrPath);
    }
  }

  /**
   * Checks that {@code name} is a shipped model's name (blank means the default).
   *
   * @throws IllegalArgumentException naming the value and the shipped models otherwise
   */
  public static void requireShipped(String name) {
    String v = name == null || name.isBlank() ? DEFAULT : name.strip();
    Optional<Path> dir = modelsDirectory();
    // One stat per call (the server asks on every request); the directory is listed only to say
    // which names there are.
    if (SHIPPED_NAME.matcher(v).matches()
        && dir.isPresent()
        && Files.isRegularFile(dir.get().resolve(v + ".yaml"))) {
      return;
    }
    throw new IllegalArgumentException(
        "Model '"
            + v
            + "' is not a shipped model; name one of: "
            + String.join(", ", dir.map(ModelFiles::shipped).orElse(List.of()))
            + " (model files are for the command line)");
  }

  /** What a shipped model's name looks like: no dot, slash or colon, so never a path. */
  private static final java.util.regex.Pattern SHIPPED_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_-]+");

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
    requireAllowed(nameOrPath);
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
