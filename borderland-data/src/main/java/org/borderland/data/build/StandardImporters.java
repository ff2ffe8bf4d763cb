package org.borderland.data.build;

import java.util.List;
import org.borderland.data.importer.Importer;

/** The importers a standard build runs, in order. */
public final class StandardImporters {
  private StandardImporters() {}

  /** Every importer of a standard build. */
  public static List<Importer> all() {
    return List.of();
  }
}
