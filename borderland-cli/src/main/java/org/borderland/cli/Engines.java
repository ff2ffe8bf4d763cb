package org.borderland.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.data.engine.Engine;
import org.borderland.data.store.PanelStore;

/**
 * The engines loaded in this process, so that a process running many commands (the server, the
 * tests) loads the panel once. An engine is reused only while its files are unchanged (the panel
 * manifest and the curated files, by size and modification time); at most two are kept.
 */
final class Engines {
  private static final int KEEP = 2;
  private static final Map<List<Object>, Engine> LOADED = new LinkedHashMap<>();

  private Engines() {}

  static Engine get(Path panelDir, Path curatedDir) throws Exception {
    List<Object> key = key(panelDir, curatedDir);
    synchronized (LOADED) {
      Engine e = LOADED.remove(key);
      if (e == null) {
        e = Engine.load(panelDir, curatedDir);
      }
      LOADED.put(key, e);
      while (LOADED.size() > KEEP) {
        LOADED.remove(LOADED.keySet().iterator().next());
      }
      return e;
    }
  }

  private static List<Object> key(Path panelDir, Path curatedDir) throws IOException {
    List<Object> k = new ArrayList<>();
    for (Path p :
        List.of(
            panelDir.resolve(PanelStore.MANIFEST),
            curatedDir.resolve("facts.yaml"),
            curatedDir.resolve("researched.yaml"))) {
      Path abs = p.toAbsolutePath().normalize();
      k.add(abs.toString());
      if (Files.exists(abs)) {
        k.add(Files.size(abs));
        k.add(Files.getLastModifiedTime(abs).toMillis());
      }
    }
    return k;
  }
}
