package org.borderland.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.borderland.data.build.PanelLocation;

/**
 * Cleans a message before it reaches a client: no path on the server (the project's files are named
 * relative to it, e.g. {@code cases/france.yaml}; other directories by a placeholder) and no Java
 * class name.
 */
final class ApiErrors {
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:? ?");

  /** Each hidden directory (longest first) and what stands for it. */
  private static final List<String[]> PREFIXES = prefixes();

  private ApiErrors() {}

  /** {@code message} without server paths or class names. */
  static String clean(String message) {
    if (message == null) {
      return "";
    }
    String m = message;
    for (String[] p : PREFIXES) {
      m = m.replace(p[0] + "/", p[1]).replace(p[0], p[1].isEmpty() ? "." : p[1]);
    }
    m = CLASS_NAME.matcher(m).replaceAll("");
    return m.strip();
  }

  /**
   * The project's directory (its files are named relative to it) and the working, temporary and
   * home directories (named {@code <server>/}).
   */
  private static List<String[]> prefixes() {
    Map<String, String> dirs = new LinkedHashMap<>();
    PanelLocation.projectRoot()
        .ifPresent(
            r -> {
              dirs.put(real(r), "");
              dirs.put(r.toAbsolutePath().normalize().toString(), "");
            });
    for (String prop : List.of("user.dir", "java.io.tmpdir", "user.home")) {
      String v = System.getProperty(prop);
      if (v != null) {
        dirs.putIfAbsent(real(Path.of(v)), "<server>/");
        dirs.putIfAbsent(Path.of(v).toAbsolutePath().normalize().toString(), "<server>/");
      }
    }
    List<String[]> out = new ArrayList<>();
    dirs.forEach(
        (d, r) -> {
          if (d.length() > 1) {
            out.add(new String[] {d, r});
          }
        });
    out.sort(Comparator.comparingInt((String[] x) -> x[0].length()).reversed());
    return List.copyOf(out);
  }

  private static String real(Path p) {
    try {
      return p.toRealPath().toString();
    } catch (java.io.IOException e) {
      return p.toAbsolutePath().normalize().toString();
    }
  }
}
