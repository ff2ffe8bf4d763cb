package org.borderland.data.factbook.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes a tiny archive (country table and per-edition SQL dumps) under a temporary directory. */
final class ArchiveFixture {
  private final Path sources;
  private final List<String> countryRows = new ArrayList<>();

  ArchiveFixture(Path sources) {
    this.sources = sources;
  }

  Path sources() {
    return sources;
  }

  Path fieldsFile(int year) {
    return sources
        .resolve(ArchiveImporter.FOLDER)
        .resolve("fields")
        .resolve("country_fields_" + year + ".sql.gz");
  }

  Path countriesFile() {
    return sources.resolve(ArchiveImporter.FOLDER).resolve("reference_tables/countries.csv");
  }

  /** Adds a row to countries.csv; a name with a comma is quoted as the real file does. */
  ArchiveFixture country(long id, int year, String code, String name, long master) {
    String n =
        name.contains(",") || name.contains("\"") ? '"' + name.replace("\"", "\"\"") + '"' : name;
    countryRows.add(id + "," + year + "," + code + "," + n + ",text," + master);
    return this;
  }

  /** Writes countries.csv. */
  ArchiveFixture writeCountries() throws IOException {
    Path f = countriesFile();
    Files.createDirectories(f.getParent());
    StringBuilder b = new StringBuilder("CountryID,Year,Code,Name,Source,MasterCountryID\n");
    for (String r : countryRows) {
      b.append(r).append('\n');
    }
    Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
    return this;
  }

  /** An SQL tuple for one row, quoting as the dump does. */
  static String row(long fieldId, long countryId, String field, String content) {
    return "  ("
        + fieldId
        + ", 1, "
        + countryId
        + ", N'"
        + field.replace("'", "''")
        + "', N'"
        + content.replace("'", "''")
        + "')";
  }

  /** A whole dump in the archive's layout (header, one INSERT, CRLF line ends). */
  static String dump(int year, List<String> rows) {
    StringBuilder b = new StringBuilder();
    b.append("-- CountryFields for year ")
        .append(year)
        .append(": ")
        .append(String.format("%,d", rows.size()))
        .append(" rows\r\n");
    b.append("-- Exported from CIA_WorldFactbook archive\r\n\r\n");
    b.append("SET IDENTITY_INSERT CountryFields ON;\r\nGO\r\n\r\n");
    b.append("INSERT INTO CountryFields (FieldID, CategoryID, CountryID, FieldName, Content)\r\n");
    b.append("VALUES\r\n");
    b.append(String.join(",\r\n", rows)).append(";\r\nGO\r\n\r\n");
    b.append("SET IDENTITY_INSERT CountryFields OFF;\r\nGO\r\n");
    return b.toString();
  }

  /** Writes one edition's dump, gzipped. */
  ArchiveFixture edition(int year, List<String> rows) throws IOException {
    return editionText(year, dump(year, rows));
  }

  /** Writes raw SQL text as one edition's gzipped dump. */
  ArchiveFixture editionText(int year, String sql) throws IOException {
    return editionBytes(year, sql.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes, gzipped, as one edition's dump. */
  ArchiveFixture editionBytes(int year, byte[] bytes) throws IOException {
    Path f = fieldsFile(year);
    Files.createDirectories(f.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write(bytes);
    }
    return this;
  }
}
