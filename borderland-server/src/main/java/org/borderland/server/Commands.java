package org.borderland.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.borderland.cli.Apps;
import org.borderland.cli.BorderlandCommand;
import org.borderland.cli.Main;
import org.borderland.core.text.Suggestions;
import org.borderland.data.model.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's commands as the API sees them: which options each takes (the query
 * parameters), and running one in process with the server's panel and curated facts.
 */
public final class Commands {
  /**
   * Options the API never takes from a request: output form and files on the server (hidden
   * options, e.g. {@code --scenario-body} and {@code --check}, are the server's own).
   */
  static final Set<String> RESERVED =
      Set.of(
          "format", "panel", "curated", "help", "version", "scenario", "chart", "out", "sources");

  private final Path panelDir;
  private final Path curatedDir;
  private final CommandLine root = new CommandLine(new BorderlandCommand());

  /** The applications the commands use: one per panel and curated directories, for the server. */
  private final Apps apps = new Apps();

  /**
   * @param panelDir the panel every command reads, or null for the default
   * @param curatedDir the curated facts, or null for the default
   */
  public Commands(Path panelDir, Path curatedDir) {
    this.panelDir = panelDir;
    this.curatedDir = curatedDir;
  }

  /** Whether the command line has this command. */
  public boolean has(List<String> command) {
    return find(command) != null;
  }

  /** The specification of a command (e.g. {@code [data, show]}). */
  public CommandSpec spec(List<String> command) {
    CommandLine c = find(command);
    if (c == null) {
      throw new IllegalArgumentException("No command " + String.join(" ", command));
    }
    return c.getCommandSpec();
  }

  private CommandLine find(List<String> command) {
    CommandLine c = root;
    for (String name : command) {
      c = c.getSubcommands().get(name);
      if (c == null) {
        return null;
      }
    }
    return c;
  }

  /**
   * The options a request may give, by parameter name (the long option name without dashes): never
   * one that names a file or directory on the server ({@link #RESERVED}, and every option whose
   * value is a path), so a request cannot make the server read a file of its choosing.
   */
  public Map<String, OptionSpec> parameters(List<String> command) {
    Map<String, OptionSpec> out = new LinkedHashMap<>();
    for (OptionSpec o : spec(command).options()) {
      String name = o.longestName().replaceFirst("^-+", "");
      if (!RESERVED.contains(name)
          && !Path.class.isAssignableFrom(o.type())
          && !o.hidden()
          && !o.usageHelp()
          && !o.versionHelp()) {
        out.put(name, o);
      }
    }
    return out;
  }

  /**
   * Checks a model named by a request (the {@code model} parameter, or a scenario body's {@code
   * model:}): only a shipped model, by name, never a file on the server.
   *
   * @throws ApiException naming the shipped models otherwise
   */
  static void requireShippedModel(String value, String parameter) {
    try {
      ModelFiles.requireShipped(value);
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          ApiError.badRequest(e.getMessage(), Map.of("parameter", parameter, "value", value)));
    }
  }

  /**
   * The command-line arguments for a request: the command, each parameter as its option (a flag
   * when the option takes no value and the parameter is {@code true}), {@code --format json}, and
   * the server's panel and curated facts.
   *
   * @throws ApiException for an unknown parameter (with the closest name), a repeated one, or a
   *     flag whose value is not true or false
   */
  public List<String> args(
      List<String> command, Map<String, List<String>> query, List<String> extra) {
    Map<String, OptionSpec> allowed = parameters(command);
    List<String> args = new ArrayList<>(command);
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      OptionSpec o = allowed.get(name);
      if (o == null) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("parameter", name);
        d.put("allowed", new TreeSet<>(allowed.keySet()));
        throw new ApiException(
            ApiError.badRequest(
                "Unknown parameter '"
                    + name
                    + "' for "
                    + String.join(" ", command)
                    + Suggestions.closest(name, allowed.keySet(), Math.max(2, name.length() / 3))
                        .map(s -> "; did you mean " + s + "?")
                        .orElse("")
                    + " (allowed: "
                    + String.join(", ", new TreeSet<>(allowed.keySet()))
                    + ")",
                d));
      }
      if (e.getValue().size() != 1) {
        throw new ApiException(
            ApiError.badRequest(
                "Parameter '" + name + "' is given " + e.getValue().size() + " times; give it once",
                Map.of("parameter", name)));
      }
      String value = e.getValue().get(0);
      if (name.equals("model")) {
        requireShippedModel(value, name);
      } else if (name.equals("models")) {
        for (String item : value.split(",", -1)) {
          requireShippedModel(item.strip(), name);
        }
      }
      if (o.arity().max() == 0) {
        if (value.equalsIgnoreCase("true") || value.isEmpty()) {
          args.add(o.longestName());
        } else if (!value.equalsIgnoreCase("false")) {
          throw new ApiException(
              ApiError.badRequest(
                  "Parameter '" + name + "' is a switch: give true or false, not '" + value + "'",
                  Map.of("parameter", name, "value", value)));
        }
      } else {
        args.add(o.longestName() + "=" + value);
      }
    }
    args.addAll(extra);
    Map<String, OptionSpec> all = new LinkedHashMap<>();
    for (OptionSpec o : spec(command).options()) {
      all.put(o.longestName(), o);
    }
    if (all.containsKey("--format")) {
      args.add("--format=json");
    }
    if (panelDir != null && all.containsKey("--panel")) {
      args.add("--panel=" + panelDir);
    }
    if (curatedDir != null && all.containsKey("--curated")) {
      args.add("--curated=" + curatedDir);
    }
    return args;
  }

  /**
   * Each thread's command lines, by command: made once (picocli's reflection over a command costs
   * milliseconds) and reused, since picocli resets every option before it parses.
   */
  private final ThreadLocal<Map<List<String>, Main.Single>> lines =
      ThreadLocal.withInitial(java.util.HashMap::new);

  /** Runs {@link #args}' result for {@code command} in process. */
  public Main.Outcome run(List<String> command, List<String> args) {
    Objects.requireNonNull(args, "args");
    if (!args.subList(0, command.size()).equals(command)) {
      throw new IllegalArgumentException(args + " does not start with the command " + command);
    }
    Main.Single line =
        lines
            .get()
            .computeIfAbsent(command, c -> new Main.Single(spec(c).userObject().getClass(), apps));
    return Main.capture(line, args.subList(command.size(), args.size()).toArray(String[]::new));
  }
}
