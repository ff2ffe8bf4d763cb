package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data build} on the real datasets: it reproduces the committed panel byte for byte, and bad
 * input fails with a clear message while the panel already built stays as it was.
 */
class DataBuildIntegrationTest {
  @TempDir Path tmp;

  @Test
  void rebuildingFromTheSourcesReproducesTheCommittedPanelByteForByte() throws IOException {
    Path data = SharedData.dataOrSkip();
    Path fresh = tmp.resolve("panel");
    CliRunner r =
        CliRunner.run("data", "build", "--sources", data.toString(), "--panel", fresh.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path committed = SharedData.committedPanel();
    assertThat(Files.readString(fresh.resolve(PanelStore.MANIFEST)))
        .as(
            "manifest (rebuild with `./borderland data build` and commit panel/ if the importers changed)")
        .isEqualTo(Files.readString(committed.resolve(PanelStore.MANIFEST)));
    for (PanelStore.ManifestEntry e : PanelStore.manifest(committed)) {
      assertThat(Files.mismatch(fresh.resolve(e.file()), committed.resolve(e.file())))
          .as(e.file())
          .isEqualTo(-1L);
    }
  }

  @Test
  void aTruncatedArchiveFileFailsNamingItAndKeepsThePanel() throws IOException {
    Path data = SharedData.dataOrSkip();
    Path sources =
        mirror(
            data,
            "country_fields_1990.sql.gz",
            bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path panel = existingPanel();
    String before = Files.readString(panel.resolve(PanelStore.MANIFEST));
    CliRunner r =
        CliRunner.run(
            "data", "build", "--sources", sources.toString(), "--panel", panel.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).contains("country_fields_1990.sql.gz").contains("was not changed");
    assertThat(Files.readString(panel.resolve(PanelStore.MANIFEST))).isEqualTo(before);
  }

  @Test
  void aShareOf140PercentInTheSourcesFailsValidationAndKeepsThePanel() throws IOException {
    Path data = SharedData.dataOrSkip();
    Path sources =
        mirror(
            data,
            "country_fields_1992.sql.gz",
            bytes ->
                regzip(
                    gunzip(bytes)
                        .replace(
                            "Kazakh (Qazaq) 40%, Russian 38%",
                            "Kazakh (Qazaq) 40%, Russian 140%")));
    Path panel = existingPanel();
    String before = Files.readString(panel.resolve(PanelStore.MANIFEST));
    CliRunner r =
        CliRunner.run(
            "data", "build", "--sources", sources.toString(), "--panel", panel.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err())
        .contains("KAZ ethnic_share[Russian] has a share of 140.0%")
        .contains("was not changed");
    assertThat(Files.readString(panel.resolve(PanelStore.MANIFEST))).isEqualTo(before);
  }

  /** A small panel standing for one already built. */
  private Path existingPanel() throws IOException {
    Path panel = tmp.resolve("existing");
    PanelStore.write(List.of(), panel);
    return panel;
  }

  interface Edit {
    byte[] apply(byte[] in) throws IOException;
  }

  /**
   * A sources directory that links to the real datasets, except one archive file, replaced by an
   * edited copy in the temporary directory (nothing is copied into the repository).
   */
  private Path mirror(Path data, String archiveFile, Edit edit) throws IOException {
    Path root = tmp.resolve("sources");
    Files.createDirectories(root);
    try (var entries = Files.list(data)) {
      for (Path p : entries.toList()) {
        if (!p.getFileName().toString().equals("factbook-archive-1990-2025")) {
          Files.createSymbolicLink(root.resolve(p.getFileName().toString()), p);
        }
      }
    }
    Path archive = data.resolve("factbook-archive-1990-2025");
    Path mine = root.resolve("factbook-archive-1990-2025");
    Files.createDirectories(mine.resolve("fields"));
    try (var entries = Files.list(archive)) {
      for (Path p : entries.toList()) {
        if (!p.getFileName().toString().equals("fields")) {
          Files.createSymbolicLink(mine.resolve(p.getFileName().toString()), p);
        }
      }
    }
    try (var entries = Files.list(archive.resolve("fields"))) {
      for (Path p : entries.toList()) {
        Path target = mine.resolve("fields").resolve(p.getFileName().toString());
        if (p.getFileName().toString().equals(archiveFile)) {
          Files.write(target, edit.apply(Files.readAllBytes(p)));
        } else {
          Files.createSymbolicLink(target, p);
        }
      }
    }
    return root;
  }

  private static String gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] regzip(String text) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(b)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }
}
