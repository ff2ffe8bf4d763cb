package org.borderland.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a panel in place: only changed files are touched, modes are kept or made readable, the
 * directories a killed build left are removed by the next one, and the lock keeps builds apart.
 */
class PanelUpdateTest {
  private static final int ROWS = 50;

  @TempDir Path tmp;

  @Test
  void writingTheSameRowsAgainTouchesNoFile() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, old);
      }
    }
    List<String> log = new ArrayList<>();
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir, log::add);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile))
          .allSatisfy(f -> assertThat(Files.getLastModifiedTime(f)).isEqualTo(old));
    }
    assertThat(log).containsExactly("Panel files at " + dir.toRealPath() + " unchanged (36 files)");
  }

  @Test
  void changedFilesAreReplacedNewOnesAddedAndFilesNoLongerProducedRemoved() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    List<String> log = new ArrayList<>();
    PanelStore.write(SyntheticPanel.rows(2, ROWS), dir, log::add);
    Path expected = tmp.resolve("expected");
    PanelStore.write(SyntheticPanel.rows(2, ROWS), expected);
    assertThat(tree(dir)).isEqualTo(tree(expected));
    assertThat(dir.resolve("gamma")).doesNotExist();
    assertThat(log)
        .contains(
            "Panel files at "
                + dir.toRealPath()
                + ": 14 added, 22 replaced, 14 removed, 0 unchanged");
    assertThat(PanelStore.read(dir)).hasSize(SyntheticPanel.rows(2, ROWS).size());
  }

  @Test
  void aNewPanelIsReadableByOtherUsers() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("alpha"))).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("alpha/2000.tsv"))).isEqualTo("rw-r--r--");
    assertThat(mode(dir.resolve(PanelStore.MANIFEST))).isEqualTo("rw-r--r--");
  }

  @Test
  void thePanelDirectoryAndEachReplacedFileKeepTheirMode() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
    Files.setPosixFilePermissions(
        dir.resolve("alpha/2005.tsv"), PosixFilePermissions.fromString("rw-rw----"));
    PanelStore.write(SyntheticPanel.rows(2, ROWS), dir);
    assertThat(mode(dir)).isEqualTo("rwxr-x---");
    assertThat(mode(dir.resolve("alpha/2005.tsv"))).isEqualTo("rw-rw----");
    assertThat(mode(dir.resolve("alpha/2006.tsv"))).isEqualTo("rw-r--r--");
    assertThat(mode(dir.resolve("delta"))).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("delta/2012.tsv"))).isEqualTo("rw-r--r--");
  }

  @Test
  void directoriesLeftByKilledBuildsAreRemovedByTheNextBuildAndNothingElse() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    // What killed builds leave: a staging directory of this scheme, and the whole-directory
    // copies of the scheme before it, one of them private as it was created.
    Path staging = junk(tmp.resolve(".panel.new-4242-8675309"));
    Path oldNew = junk(tmp.resolve(".panel.new-12345678901234"));
    Path oldOld = junk(tmp.resolve(".panel.old-98765432101234"));
    Files.setPosixFilePermissions(oldNew, PosixFilePermissions.fromString("rwx------"));
    Path notOurs = junk(tmp.resolve(".panel.new-notes"));
    Path otherPanel = junk(tmp.resolve(".other.new-4242-1"));
    List<String> log = new ArrayList<>();
    PanelStore.write(SyntheticPanel.rows(2, ROWS), dir, log::add);
    assertThat(staging).doesNotExist();
    assertThat(oldNew).doesNotExist();
    assertThat(oldOld).doesNotExist();
    assertThat(notOurs).exists();
    assertThat(otherPanel).exists();
    assertThat(log)
        .contains(
            "Removed "
                + tmp.toRealPath().resolve(".panel.new-4242-8675309")
                + ", left by a build that was killed");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "panel", ".panel.lock", ".panel.new-notes", ".other.new-4242-1");
    }
  }

  @Test
  void aBuildStartingWhileAnotherHoldsTheLockLeavesItsDirectoriesAndWaitsToWrite()
      throws Exception {
    Path dir = tmp.resolve("panel");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    Path staging = junk(tmp.resolve(".panel.new-4242-1"));
    try (JavaProcess other =
        JavaProcess.start(
            PanelWriterProcess.class, "lock", tmp.resolve(".panel.lock").toString())) {
      other.awaitLine("locked", 60);
      List<String> log = new ArrayList<>();
      assertThat(PanelStore.removeStaleBuilds(dir, log::add)).isEmpty();
      assertThat(staging).exists();
      assertThat(log).singleElement().asString().contains("Another build of").contains("running");

      List<String> writeLog = java.util.Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<Void> write =
          CompletableFuture.runAsync(
              () -> {
                try {
                  PanelStore.write(SyntheticPanel.rows(2, ROWS), dir, writeLog::add);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      Thread.sleep(500);
      assertThat(write).isNotDone();
      assertThat(writeLog).singleElement().asString().contains("Waiting for another build");
      assertThat(staging).exists();
      other.process.getOutputStream().close();
      assertThat(other.awaitExit(60)).isZero();
      write.get(60, TimeUnit.SECONDS);
      assertThat(staging).doesNotExist();
      assertThat(PanelStore.read(dir)).hasSize(SyntheticPanel.rows(2, ROWS).size());
    }
  }

  @Test
  void aDirectoryThatIsNotAPanelIsNeverWrittenInto() throws IOException {
    Path dir = tmp.resolve("home");
    Files.createDirectories(dir.resolve("notes"));
    Files.writeString(dir.resolve("notes/todo.tsv"), "keep me");
    Files.writeString(dir.resolve("letter.txt"), "keep me too");
    assertThatThrownBy(() -> PanelStore.write(SyntheticPanel.rows(1, ROWS), dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("has no MANIFEST.tsv")
        .hasMessageContaining("not a panel");
    assertThat(dir.resolve("notes/todo.tsv")).hasContent("keep me");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("notes", "letter.txt");
    }
  }

  @Test
  void aNewPanelWhoseBuildWasKilledBeforeItsManifestIsFinishedByTheNextBuild() throws IOException {
    Path dir = tmp.resolve("panel");
    Path complete = tmp.resolve("complete");
    PanelStore.write(SyntheticPanel.rows(1, ROWS), complete);
    // Killed after renaming two files into a new panel directory, before the manifest.
    Files.createDirectories(dir.resolve("alpha"));
    Files.copy(complete.resolve("alpha/2000.tsv"), dir.resolve("alpha/2000.tsv"));
    Files.copy(complete.resolve("alpha/2001.tsv"), dir.resolve("alpha/2001.tsv"));
    PanelStore.write(SyntheticPanel.rows(1, ROWS), dir);
    assertThat(tree(dir)).isEqualTo(tree(complete));
  }

  /** Each file under {@code dir} by relative path, with its content. */
  static Map<String, String> tree(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), Files.readString(f));
      }
    }
    return out;
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static Path junk(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("atop"));
    Files.writeString(dir.resolve("atop/2020.tsv"), "half a file");
    return dir;
  }
}
