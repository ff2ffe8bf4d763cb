package org.borderland.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.borderland.app.problem.Problem;
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
    return run(args, out, err, Map.of());
  }

  /**
   * Runs the command line with more subcommands (e.g. {@code serve}, which lives in the server
   * module).
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, Object> more) {
    PrintWriter o =
        new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = commandLine(o, e, more, null, new Apps());
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  /**
   * What one in-process run of a command produced: its exit code, what it printed, and the
   * exception that ended it (a bad option, a bad value, a failure), if any.
   */
  public record Outcome(int exitCode, String out, String err, Throwable failure) {}

  /**
   * Runs one command in process and captures its output and the exception that ended it; the server
   * answers API requests this way, so that its parameters and JSON are the commands' own.
   */
  public static Outcome capture(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Throwable[] failure = new Throwable[1];
    CommandLine cl =
        commandLine(new PrintWriter(out), new PrintWriter(err), Map.of(), failure, new Apps());
    int code = cl.execute(args);
    return new Outcome(code, out.toString(), err.toString(), failure[0]);
  }

  /**
   * Runs one command's own command line in process (the arguments without the command's name), as
   * {@link #capture(String[])} does. A caller may keep a {@link Single} and run it again — picocli
   * resets every option before parsing — but not from two threads at once.
   */
  public static Outcome capture(Single command, String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    command.line.setOut(new PrintWriter(out));
    command.line.setErr(new PrintWriter(err));
    command.failure[0] = null;
    int code = command.line.execute(args);
    return new Outcome(code, out.toString(), err.toString(), command.failure[0]);
  }

  /** One command's own command line (e.g. for a new {@code RankCommand}), for repeated runs. */
  public static final class Single {
    final CommandLine line;
    final Throwable[] failure = new Throwable[1];

    /**
     * The command line of a command class, its handlers set as the full command line's, its
     * commands using the applications {@code apps}.
     */
    public Single(Class<?> command, Apps apps) {
      this.line = new CommandLine(command, factory(apps));
      configure(line, failure);
    }
  }

  /** The command line, its handlers set; {@code failure[0]} receives what ended a run. */
  static CommandLine commandLine(
      PrintWriter o, PrintWriter e, Map<String, Object> more, Throwable[] failure, Apps apps) {
    CommandLine cl = new CommandLine(BorderlandCommand.class, factory(apps));
    more.forEach(cl::addSubcommand);
    cl.setOut(o);
    cl.setErr(e);
    configure(cl, failure);
    return cl;
  }

  /** Makes commands and their options, giving each panel option the run's applications. */
  static CommandLine.IFactory factory(Apps apps) {
    CommandLine.IFactory base = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        K made = base.create(cls);
        if (made instanceof PanelOption p) {
          p.apps = apps;
        }
        return made;
      }
    };
  }

  private static void configure(CommandLine cl, Throwable[] failure) {
    cl.setExitCodeExceptionMapper(t -> ExitCode.FAILURE);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (failure != null) {
            failure[0] = ex;
          }
          commandLine.getErr().println("error: " + messageOf(ex));
          if (System.getenv("BORDERLAND_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          }
          commandLine.getErr().flush();
          return ExitCode.FAILURE;
        });
    cl.setParameterExceptionHandler(
        (ex, args2) -> {
          if (failure != null) {
            failure[0] = ex;
          }
          CommandLine c = ex.getCommandLine();
          c.getErr().println("error: " + ex.getMessage());
          c.getErr().println("Run `" + c.getCommandSpec().qualifiedName() + " --help` for usage.");
          c.getErr().flush();
          return ExitCode.USAGE;
        });
  }

  /**
   * What the command line says about a failure: a problem's message, its parameter named as the
   * option ({@code year 1850 is…} reads {@code --year 1850 is…}); anything else's message.
   */
  static String messageOf(Throwable t) {
    if (t instanceof Problem p && p.parameter() != null && p.getMessage() != null) {
      return asOption(p.getMessage(), p.parameter());
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return m;
  }

  /** A problem's message with its parameter's plain name written as the option. */
  static String asOption(String message, String parameter) {
    String option = "--" + parameter;
    if (message.startsWith(parameter + " ")) {
      return option + message.substring(parameter.length());
    }
    String in = " in " + parameter;
    int i = message.indexOf(in);
    if (i >= 0
        && (i + in.length() == message.length()
            || !Character.isLetterOrDigit(message.charAt(i + in.length())))) {
      return message.substring(0, i) + " in " + option + message.substring(i + in.length());
    }
    return message;
  }
}
