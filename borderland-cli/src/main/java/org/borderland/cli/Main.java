package org.borderland.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code borderland} command. Only {@link #main} calls {@code System.exit}. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line with the given streams; tests call this.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter o =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new BorderlandCommand());
    cl.setOut(o);
    cl.setErr(e);
    cl.setExitCodeExceptionMapper(t -> ExitCode.FAILURE);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + messageOf(ex));
          if (System.getenv("BORDERLAND_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return ExitCode.FAILURE;
        });
    cl.setParameterExceptionHandler(
        (ex, args2) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("error: " + ex.getMessage());
          c.getErr().println("Run `" + c.getCommandSpec().qualifiedName() + " --help` for usage.");
          c.getErr().flush();
          return ExitCode.USAGE;
        });
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  private static String messageOf(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return m;
  }
}
