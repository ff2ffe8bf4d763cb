package org.borderland.data.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.borderland.core.panel.Observation;
import org.borderland.core.panel.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelStoreTest {
  @TempDir Path tmp;

  private static Observation row(
      String country, String key, Double value, int edition, String text) {
    return new Observation(
        country,
        "ethnic_share",
        key,
        value,
        "%",
        edition - 1,
        edition,
        LocalDate.of(edition, 12, 31),
        true,
        new Source("factbook-archive", edition + " edition", "Ethnic groups", text));
  }

  private static List<Observation> sample() {
    String text = "Kazakh (Qazaq) 53.4%, Russian 30%,\tnote: tab\nand newline \\ backslash";
    return List.of(
        row("KAZ", "Kazakh", 53.4, 2005, text),
        row("KAZ", "Russian", 30.0, 2005, text),
        row("KAZ", "Russian", 23.7, 2014, "Kazakh (Qazaq) 63.1%, Russian 23.7%"),
        row("RUS", "Russian", null, 1992, "Russian NA%").withNote("source prints NA"),
        row("RUS", "^", 1.0, 1992, "^").withNote("^"),
        row("RUS", "Tatar", 3.8, 1992, "Russian NA%").withNote("^"),
        new Observation(
            "KAZ",
            "population",
            "",
            1.9245793e7,
            "persons",
            2020,
            2025,
            LocalDate.of(2025, 7, 1),
            false,
            new Source(
                "wdi-population", "WDI @ 425fc44", "Value", "Kazakhstan,KAZ,2020,19245793")));
  }

  @Test
  void writeThenReadGivesBackEveryField() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    List<Observation> back = PanelStore.read(dir);
    assertThat(back).containsExactlyInAnyOrderElementsOf(sample());
  }

  @Test
  void repeatedCellsAreWrittenOnceAndReadBack() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    String shard = Files.readString(dir.resolve("factbook-archive/2005.tsv"));
    assertThat(shard).contains("KAZ\tethnic_share\tKazakh").contains("\n^\t^\tRussian\t30\t");
    assertThat(PanelStore.read(dir)).containsExactlyInAnyOrderElementsOf(sample());
  }

  @Test
  void theSameRowsInAnyOrderGiveTheSameBytes() throws IOException {
    List<Observation> shuffled = new ArrayList<>(sample());
    Collections.shuffle(shuffled, new Random(7));
    PanelStore.write(sample(), tmp.resolve("a"));
    PanelStore.write(shuffled, tmp.resolve("b"));
    for (PanelStore.ManifestEntry e : PanelStore.manifest(tmp.resolve("a"))) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(e.file())))
          .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(e.file())));
    }
    assertThat(Files.readString(tmp.resolve("b/MANIFEST.tsv")))
        .isEqualTo(Files.readString(tmp.resolve("a/MANIFEST.tsv")));
  }

  @Test
  void rawTextIsStoredOncePerShard() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    String shard = Files.readString(dir.resolve("factbook-archive/2005.tsv"));
    assertThat(shard.split("Kazakh \\(Qazaq\\) 53.4%", -1)).hasSize(2);
  }

  @Test
  void valuesReadBackAsTheSameDoubles() {
    for (double v : new double[] {0.1, 1e-9, 5.45e10, 23.7, 1.0 / 3, 123456789012.5, -2.25}) {
      assertThat(Double.parseDouble(PanelStore.formatValue(v))).isEqualTo(v);
      assertThat(PanelStore.formatValue(v)).doesNotContain("E");
    }
  }

  @Test
  void bigShardsAreSplitUnderTheSizeLimit() throws IOException {
    List<Observation> many = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      String c = "C" + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26);
      many.add(
          row(c, "group" + i, 1.0, 2010, "text " + i + " padding padding padding padding padding"));
    }
    Path dir = tmp.resolve("panel");
    List<PanelStore.ManifestEntry> m = PanelStore.write(many, dir);
    assertThat(m).hasSizeGreaterThan(1);
    for (PanelStore.ManifestEntry e : m) {
      assertThat(Files.size(dir.resolve(e.file()))).isLessThanOrEqualTo(PanelStore.MAX_SHARD_BYTES);
    }
    assertThat(PanelStore.read(dir)).hasSize(60_000);
  }

  @Test
  void aFailedWriteLeavesThePreviousPanelIntact() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    String before = Files.readString(dir.resolve("MANIFEST.tsv"));
    Observation bad =
        new Observation(
            "KAZ",
            "population",
            "",
            1.0,
            "",
            null,
            2020,
            LocalDate.of(2020, 1, 1),
            true,
            new Source("Not A Dataset", "x", "f", "t"));
    assertThatThrownBy(() -> PanelStore.write(List.of(bad), dir))
        .hasMessageContaining("Dataset id 'Not A Dataset'");
    assertThat(Files.readString(dir.resolve("MANIFEST.tsv"))).isEqualTo(before);
    assertThat(PanelStore.read(dir)).hasSize(sample().size());
    try (var s = Files.list(tmp)) {
      // The build lock stays beside the panel; nothing else does.
      assertThat(s.map(p -> p.getFileName().toString())).containsOnly("panel", ".panel.lock");
    }
  }

  @Test
  void aHandEditedShardIsRejectedWithTheFileNamed() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    Path shard = dir.resolve("factbook-archive/2014.tsv");
    Files.writeString(shard, Files.readString(shard).replace("23.7\t", "99\t"));
    assertThatThrownBy(() -> PanelStore.read(dir))
        .isInstanceOf(PanelFormatException.class)
        .hasMessageContaining("2014.tsv")
        .hasMessageContaining("SHA-256")
        .hasMessageContaining("borderland data build");
  }

  @Test
  void aTruncatedShardWhoseManifestAgreesIsRejectedWithTheLine() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    Path shard = dir.resolve("factbook-archive/2005.tsv");
    String before = sha256(Files.readAllBytes(shard));
    String s = Files.readString(shard);
    Files.writeString(shard, s.substring(0, s.length() - 20));
    Path manifest = dir.resolve(PanelStore.MANIFEST);
    Files.writeString(
        manifest, Files.readString(manifest).replace(before, sha256(Files.readAllBytes(shard))));
    assertThatThrownBy(() -> PanelStore.read(dir))
        .isInstanceOf(PanelFormatException.class)
        .hasMessageContaining("2005.tsv line");
  }

  @Test
  void aReaderThatCatchesABuildHalfwayReadsOnceMoreAndGetsTheFinishedPanel() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    List<Observation> next = new ArrayList<>(sample());
    next.add(row("KAZ", "Uzbek", 3.2, 2014, "Kazakh (Qazaq) 63.1%, Russian 23.7%"));
    Path finished = tmp.resolve("finished");
    PanelStore.write(next, finished);
    // Halfway: the new 2014 shard is in place, the manifest is still the old one.
    copy(finished, dir, "factbook-archive/2014.tsv");
    List<Duration> pauses = new ArrayList<>();
    List<Observation> read =
        PanelStore.read(
            dir,
            Duration.ofMillis(250),
            wait -> {
              pauses.add(wait);
              copy(finished, dir, PanelStore.MANIFEST);
            });
    assertThat(pauses).containsExactly(Duration.ofMillis(250));
    assertThat(read).containsExactlyInAnyOrderElementsOf(next);
  }

  @Test
  void aReaderThatStillSeesAMismatchAfterWaitingOnceFailsNamingTheFileAndWhatToDo()
      throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    Path shard = dir.resolve("factbook-archive/2014.tsv");
    Files.writeString(shard, Files.readString(shard).replace("23.7\t", "99\t"));
    List<Duration> pauses = new ArrayList<>();
    assertThatThrownBy(() -> PanelStore.read(dir, Duration.ofMillis(250), pauses::add))
        .isInstanceOf(PanelFormatException.class)
        .hasMessageContaining(shard.toString())
        .hasMessageContaining("does not match its SHA-256 in MANIFEST.tsv")
        .hasMessageContaining("also when read again 250 ms later")
        .hasMessageContaining("may be replacing the panel's files")
        .hasMessageContaining("borderland data build --sources ../shared/data")
        .hasMessageContaining("git checkout panel/");
    assertThat(pauses).hasSize(1);
  }

  @Test
  void aFileTheManifestListsButABuildRemovedIsReadAgainOnce() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    Files.delete(dir.resolve("wdi-population/2025.tsv"));
    List<Duration> pauses = new ArrayList<>();
    assertThatThrownBy(() -> PanelStore.read(dir, Duration.ZERO, pauses::add))
        .isInstanceOf(PanelFormatException.class)
        .hasMessageContaining("wdi-population/2025.tsv")
        .hasMessageContaining("is listed in MANIFEST.tsv but missing");
    assertThat(pauses).hasSize(1);
  }

  @Test
  void aWholePanelIsReadWithoutWaiting() throws IOException {
    Path dir = tmp.resolve("panel");
    PanelStore.write(sample(), dir);
    List<Duration> pauses = new ArrayList<>();
    assertThat(PanelStore.read(dir, Duration.ofSeconds(5), pauses::add)).hasSize(sample().size());
    assertThat(pauses).isEmpty();
  }

  private static void copy(Path from, Path to, String file) {
    try {
      Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
