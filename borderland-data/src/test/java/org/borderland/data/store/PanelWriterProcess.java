package org.borderland.data.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.borderland.core.panel.Observation;

/**
 * A separate process for tests: {@code write DIR VERSION ROWS} writes {@link SyntheticPanel} {@code
 * VERSION} at {@code DIR} with {@link PanelStore#write} (printing {@code writing} just before), and
 * {@code lock FILE} holds a panel's build lock until its standard input closes.
 */
public final class PanelWriterProcess {
  private PanelWriterProcess() {}

  /** Runs one of the two commands. */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "write" -> {
        List<Observation> rows =
            SyntheticPanel.rows(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.out.println("writing");
        System.out.flush();
        PanelStore.write(rows, Path.of(args[1]), System.out::println);
        System.out.println("done");
      }
      case "lock" -> {
        try (FileChannel channel =
            FileChannel.open(
                Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
          FileLock lock = channel.lock();
          System.out.println("locked");
          System.out.flush();
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
          lock.release();
        }
      }
      default -> throw new IllegalArgumentException("write or lock, not " + args[0]);
    }
  }
}
