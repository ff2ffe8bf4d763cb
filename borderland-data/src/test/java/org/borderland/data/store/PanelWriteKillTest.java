package org.borderland.data.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.borderland.core.panel.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a process writing a new panel over an old one, at seeded-random moments
 * between the start of staging and the end of the write (where files are written, flushed, renamed
 * and deleted; {@code DataBuildKillTest} in the command-line module kills whole builds): every file
 * left is whole (the old or the new version), a reader gets the old panel, the new one, or a clear
 * refusal (never rows from a mix), everything stays readable by other users, and the next write
 * leaves the new panel byte for byte and no build directory.
 */
class PanelWriteKillTest {
  /** Rows per file: 36 files of about 0.15 MB. */
  private static final int ROWS = 2_000;

  private static final long SEED = 20_260_207L;
  private static final int KILLS = 10;

  @TempDir Path tmp;

  @Test
  void aWriteKilledAtAnyMomentLeavesWholeFilesAndTheNextWriteFinishesIt() throws Exception {
    Path oldPanel = tmp.resolve("old/panel");
    Path newPanel = tmp.resolve("new/panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), oldPanel);
    PanelStore.write(SyntheticPanel.rows(2, ROWS), newPanel);
    Map<String, byte[]> oldFiles = files(oldPanel);
    Map<String, byte[]> newFiles = files(newPanel);
    List<Observation> oldRows = PanelStore.read(oldPanel);
    List<Observation> newRows = PanelStore.read(newPanel);
    Path panel = tmp.resolve("work/panel");

    // How long an uninterrupted write takes from its line "Staging N files in ..." to its end.
    copy(oldPanel, panel);
    long writeNanos;
    try (JavaProcess p = write(panel)) {
      long start = p.awaitLine("Staging", 120).nanoTime();
      assertThat(p.awaitExit(120)).as(p.output()).isZero();
      writeNanos = System.nanoTime() - start;
    }
    assertThat(files(panel)).containsExactlyInAnyOrderEntriesOf(newFiles);

    Random random = new Random(SEED);
    Map<String, Integer> outcomes = new TreeMap<>();
    int kills = 0;
    for (int round = 0; kills < KILLS && round < 3 * KILLS; round++) {
      copy(oldPanel, panel);
      long delay = (long) (random.nextDouble() * writeNanos);
      boolean killed;
      try (JavaProcess p = write(panel)) {
        long start = p.awaitLine("Staging", 120).nanoTime();
        long wait = start + delay - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        killed = p.process.isAlive();
        p.process.destroyForcibly(); // SIGKILL on Linux
        p.process.waitFor();
      }
      if (!killed) {
        continue;
      }
      kills++;
      String description = "kill " + kills + " at " + delay / 1_000_000 + " ms (seed " + SEED + ")";
      Map<String, byte[]> left = files(panel);
      assertThat(left)
          .as(description + ": every file is the old or the new version, whole")
          .allSatisfy(
              (file, bytes) ->
                  assertThat(sameAs(bytes, oldFiles, file) || sameAs(bytes, newFiles, file))
                      .as(file)
                      .isTrue());
      assertReadableByOthers(panel, description);
      String outcome;
      try {
        List<Observation> read = PanelStore.read(panel, Duration.ZERO, w -> {});
        if (read.equals(oldRows)) {
          outcome = "old panel read";
        } else {
          assertThat(read).as(description + ": a reader gets the new panel").isEqualTo(newRows);
          outcome = "new panel read";
        }
      } catch (PanelFormatException e) {
        assertThat(e.getMessage())
            .as(description)
            .containsAnyOf("does not match its SHA-256", "is listed in MANIFEST.tsv but missing")
            .contains("git checkout panel/");
        outcome = "mixed files, reader refused";
      }
      outcomes.merge(outcome, 1, Integer::sum);
    }
    System.out.printf(
        "%s: %d kills within the %d ms from staging to the end (seed %d): %s%n",
        getClass().getSimpleName(), kills, writeNanos / 1_000_000, SEED, outcomes);
    assertThat(kills).isEqualTo(KILLS);

    try (JavaProcess p = write(panel)) {
      assertThat(p.awaitExit(120)).as(p.output()).isZero();
    }
    assertThat(files(panel)).containsExactlyInAnyOrderEntriesOf(newFiles);
    assertReadableByOthers(panel, "after the last write");
    try (Stream<Path> s = Files.list(panel.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("no build directory is left")
          .containsExactlyInAnyOrder("panel", ".panel.lock");
    }
  }

  private static boolean sameAs(byte[] bytes, Map<String, byte[]> version, String file) {
    return version.containsKey(file) && Arrays.equals(bytes, version.get(file));
  }

  private static JavaProcess write(Path panel) {
    return JavaProcess.start(
        PanelWriterProcess.class, "write", panel.toString(), "2", Integer.toString(ROWS));
  }

  /** Every file under {@code dir} by relative path. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), Files.readAllBytes(f));
      }
    }
    return out;
  }

  /** Replaces {@code to} by a copy of the panel {@code from}, rw-r--r-- and rwxr-xr-x. */
  private static void copy(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      PanelStore.deleteTree(to);
    }
    Files.createDirectories(to);
    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (Map.Entry<String, byte[]> e : files(from).entrySet()) {
      Path f = to.resolve(e.getKey());
      if (!Files.isDirectory(f.getParent())) {
        Files.createDirectories(f.getParent());
        Files.setPosixFilePermissions(f.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      Files.write(f, e.getValue());
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** Other users can list and read everything: o+rx on directories, o+r on files. */
  static void assertReadableByOthers(Path panel, String description) throws IOException {
    List<String> unreadable = new ArrayList<>();
    try (Stream<Path> all = Files.walk(panel)) {
      for (Path p : all.toList()) {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
        boolean ok =
            mode.contains(PosixFilePermission.OTHERS_READ)
                && (!Files.isDirectory(p) || mode.contains(PosixFilePermission.OTHERS_EXECUTE));
        if (!ok) {
          unreadable.add(p + " " + PosixFilePermissions.toString(mode));
        }
      }
    }
    assertThat(unreadable).as(description + ": not readable by other users").isEmpty();
  }
}
