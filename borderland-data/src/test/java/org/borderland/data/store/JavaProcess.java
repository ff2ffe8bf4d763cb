package org.borderland.data.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A class's {@code main} run in a new JVM on this test's class path, its output lines queued as
 * they come (with the time each came).
 */
final class JavaProcess implements AutoCloseable {
  /** One line of output and when it was read. */
  record Line(String text, long nanoTime) {}

  final Process process;
  private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final List<String> all = java.util.Collections.synchronizedList(new ArrayList<>());

  private JavaProcess(Process process) {
    this.process = process;
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String s = r.readLine(); s != null; s = r.readLine()) {
                  all.add(s);
                  lines.add(new Line(s, System.nanoTime()));
                }
              } catch (IOException e) {
                // The process was killed; its output ends here.
              }
            },
            "output of pid " + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} of {@code mainClass} with {@code args}, output and errors merged. */
  static JavaProcess start(Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    try {
      return new JavaProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits up to {@code seconds} for a line equal to {@code text}; fails with the output if none.
   */
  Line awaitLine(String text, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (true) {
      Line l = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (l == null) {
        throw new AssertionError(
            "no line '" + text + "' in " + seconds + " s; output: " + output());
      }
      if (l.text().startsWith(text)) {
        return l;
      }
    }
  }

  /** Waits up to {@code seconds} for the process to exit; returns its exit code. */
  int awaitExit(int seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish in " + seconds + " s; output: " + output());
    }
    return process.exitValue();
  }

  /** Everything printed so far. */
  String output() {
    synchronized (all) {
      return String.join("\n", all);
    }
  }

  /** Kills the process if it still runs, and waits for it to end. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
