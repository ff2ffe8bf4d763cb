package org.borderland.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.build.PanelLocation;
import org.borderland.data.curated.CuratedFact;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.curated.Factor;
import org.borderland.data.registry.RegistryTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code borderland data facts}: the curated, cited facts about one aggressor→target pair. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "List the curated, cited facts about an aggressor→target pair, unverified ones marked,",
      "and per factor the count as of a date — or 'missing' where nobody has researched it."
    })
public final class DataFactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--aggressor",
      defaultValue = "RUS",
      paramLabel = "ISO3",
      description = "Aggressor (default: ${DEFAULT-VALUE}).")
  String aggressor;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "ISO3|NAME",
      description = "Target country.")
  String target;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description = "Count facts known by the end of Y (default: all).")
  Integer year;

  @Option(
      names = "--curated",
      paramLabel = "DIR",
      description = "Curated facts directory (default: the project's curated/).")
  Path curatedDir;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    Years.check(year, "--year");
    CountryRegistry reg = RegistryTables.standard();
    String a = reg.resolve(aggressor, "--aggressor").iso3();
    String t = reg.resolve(target, "--target").iso3();
    Path dir =
        curatedDir != null
            ? curatedDir
            : PanelLocation.projectRoot().orElse(Path.of(".")).resolve("curated");
    CuratedFacts facts =
        CuratedFacts.load(dir.resolve("facts.yaml"), dir.resolve("researched.yaml"), reg);
    LocalDate asOf = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
    List<CuratedFact> listed = new ArrayList<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      listed.addAll(facts.factsFor(a, t, f, asOf));
      OptionalInt n = facts.count(a, t, f, asOf);
      counts.put(f.id(), n.isPresent() ? n.getAsInt() : null);
    }
    listed.sort((x, y) -> x.date().compareTo(y.date()));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("aggressor", a);
      m.put("target", t);
      m.put("asOf", year == null ? null : asOf.toString());
      m.put("counts", counts);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CuratedFact f : listed) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", f.id());
        r.put("date", f.date().toString());
        r.put("factor", f.factor().id());
        r.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
        r.put("description", f.description());
        r.put("citation", f.citation().text());
        r.put("verified", f.verified());
        r.put("verifiedBy", f.verifiedBy());
        rows.add(r);
      }
      m.put("facts", rows);
      out.println(Json.write(m));
      return ExitCode.OK;
    }
    out.printf(
        "Curated facts %s → %s%s (unverified entries are marked)%n%n",
        a, t, year == null ? "" : " known by the end of " + year);
    Table facts2 = new Table("date", "factor", "verified", "description", "citation");
    for (CuratedFact f : listed) {
      facts2.add(
          f.date().toString(),
          f.factor().id(),
          f.verified() ? "yes" : "UNVERIFIED",
          f.description(),
          f.citation().text());
    }
    facts2.printAligned(out);
    out.println();
    Table c = new Table("factor", "count");
    counts.forEach((k, v) -> c.add(k, v == null ? "missing (not researched)" : v.toString()));
    c.printAligned(out);
    return ExitCode.OK;
  }
}
