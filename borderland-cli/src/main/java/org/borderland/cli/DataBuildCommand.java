package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

  @Mixin CuratedOption curated;

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
      Path facts =
          curated.dir() != null
              ? curated.dir()
              : PanelLocation.projectRoot().orElse(Path.of(".")).resolve("curated");
      result = PanelBuild.run(src, StandardImporters.all(registry, facts), registry, err::println);
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
    DataBuildReport.written(err, result, files, dir, (System.nanoTime() - t0) / 1e9);
    DataBuildReport.warnIfPrivate(dir, err);
    return ExitCode.OK;
  }
}
