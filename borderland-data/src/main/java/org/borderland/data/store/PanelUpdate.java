package org.borderland.data.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Replaces the files of a panel directory in place, so that a build killed at any moment leaves
 * every file whole, and the next build removes whatever the killed one left behind.
 *
 * <p>The panel directory is tracked by git, so it is kept (with its own mode) and its files are
 * replaced one by one:
 *
 * <ol>
 *   <li>The build takes an exclusive lock on {@code .<panel>.lock} beside the panel directory (an
 *       operating-system file lock, which ends with the process however it ends, {@code kill -9}
 *       included). A second build waits for the first, so two never interleave.
 *   <li>Holding the lock, it removes every {@code .<panel>.new-*} and {@code .<panel>.old-*}
 *       directory beside the panel: builds create them only while holding the lock, so any found
 *       then was left by a build that was killed ({@code .old-} ones by builds before this scheme,
 *       which swapped whole directories).
 *   <li>Files whose bytes do not change are not touched. The others, and the manifest, are written
 *       into a staging directory {@code .<panel>.new-<pid>-<random>} beside the panel (on the same
 *       filesystem), flushed to disk, and given the permissions of the file they replace ({@code
 *       rw-r--r--} for a new file, never the staging directory's private mode).
 *   <li>Each staged file is renamed over its place in the panel (an atomic rename), {@code
 *       MANIFEST.tsv} last. Then the panel files the new panel no longer has are deleted, and the
 *       staging directory.
 * </ol>
 *
 * <p>So every file a reader opens is whole, old or new. Between the first rename and the
 * manifest's, the old manifest lists some new files, and a build killed then leaves that mix; a
 * reader tells it by the files' SHA-256 ({@link PanelStore#read(Path)}), and the next build
 * replaces exactly the files that differ. A new panel directory, and new dataset directories in it,
 * get {@code rwxr-xr-x}; an existing panel directory keeps its mode.
 */
final class PanelUpdate {
  private static final Set<PosixFilePermission> FILE_MODE =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> DIRECTORY_MODE =
      PosixFilePermissions.fromString("rwxr-xr-x");

  /** A panel's dataset directory (see {@code PanelStore.safe}). */
  private static final Pattern DATASET_DIRECTORY = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** One lock per process: an OS file lock is held by the process, not the thread. */
  private static final Object IN_PROCESS = new Object();

  private PanelUpdate() {}

  /**
   * What an update did.
   *
   * @param added files the panel did not have
   * @param replaced files whose bytes changed
   * @param removed panel files the new panel no longer has
   * @param unchanged files left as they were
   */
  record Summary(int added, int replaced, int removed, int unchanged) {
    /** One line for the build's log. */
    String describe(Path dir) {
      if (added + replaced + removed == 0) {
        return "Panel files at " + dir + " unchanged (" + unchanged + " files)";
      }
      return String.format(
          "Panel files at %s: %d added, %d replaced, %d removed, %d unchanged",
          dir, added, replaced, removed, unchanged);
    }
  }

  /**
   * Where a panel's lock and staging directories are: beside the panel directory, after symbolic
   * links are followed, so that staged files are renamed within one filesystem.
   */
  private record Place(Path dir, Path parent, String name) {
    static Place of(Path dir) throws IOException {
      Path abs = dir.toAbsolutePath().normalize();
      Path real = Files.isDirectory(abs) ? abs.toRealPath() : abs;
      Path parent = real.getParent();
      if (parent == null || real.getFileName() == null) {
        throw new IOException("Cannot write a panel at " + dir + ": it has no parent directory");
      }
      Files.createDirectories(parent);
      parent = parent.toRealPath();
      String name = real.getFileName().toString();
      return new Place(parent.resolve(name), parent, name);
    }

    Path lockFile() {
      return parent.resolve("." + name + ".lock");
    }

    String stagingPrefix() {
      return "." + name + ".new-";
    }

    /** The build directories of this panel: the staging ones and the old whole-directory ones. */
    Pattern buildDirectory() {
      return Pattern.compile("\\." + Pattern.quote(name) + "\\.(new|old)-[0-9-]+");
    }
  }

  /** Something done while holding the panel's lock. */
  @FunctionalInterface
  private interface Locked<T> {
    T run() throws IOException;
  }

  /**
   * Makes the panel at {@code dir} hold exactly {@code files} and {@code manifest}, as the class
   * comment describes.
   *
   * @param files each file's path within the panel ({@code dataset/name.tsv}) and bytes
   * @param manifest the bytes of {@code MANIFEST.tsv}
   * @param progress receives a line for each stale directory removed, for a wait on the lock, and
   *     for the staging directory
   * @throws IOException when a file cannot be written or renamed; before the first rename the panel
   *     is untouched, after it the message says the panel is partly replaced
   */
  static Summary apply(
      Path dir, Map<String, byte[]> files, byte[] manifest, Consumer<String> progress)
      throws IOException {
    Place place = Place.of(dir);
    return locked(
        place,
        true,
        progress,
        () -> {
          removeStale(place, progress);
          return replace(place, files, manifest, progress);
        });
  }

  /**
   * Removes the build directories that killed builds left beside the panel at {@code dir}, if no
   * build of that panel is running now (when one is, nothing is removed: its lock shows it runs,
   * and it cleans up when it writes).
   *
   * @return the directories removed
   */
  static List<Path> removeStaleBuilds(Path dir, Consumer<String> progress) throws IOException {
    Place place = Place.of(dir);
    List<Path> removed = locked(place, false, progress, () -> removeStale(place, progress));
    return removed == null ? List.of() : removed;
  }

  /**
   * Runs {@code action} holding the panel's lock; when another process holds it, waits for it if
   * {@code wait}, else returns {@code null} without running the action.
   */
  private static <T> T locked(
      Place place, boolean wait, Consumer<String> progress, Locked<T> action) throws IOException {
    synchronized (IN_PROCESS) {
      try (FileChannel channel = openLock(place)) {
        FileLock lock = channel.tryLock();
        if (lock == null) {
          if (!wait) {
            progress.accept(
                "Another build of "
                    + place.dir()
                    + " is running (it holds "
                    + place.lockFile()
                    + "); its build directories are left alone");
            return null;
          }
          progress.accept(
              "Waiting for another build of "
                  + place.dir()
                  + " to finish writing (it holds "
                  + place.lockFile()
                  + ")");
          lock = channel.lock();
        }
        try {
          return action.run();
        } finally {
          lock.release();
        }
      }
    }
  }

  private static FileChannel openLock(Place place) throws IOException {
    try {
      return FileChannel.open(
          place.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new IOException(
          "Cannot open the build lock "
              + place.lockFile()
              + " (permission denied): a build writes beside the panel directory, so it needs"
              + " write access to "
              + place.parent(),
          e);
    }
  }

  /** Removes every build directory of the panel; the caller holds the lock. */
  private static List<Path> removeStale(Place place, Consumer<String> progress) throws IOException {
    Pattern pattern = place.buildDirectory();
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(place.parent())) {
      for (Path p : entries) {
        if (pattern.matcher(p.getFileName().toString()).matches()
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          stale.add(p);
        }
      }
    }
    stale.sort(null);
    for (Path p : stale) {
      PanelStore.deleteTree(p);
      progress.accept("Removed " + p + ", left by a build that was killed");
    }
    return stale;
  }

  private static Summary replace(
      Place place, Map<String, byte[]> files, byte[] manifest, Consumer<String> progress)
      throws IOException {
    Path dir = place.dir();
    boolean existed = Files.isDirectory(dir);
    if (existed) {
      requirePanelOrEmpty(dir);
    } else if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(
          "Cannot write the panel at " + dir + ": it is a file, not a directory; pass --panel DIR");
    }
    Map<Path, byte[]> changed = new LinkedHashMap<>();
    int added = 0;
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path target = dir.resolve(e.getKey());
      if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
        changed.put(target, e.getValue());
        added++;
      } else if (!sameBytes(target, e.getValue())) {
        changed.put(target, e.getValue());
      }
    }
    Path manifestTarget = dir.resolve(PanelStore.MANIFEST);
    boolean manifestChanged =
        !Files.isRegularFile(manifestTarget, LinkOption.NOFOLLOW_LINKS)
            || !sameBytes(manifestTarget, manifest);
    List<Path> obsolete = existed ? obsolete(dir, files.keySet()) : List.of();
    Summary summary =
        new Summary(added, changed.size() - added, obsolete.size(), files.size() - changed.size());
    if (changed.isEmpty() && !manifestChanged && obsolete.isEmpty()) {
      return summary;
    }

    Path staging =
        Files.createTempDirectory(
            place.parent(), place.stagingPrefix() + ProcessHandle.current().pid() + "-");
    progress.accept(
        "Staging "
            + (changed.size() + (manifestChanged ? 1 : 0))
            + " files in "
            + staging
            + ", to be renamed into "
            + dir);
    Map<Path, Path> moves = new LinkedHashMap<>();
    try {
      int i = 0;
      for (Map.Entry<Path, byte[]> e : changed.entrySet()) {
        Path staged = staging.resolve((i++) + ".tsv");
        writeDurably(staged, e.getValue(), modeFor(e.getKey()));
        moves.put(staged, e.getKey());
      }
      if (manifestChanged) {
        Path staged = staging.resolve(PanelStore.MANIFEST);
        writeDurably(staged, manifest, modeFor(manifestTarget));
        moves.put(staged, manifestTarget);
      }
      syncDirectory(staging);
    } catch (IOException | RuntimeException e) {
      PanelStore.deleteTree(staging);
      throw e;
    }

    int done = 0;
    try {
      if (!existed) {
        createDirectory(dir);
      }
      Set<Path> touched = new LinkedHashSet<>();
      for (Map.Entry<Path, Path> m : moves.entrySet()) {
        Path target = m.getValue();
        if (target.equals(manifestTarget)) {
          // Every file the new manifest lists is in place (and on disk) before it replaces the old.
          for (Path d : touched) {
            syncDirectory(d);
          }
        } else if (!Files.isDirectory(target.getParent())) {
          createDirectory(target.getParent());
          touched.add(dir);
        }
        rename(m.getKey(), target);
        touched.add(target.getParent());
        done++;
      }
      for (Path p : obsolete) {
        Files.deleteIfExists(p);
        touched.add(p.getParent());
      }
      for (Path d : new TreeSet<>(touched).descendingSet()) {
        if (!d.equals(dir) && isEmpty(d)) {
          Files.delete(d);
        }
      }
      syncDirectory(dir);
      PanelStore.deleteTree(staging);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "Writing the panel at "
              + dir
              + " failed after "
              + done
              + " of "
              + moves.size()
              + " files were renamed into place"
              + (done > 0 ? ", so it is partly replaced" : "")
              + " ("
              + e.getMessage()
              + "); build it again, or restore the committed panel with `git checkout panel/`",
          e);
    }
    return summary;
  }

  /**
   * Refuses a directory that holds something other than a panel's files: a panel is replaced file
   * by file, and files it does not list are deleted, so a wrong {@code --panel} must not reach
   * that. A directory with a manifest is a panel; one without (a new panel whose build was killed
   * before its manifest was written) may hold only dataset directories of {@code .tsv} files.
   */
  private static void requirePanelOrEmpty(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve(PanelStore.MANIFEST))) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        boolean datasetDirectory =
            Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                && DATASET_DIRECTORY.matcher(p.getFileName().toString()).matches()
                && onlyPanelFiles(p);
        if (!datasetDirectory) {
          throw new IOException(
              "Cannot write the panel at "
                  + dir
                  + ": it has no "
                  + PanelStore.MANIFEST
                  + " but holds "
                  + p.getFileName()
                  + ", so it is not a panel; pass --panel with a new or empty directory, or an"
                  + " existing panel");
        }
      }
    }
  }

  private static boolean onlyPanelFiles(Path datasetDirectory) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(datasetDirectory)) {
      for (Path p : entries) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            || !p.getFileName().toString().endsWith(".tsv")) {
          return false;
        }
      }
    }
    return true;
  }

  /** Panel files ({@code dataset/*.tsv}) in {@code dir} that {@code keep} does not list. */
  private static List<Path> obsolete(Path dir, Set<String> keep) throws IOException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> datasets = Files.newDirectoryStream(dir)) {
      for (Path d : datasets) {
        String dataset = d.getFileName().toString();
        if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)
            || !DATASET_DIRECTORY.matcher(dataset).matches()) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
          for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".tsv")
                && !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)
                && !keep.contains(dataset + "/" + name)) {
              out.add(f);
            }
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }

  /** The mode a file written at {@code target} gets: the replaced file's, else rw-r--r--. */
  private static Set<PosixFilePermission> modeFor(Path target) throws IOException {
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && posix(target)) {
      return Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
    }
    return FILE_MODE;
  }

  private static boolean posix(Path p) throws IOException {
    return Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class);
  }

  /** Writes {@code bytes} to a new file, sets its mode, and flushes it to disk. */
  private static void writeDurably(Path file, byte[] bytes, Set<PosixFilePermission> mode)
      throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      while (b.hasRemaining()) {
        channel.write(b);
      }
      channel.force(true);
    }
    if (posix(file)) {
      Files.setPosixFilePermissions(file, mode);
    }
  }

  /** Creates a directory readable by everyone (rwxr-xr-x whatever the umask). */
  private static void createDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (posix(dir)) {
      Files.setPosixFilePermissions(dir, DIRECTORY_MODE);
    }
  }

  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "Cannot rename "
              + from
              + " to "
              + to
              + " atomically: the panel directory is on another filesystem than the directory"
              + " beside it (a mount point?); put the panel in a plain directory",
          e);
    }
  }

  /** Flushes a directory's entries to disk, where the platform allows it (Linux does). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can open a directory; the renames are atomic without it, only not
      // yet durable across a power cut.
    }
  }
}
