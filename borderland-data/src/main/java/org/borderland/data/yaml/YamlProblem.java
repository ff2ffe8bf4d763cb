package org.borderland.data.yaml;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.borderland.data.yaml.YamlTree.Node;

/**
 * One thing wrong in a YAML file.
 *
 * @param file the file
 * @param line 1-based line, or 0 when not known
 * @param column 1-based column, or 0 when not known
 * @param field the field's path (e.g. {@code indicators[3].definition.kind}), or empty for the
 *     whole file
 * @param message what was wrong and what is allowed
 */
public record YamlProblem(Path file, int line, int column, String field, String message) {
  /** Requires the file and the message. */
  public YamlProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    field = field == null ? "" : field;
  }

  /** A problem at {@code node} (line and column 0 when {@code node} is null). */
  public static YamlProblem at(Path file, Node node, String field, String message) {
    return new YamlProblem(
        file, node == null ? 0 : node.line(), node == null ? 0 : node.column(), field, message);
  }

  /** E.g. {@code models/essay.yaml line 12, column 11, field indicators[0].unit: …}. */
  @Override
  public String toString() {
    String at = where(file, line, column);
    if (!field.isEmpty()) {
      at += (line > 0 ? ", field " : " field ") + field;
    }
    return at + ": " + message;
  }

  /**
   * The file and as much of the position as is known: {@code facts.yaml line 12, column 13}, {@code
   * facts.yaml line 12} or {@code facts.yaml}.
   */
  public static String where(Path file, int line, int column) {
    StringBuilder b = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      b.append(" line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
    }
    return b.toString();
  }

  /**
   * The message of an exception that lists problems: the one problem alone, else {@code "<subject>
   * N problems; fix them and load again:"} and the first {@code maxListed}, one a line.
   *
   * @param problems at least one problem, each shown by its {@code toString}
   * @param subject e.g. {@code "The model file has"}
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public static String summary(List<?> problems, String subject, int maxListed) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An exception listing problems needs at least one");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder b =
        new StringBuilder(subject)
            .append(' ')
            .append(problems.size())
            .append(" problems; fix them and load again:");
    for (int i = 0; i < Math.min(problems.size(), maxListed); i++) {
      b.append("\n  - ").append(problems.get(i));
    }
    if (problems.size() > maxListed) {
      b.append("\n  … and ").append(problems.size() - maxListed).append(" more");
    }
    return b.toString();
  }
}
