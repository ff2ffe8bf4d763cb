package org.borderland.data.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.core.panel.Observation;
import org.borderland.data.cow.CowImporters;
import org.borderland.data.curated.CuratedImporter;
import org.borderland.data.factbook.FactbookCorrections;
import org.borderland.data.factbook.archive.ArchiveImporter;
import org.borderland.data.factbook.json.SnapshotImporter;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.Importer;
import org.borderland.data.registry.NonStates;
import org.borderland.data.rivalry.StrategicRivalryImporter;
import org.borderland.data.sipri.SipriMilexImporter;
import org.borderland.data.unga.IdealPointImporter;
import org.borderland.data.unga.VoteAgreementImporter;
import org.borderland.data.worldbank.WdiImporter;

/**
 * The importers a standard build runs, in order: the Factbook first, so a bad archive fails fast.
 */
public final class StandardImporters {
  private StandardImporters() {}

  /**
   * Every importer of a standard build.
   *
   * @param registry the country registry the Factbook parsers resolve names with
   * @param curatedDir the project's {@code curated/} directory
   */
  public static List<Importer> all(CountryRegistry registry, Path curatedDir) {
    NonStates nonStates = NonStates.standard();
    List<Importer> out = new ArrayList<>();
    FactbookParser archiveParser = new FactbookParser(registry);
    Path corrections = curatedDir.resolve(FactbookCorrections.FILE);
    out.add(
        withParserSummary(
            new ArchiveImporter(archiveParser, nonStates::isNonStateName),
            archiveParser,
            corrections));
    FactbookParser snapshotParser = new FactbookParser(registry);
    out.add(
        withParserSummary(
            new SnapshotImporter(snapshotParser, nonStates::isNonStateFips),
            snapshotParser,
            corrections));
    out.addAll(CowImporters.all());
    out.add(WdiImporter.population());
    out.add(WdiImporter.gdp());
    out.add(new SipriMilexImporter());
    out.add(new IdealPointImporter());
    out.add(new VoteAgreementImporter());
    out.add(new StrategicRivalryImporter());
    out.add(new CuratedImporter(curatedDir));
    return out;
  }

  /**
   * The importer, with the corrections of {@code corrections} ({@link FactbookCorrections}) applied
   * to its rows and the parser's count of left-out items added to its warnings.
   */
  private static Importer withParserSummary(
      Importer importer, FactbookParser parser, Path corrections) {
    return new Importer() {
      @Override
      public String dataset() {
        return importer.dataset();
      }

      @Override
      public List<String> inputs() {
        List<String> all = new ArrayList<>(importer.inputs());
        all.add(corrections.toString());
        return all;
      }

      @Override
      public List<Observation> read(Path sources, CountryRegistry registry) throws ImportException {
        return FactbookCorrections.read(corrections, importer.dataset())
            .apply(importer.read(sources, registry), importer.dataset(), corrections);
      }

      @Override
      public List<String> warnings() {
        List<String> all = new ArrayList<>(importer.warnings());
        all.addAll(parser.summary());
        return all;
      }
    };
  }
}
