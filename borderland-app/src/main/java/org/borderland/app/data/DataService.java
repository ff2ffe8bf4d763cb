package org.borderland.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.borderland.app.Borderland;
import org.borderland.app.common.Inputs;
import org.borderland.app.problem.BadParameter;
import org.borderland.core.country.CodeSystem;
import org.borderland.core.country.Country;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.country.CrosswalkEntry;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Panel;
import org.borderland.core.panel.PanelValidation;
import org.borderland.core.panel.ValidationReport;
import org.borderland.data.curated.CuratedFact;
import org.borderland.data.curated.CuratedFacts;
import org.borderland.data.curated.CuratedFactsException;
import org.borderland.data.curated.Factor;
import org.borderland.data.query.PanelQueries;
import org.borderland.data.query.ShowRow;
import org.borderland.data.registry.RegistryTables;
import org.borderland.data.store.PanelStore;

/**
 * Looks into the data: a country's sourced figures, the panel's check, the curated facts of a pair
 * and the country registry. The panel is read from the application's panel directory as it is on
 * disk for its check (a panel being checked need not load into an engine); figures are read from
 * the loaded engine's panel.
 */
public final class DataService {
  /** The code systems a registry table shows, in order. */
  public static final List<CodeSystem> SHOWN_CODES =
      List.of(CodeSystem.ISO2, CodeSystem.FIPS, CodeSystem.COW, CodeSystem.COW_ABB);

  private final Borderland app;

  /** A service of {@code app}. */
  public DataService(Borderland app) {
    this.app = app;
  }

  /** A country's figures with their sources, as {@code data show} lists them. */
  public ShowResult show(ShowRequest r) {
    Country c = Inputs.resolve(RegistryTables.standard(), r.country(), "country");
    List<ShowRow> rows =
        PanelQueries.show(
            app.engine().panel(),
            c.iso3(),
            Optional.ofNullable(r.indicator()),
            Optional.ofNullable(r.key()),
            r.year() == null ? OptionalInt.empty() : OptionalInt.of(r.year()));
    return new ShowResult(c.iso3(), rows.stream().map(DataService::row).toList());
  }

  /** The panel's errors, warnings and coverage, checked against this year's end. */
  public PanelCheckResult validate() {
    Panel panel = panel();
    ValidationReport r =
        PanelValidation.validate(panel.rows(), RegistryTables.standard(), Year.now().getValue());
    return new PanelCheckResult(
        panel.size(),
        r.errorCount(),
        r.warningCount(),
        r.errors(),
        r.warnings(),
        r.coverage().stream()
            .map(
                c ->
                    new PanelCheckResult.Coverage(
                        c.dataset(), c.indicator(), c.edition(), c.present(), c.states()))
            .toList(),
        panel.countries().size());
  }

  /** The curated facts of an aggressor→target pair and their counts per factor. */
  public FactsResult facts(FactsRequest r) {
    CountryRegistry reg = RegistryTables.standard();
    String a = Inputs.resolve(reg, r.aggressor(), "aggressor").iso3();
    String t = Inputs.resolve(reg, r.target(), "target").iso3();
    Path dir = app.config().curated();
    CuratedFacts facts;
    try {
      facts = CuratedFacts.load(dir.resolve("facts.yaml"), dir.resolve("researched.yaml"), reg);
    } catch (CuratedFactsException e) {
      throw BadParameter.of("curated", dir.toString(), e);
    }
    LocalDate asOf = r.year() == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(r.year(), 12, 31);
    List<CuratedFact> listed = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Factor f : Factor.values()) {
      listed.addAll(facts.factsFor(a, t, f, asOf));
      OptionalInt n = facts.count(a, t, f, asOf);
      counts.put(f.id(), n.isPresent() ? n.getAsInt() : null);
    }
    listed.sort((x, y) -> x.date().compareTo(y.date()));
    return new FactsResult(
        a,
        t,
        r.year() == null ? null : asOf.toString(),
        counts,
        listed.stream()
            .map(
                f ->
                    new FactsResult.Fact(
                        f.id(),
                        f.date().toString(),
                        f.factor().id(),
                        f.kind().name().toLowerCase(Locale.ROOT),
                        f.description(),
                        f.citation().text(),
                        f.verified(),
                        f.verifiedBy()))
            .toList());
  }

  /** The registry's entries (those of a year, with the codes valid then). */
  public CountriesResult countries(CountriesRequest r) {
    CountryRegistry reg = RegistryTables.standard();
    Integer year = r.year();
    List<CountriesResult.Entry> out = new ArrayList<>();
    for (Country c : reg.all()) {
      if (year != null && !c.existsIn(year)) {
        continue;
      }
      Map<String, String> shown = new LinkedHashMap<>();
      for (CodeSystem s : SHOWN_CODES) {
        shown.put(s.name(), code(reg, c, s, year));
      }
      out.add(
          new CountriesResult.Entry(
              c.iso3(),
              c.name(),
              c.officialName(),
              c.kind().name(),
              c.fromYear(),
              c.toYear(),
              c.aliases(),
              reg.crosswalkOf(c.iso3()).stream()
                  .map(
                      e ->
                          new CountriesResult.Code(
                              e.system().name(),
                              e.code(),
                              e.fromYear(),
                              e.toYear() == null ? "" : e.toYear()))
                  .toList(),
              c.note(),
              shown));
    }
    return new CountriesResult(out);
  }

  private static String code(CountryRegistry reg, Country c, CodeSystem s, Integer year) {
    if (year != null) {
      return reg.codeOf(c.iso3(), s, year).orElse("");
    }
    return String.join(
        "|",
        reg.crosswalkOf(c.iso3()).stream()
            .filter(e -> e.system() == s)
            .map(CrosswalkEntry::code)
            .distinct()
            .toList());
  }

  private static ShowResult.Row row(ShowRow r) {
    Observation o = r.observation();
    return new ShowResult.Row(
        r.country(),
        r.indicator(),
        r.key(),
        o == null ? null : o.value(),
        o == null ? null : o.unit(),
        o == null ? null : o.refYear(),
        o == null ? null : o.edition(),
        o == null ? null : o.published().toString(),
        o == null ? null : o.asKnown(),
        o == null
            ? null
            : new ShowResult.Source(
                o.source().dataset(), o.source().edition(), o.source().field(), o.source().text()),
        o == null ? "" : o.note(),
        r.choice().isEmpty() ? null : r.choice(),
        r.dataset());
  }

  /**
   * The panel as it is on disk.
   *
   * @throws IllegalStateException when there is none (a set-up error, not a request's)
   */
  private Panel panel() {
    Path dir = app.config().panel();
    if (!PanelStore.exists(dir)) {
      throw new IllegalStateException(
          "No panel at "
              + dir
              + "; build one with `borderland data build --sources ../shared/data` or choose"
              + " another panel directory");
    }
    try {
      return new Panel(PanelStore.read(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the panel at " + dir, e);
    }
  }
}
