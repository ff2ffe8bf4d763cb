package org.borderland.data.cow;

import java.time.LocalDate;
import org.borderland.data.importer.DatasetVintage;

/**
 * The release of each Correlates of War (and related) dataset Borderland reads, and how its date
 * was determined. All come from the R package peacesciencer, converted to CSV (see {@code
 * shared/data/SOURCES.md}); all are single releases with revised history, so their rows are not
 * as-known. Where only the release year is documented, the date is the year's last day: a
 * conservative choice that never claims the data were out earlier than they were.
 */
public final class CowVintages {
  private static final String PS = "peacesciencer fe150a2";

  /**
   * NMC 7.0. SOURCES.md: peacesciencer's data-raw/cow_nmc.R reads NMC-70-abridged.csv (its
   * ps_data_version.csv saying 6 is stale). Date: Our World in Data's snapshot metadata for NMC
   * v7.0 (owid/etl snapshots/cow/2026-07-22) dates NMC-70-abridged.csv inside COW's NMCv7.zip
   * 2026-02-25; OWID's 2024-07 snapshot still carried v6.0, so v7.0 is later than mid-2024.
   */
  public static final DatasetVintage NMC =
      new DatasetVintage(
          "cow-nmc",
          "NMC 7.0 via " + PS,
          2026,
          LocalDate.of(2026, 2, 25),
          "file date of NMC-70-abridged.csv per OWID snapshot metadata");

  /** Direct Contiguity 3.2, to 2016 (SOURCES.md); COW released v3.2 in 2017 (day not known). */
  public static final DatasetVintage CONTIGUITY =
      yearEnd(
          "cow-contdir",
          "Direct Contiguity 3.2 via " + PS,
          2017,
          "version per SOURCES.md; release year 2017, day unknown: year end");

  /** ATOP 5.0, to 2018 (SOURCES.md); released 2020 (day not known). */
  public static final DatasetVintage ATOP =
      yearEnd(
          "atop",
          "ATOP 5.0 via " + PS,
          2020,
          "version per SOURCES.md; release year 2020, day unknown: year end");

  /**
   * COW Formal Alliances 4.1, to 2012; from peacesciencer 6df46f4 because it was removed from HEAD
   * (SOURCES.md). Released 2013 (day not known).
   */
  public static final DatasetVintage COW_ALLIANCE =
      yearEnd(
          "cow-alliance",
          "COW Formal Alliances 4.1 via peacesciencer 6df46f4",
          2013,
          "version per SOURCES.md; release year 2013, day unknown: year end");

  /** MID 5.0, to 2014 (SOURCES.md); cited as Palmer et al. 2021 in ps_data_version.csv. */
  public static final DatasetVintage MID =
      yearEnd(
          "cow-mid",
          "MID 5.0 via " + PS,
          2021,
          "version per SOURCES.md, year per ps_data_version.csv (palmeretal2021mid5); day unknown");

  /** Latent territorial threat (Miller 2022, Journal of Global Security Studies), 1816–2010. */
  public static final DatasetVintage TERRITORIAL_THREAT =
      yearEnd(
          "terrthreat",
          "Miller (2022) latent territorial threat via " + PS,
          2022,
          "publication year of the article the estimates accompany; day unknown: year end");

  /** CREG fractionalisation (Nardulli et al. 2012), per ps_data_version.csv. */
  public static final DatasetVintage CREG =
      yearEnd(
          "creg",
          "CREG 2012 via " + PS,
          2012,
          "version 2012 per ps_data_version.csv; day unknown: year end");

  /**
   * Minimum distances computed by peacesciencer from CShapes 2.0 (Schvitz et al. 2021, per
   * ps_data_version.csv), to 2019.
   */
  public static final DatasetVintage MIN_DISTANCE =
      yearEnd(
          "cow-mindist",
          "CShapes 2.0 minimum distances via " + PS,
          2021,
          "CShapes 2 (schvitz2021mis) per ps_data_version.csv; day unknown: year end");

  /**
   * COW major powers, state-system version 2016 (spells end 2016-12-31), so released 2017 at the
   * earliest; day not known.
   */
  public static final DatasetVintage MAJORS =
      yearEnd(
          "cow-majors",
          "COW State System 2016 major powers via " + PS,
          2017,
          "version 2016 (data to 2016-12-31) per the file; released 2017 at the earliest");

  private CowVintages() {}

  /** A release whose day is not known: dated the last day of its year. */
  private static DatasetVintage yearEnd(String dataset, String edition, int year, String basis) {
    return new DatasetVintage(dataset, edition, year, LocalDate.of(year, 12, 31), basis);
  }
}
