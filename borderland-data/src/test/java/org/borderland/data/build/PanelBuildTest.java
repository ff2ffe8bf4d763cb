package org.borderland.data.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderland.core.country.CountryRegistry;
import org.borderland.data.factbook.json.SnapshotImporter;
import org.borderland.data.importer.ImportException;
import org.borderland.data.importer.Importer;
import org.borderland.data.registry.NonStates;
import org.borderland.data.registry.RegistryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelBuildTest {
  @TempDir Path sources;

  private final CountryRegistry registry = RegistryTables.standard();

  private List<Importer> snapshotOnly() {
    FactbookParser parser = new FactbookParser(registry);
    return List.of(new SnapshotImporter(parser, NonStates.standard()::isNonStateFips));
  }

  private void snapshot(String json) throws IOException {
    Path file = sources.resolve("factbook/2026-01-22-783ed27f7a11/central-asia/kz.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
  }

  @Test
  void aSnapshotMissingASectionBuildsAndSaysWhatWasMissing() throws Exception {
    snapshot(
        "{\"Geography\": {\"Land boundaries\": {\"total\": {\"text\": \"13,364 km\"},"
            + " \"border countries (5)\": {\"text\": \"China 1,765 km; Russia 7,644 km\"}}}}");
    List<String> log = new ArrayList<>();
    PanelBuild.Result r = PanelBuild.run(sources, snapshotOnly(), registry, log::add);
    assertThat(r.report().ok()).isTrue();
    assertThat(r.rows())
        .anySatisfy(
            o -> {
              assertThat(o.indicator()).isEqualTo("land_border_km");
              assertThat(o.key()).isEqualTo("RUS");
              assertThat(o.value()).isEqualTo(7644.0);
            });
    assertThat(log)
        .anySatisfy(l -> assertThat(l).contains("kz.json has no 'People and Society' section"));
  }

  @Test
  void anUnknownBorderCountryNameFailsNamingTheFieldAndTheClosestMatch() throws Exception {
    snapshot(
        "{\"Geography\": {\"Land boundaries\": {\"total\": {\"text\": \"13,364 km\"},"
            + " \"border countries (2)\": {\"text\": \"China 1,765 km; Rusia 7,644 km\"}}}}");
    assertThatThrownBy(() -> PanelBuild.run(sources, snapshotOnly(), registry, l -> {}))
        .hasMessageContaining("Rusia")
        .hasMessageContaining("Land boundaries")
        .hasMessageContaining("RUS");
  }

  @Test
  void aMissingSourcesDirectorySaysWhatToPass() {
    assertThatThrownBy(
            () -> PanelBuild.run(sources.resolve("nope"), snapshotOnly(), registry, l -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("--sources ../shared/data");
  }
}
