package org.borderland.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.borderland.data.build.PanelBuild;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.build.StandardImporters;
import org.borderland.data.importer.ImportException;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data build}: rebuild the panel from the raw datasets, atomically. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the panel from the raw public datasets (read in place, never copied).",
      "Atomic: if any file fails to read or the result fails validation, the previous panel is kept;",
      "otherwise each changed file is renamed into place whole, MANIFEST.tsv last, and readers",
      "check every file against the manifest. One build at a time per panel (a lock file beside",
      "it); a build first removes what killed builds left beside the panel."
    })
public final class DataBuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PanelOption panelOption;

  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description = "The shared data directory (default: ../shared/data beside the project).")
  Path sources;

  @Option(
      names = "--curated",
      paramLabel = "DIR",
      description = "The curated facts directory (default: the project's curated/).")
  Path curatedDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path src = sources == null ? PanelLocation.defaultSources() : sources;
    Path dir = panelOption.dir();
    long t0 = System.nanoTime();
    PanelStore.removeStaleBuilds(dir, err::println);
    PanelBuild.Result result;
    try {
      var registry = RegistryTables.standard();
      Path curated =
          curatedDir != null
              ? curatedDir
              : PanelLocation.projectRoot().orElse(Path.of(".")).resolve("curated");
      result =
          PanelBuild.run(src, StandardImporters.all(registry, curated), registry, err::println);
    } catch (ImportException e) {
      err.println("error: " + e.getMessage());
      err.println("The panel at " + dir + " was not changed.");
      return ExitCode.FAILURE;
    }
    if (!result.report().ok()) {
      err.println(
          "error: the rebuilt panel fails validation; the panel at " + dir + " was not changed:");
      result.report().errors().forEach(m -> err.println("  " + m));
      return ExitCode.FAILURE;
    }
    err.println("Validated; writing the panel at " + dir);
    List<PanelStore.ManifestEntry> files = PanelStore.write(result.rows(), dir, err::println);
    for (Map.Entry<String, Integer> e : result.rowsByDataset().entrySet()) {
      err.printf("  %-20s %,9d rows%n", e.getKey(), e.getValue());
    }
    err.printf(
        "Wrote %,d rows in %d files to %s in %.1f s (%d validation warnings; run `borderland data validate`).%n",
        result.rows().size(),
        files.size(),
        dir,
        (System.nanoTime() - t0) / 1e9,
        result.report().warningCount());
    warnIfPrivate(dir, err);
    return ExitCode.OK;
  }

  /**
   * Says so when other users cannot read the panel: a build keeps the directory's mode, and builds
   * before it could leave it {@code rwx------}.
   */
  private static void warnIfPrivate(Path dir, PrintWriter err) throws IOException {
    if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
    if (!mode.contains(PosixFilePermission.OTHERS_READ)
        || !mode.contains(PosixFilePermission.OTHERS_EXECUTE)) {
      err.printf(
          "Note: %s has mode %s, so other users cannot read the panel (kept as it was);"
              + " `chmod 755 %s` if they should.%n",
          dir, PosixFilePermissions.toString(mode), dir);
    }
  }
}
