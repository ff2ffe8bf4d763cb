package org.borderland.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.borderland.data.store.PanelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data build} killed with {@code kill -9} (SIGKILL) at seeded-random moments of a real
 * build, run as its own process: the panel stays byte for byte what it was (the sources are the
 * same, so the old and the new panel are one), readable by other users, with its directory's mode;
 * and the next build leaves no build directory, those of builds before it included.
 *
 * <p>A full build reads every Factbook edition and takes most of a minute, too long for several
 * kills; this one reads the real datasets with the Factbook archive cut to its 2024 and 2025
 * editions and the JSON snapshots to the newest (about 13 s, a panel of 24 files). The importers,
 * validation and writing are the real ones; the panel it reproduces is the one an uninterrupted
 * build of the same sources wrote first.
 */
class DataBuildKillTest {
  private static final long SEED = 5_150_150L;
  private static final int KILLS = 5;

  @TempDir Path tmp;

  @Test
  void aBuildKilledAtRandomMomentsLeavesThePanelByteIdenticalAndTheNextBuildLeavesNoDirectory()
      throws Exception {
    Path sources = subset(SharedData.dataOrSkip());
    Path reference = tmp.resolve("reference/panel");
    long t0 = System.nanoTime();
    assertThat(build(sources, reference, "reference").waitFor()).isZero();
    long buildNanos = System.nanoTime() - t0;
    Map<String, String> expected = files(reference);
    assertThat(expected).containsKey(PanelStore.MANIFEST).hasSizeGreaterThan(10);

    Path panel = tmp.resolve("work/panel");
    copy(reference, panel);
    // What killed builds before this scheme left beside the panel: a private new copy, an old one.
    Path oldNew = tmp.resolve("work/.panel.new-4313379411734839042");
    Path oldOld = tmp.resolve("work/.panel.old-1717171717171");
    copy(reference, oldNew);
    Files.setPosixFilePermissions(oldNew, PosixFilePermissions.fromString("rwx------"));
    copy(reference, oldOld);

    Random random = new Random(SEED);
    List<Long> killedAt = new ArrayList<>();
    int finished = 0;
    for (int round = 0; killedAt.size() < KILLS && round < 4 * KILLS; round++) {
      long delay = (long) (random.nextDouble() * buildNanos / 1_000_000);
      long start = System.nanoTime();
      Process p = build(sources, panel, "round-" + round);
      if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs
        p.waitFor();
        killedAt.add(delay);
      } else {
        assertThat(p.exitValue()).as(log("round-" + round)).isZero();
        finished++;
        // Builds get faster once the files are cached: draw the next moments within this one.
        buildNanos = System.nanoTime() - start;
      }
      String what = "after a build stopped at " + delay + " ms (seed " + SEED + ")";
      assertThat(files(panel)).as(what + ": byte for byte").isEqualTo(expected);
      assertReadableByOthers(panel, what);
      assertThat(mode(panel)).as(what + ": the panel directory's mode").isEqualTo("rwxr-xr-x");
    }
    System.out.printf(
        "DataBuildKillTest: killed at %s ms, %d builds finished first, the last uninterrupted in %d ms"
            + " (seed %d)%n",
        killedAt, finished, buildNanos / 1_000_000, SEED);
    assertThat(killedAt).hasSize(KILLS);

    Process last = build(sources, panel, "last");
    assertThat(last.waitFor()).as(log("last")).isZero();
    assertThat(files(panel)).isEqualTo(expected);
    assertReadableByOthers(panel, "after the last build");
    assertThat(mode(panel)).isEqualTo("rwxr-xr-x");
    try (Stream<Path> s = Files.list(panel.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .as("beside the panel after the last build")
          .containsExactlyInAnyOrder("panel", ".panel.lock");
    }
    assertThat(PanelStore.read(panel)).isNotEmpty();
  }

  /** Removes the links to the real datasets (JUnit would warn about each). */
  @AfterEach
  void removeLinks() throws IOException {
    Path root = tmp.resolve("sources");
    if (Files.isDirectory(root)) {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Starts {@code data build} in a new JVM on this test's class path, its output in a file. */
  private Process build(Path sources, Path panel, String name) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(
        List.of(
            "data",
            "build",
            "--sources",
            sources.toString(),
            "--panel",
            panel.toString(),
            "--curated",
            SharedData.committedPanel().resolveSibling("curated").toString()));
    Path log = tmp.resolve("logs").resolve(name + ".log");
    Files.createDirectories(log.getParent());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private String log(String name) throws IOException {
    return Files.readString(tmp.resolve("logs").resolve(name + ".log"));
  }

  /**
   * A sources directory of links to the real datasets, with the Factbook archive cut to 2024 and
   * 2025 and the JSON snapshots to the newest (nothing is copied).
   */
  private Path subset(Path data) throws IOException {
    Path root = tmp.resolve("sources");
    Files.createDirectories(root);
    try (Stream<Path> entries = Files.list(data)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (!name.equals("factbook-archive-1990-2025") && !name.equals("factbook")) {
          Files.createSymbolicLink(root.resolve(name), p);
        }
      }
    }
    Path archive = data.resolve("factbook-archive-1990-2025");
    Path mine = root.resolve("factbook-archive-1990-2025");
    Files.createDirectories(mine.resolve("fields"));
    try (Stream<Path> entries = Files.list(archive)) {
      for (Path p : entries.toList()) {
        if (!p.getFileName().toString().equals("fields")) {
          Files.createSymbolicLink(mine.resolve(p.getFileName().toString()), p);
        }
      }
    }
    for (int year : new int[] {2024, 2025}) {
      String file = "country_fields_" + year + ".sql.gz";
      Files.createSymbolicLink(
          mine.resolve("fields").resolve(file), archive.resolve("fields/" + file));
    }
    Path snapshots = root.resolve("factbook");
    Files.createDirectories(snapshots);
    try (Stream<Path> entries = Files.list(data.resolve("factbook"))) {
      Path newest = entries.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
      Files.createSymbolicLink(snapshots.resolve(newest.getFileName().toString()), newest);
    }
    return root;
  }

  /** Every file under {@code dir} by relative path, with its SHA-256. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
      }
    }
    return out;
  }

  /** Copies the panel {@code from} to {@code to}, directories rwxr-xr-x and files rw-r--r--. */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
          Files.setPosixFilePermissions(q, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else {
          Files.copy(p, q);
          Files.setPosixFilePermissions(q, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
  }

  /**
   * Other users can list and read everything, by the permission bits (tests may run as root, who
   * can read anything): o+rx on directories, o+r on files.
   */
  private static void assertReadableByOthers(Path panel, String what) throws IOException {
    List<String> unreadable = new ArrayList<>();
    try (Stream<Path> all = Files.walk(panel)) {
      for (Path p : all.toList()) {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(p);
        if (!mode.contains(PosixFilePermission.OTHERS_READ)
            || (Files.isDirectory(p) && !mode.contains(PosixFilePermission.OTHERS_EXECUTE))) {
          unreadable.add(p + " " + PosixFilePermissions.toString(mode));
        }
      }
    }
    assertThat(unreadable).as(what + ": not readable by other users").isEmpty();
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
