package org.borderland.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderland.app.scenario.ScenarioDiffResult;

/** The cells of {@code scenario diff}'s table that take more than a value. */
final class ScenarioDiffTable {
  private ScenarioDiffTable() {}

  /** How a target moved: {@code up 2}, {@code down 1}, {@code =}, or what happened to it. */
  static String move(ScenarioDiffResult.Target r) {
    return switch (r.status()) {
      case ABSORBED -> "absorbed";
      case NEW -> "new";
      case DROPPED -> "dropped";
      case KEPT -> {
        int c = r.rankChange() == null ? 0 : r.rankChange();
        yield c > 0 ? "up " + c : c < 0 ? "down " + (-c) : "=";
      }
    };
  }

  /** Why a kept target moved: its top three factor changes, then its raw values that changed. */
  static String why(ScenarioDiffResult.Target r) {
    if (r.status() != ScenarioDiffResult.Status.KEPT) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(3, r.factors().size()); i++) {
      ScenarioDiffResult.Factor f = r.factors().get(i);
      double change = f.contributionChange() == null ? Double.NaN : f.contributionChange();
      parts.add(String.format(Locale.ROOT, "%s %+.1f", f.factor(), change));
    }
    String s = String.join(", ", parts);
    if (!r.rawChanged().isEmpty()) {
      s += (s.isEmpty() ? "" : "; ") + "raw: " + String.join(", ", r.rawChanged());
    }
    return s;
  }
}
