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
import org.borderland.data.build.PanelBuild;
import org.borderland.data.store.PanelStore;

/** What {@code borderland data build} says after writing a panel. */
final class DataBuildReport {
  private DataBuildReport() {}

  /** The rows per dataset and a summary of what was written. */
  static void written(
      PrintWriter err,
      PanelBuild.Result result,
      List<PanelStore.ManifestEntry> files,
      Path dir,
      double seconds) {
    for (Map.Entry<String, Integer> e : result.rowsByDataset().entrySet()) {
      err.printf("  %-20s %,9d rows%n", e.getKey(), e.getValue());
    }
    err.printf(
        "Wrote %,d rows in %d files to %s in %.1f s (%d validation warnings; run `borderland data validate`).%n",
        result.rows().size(), files.size(), dir, seconds, result.report().warningCount());
  }

  /**
   * Says so when other users cannot read the panel: a build keeps the directory's mode, and builds
   * before it could leave it {@code rwx------}.
   */
  static void warnIfPrivate(Path dir, PrintWriter err) throws IOException {
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
