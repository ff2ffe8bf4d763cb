package org.borderland.data.coinr;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.borderland.core.pipeline.Pipeline;
import org.borderland.core.pipeline.Results;
import org.borderland.core.pipeline.Run;
import org.borderland.data.importer.ImportException;

/**
 * Builds a composite indicator from files in COINr's layout: reads the data and tree, reads the
 * pipeline file (or takes COINr's simple build), runs it and writes the results table.
 */
public final class Composite {
  private Composite() {}

  /**
   * What was built.
   *
   * @param run the run, with every dataset and the log
   * @param pipelineSource the pipeline file, or {@code "simple build"}
   */
  public record Built(Run run, String pipelineSource) {
    /** The results. */
    public Results results() {
      return run.results();
    }
  }

  /**
   * Reads, runs and returns the run without writing.
   *
   * @throws ImportException for a bad data or metadata file
   * @throws PipelineFileException for a bad pipeline file
   * @throws org.borderland.core.pipeline.PipelineException when a step cannot be applied
   */
  public static Built run(
      Path iData, Path iMeta, Optional<Path> denominators, Optional<Path> pipelineFile)
      throws ImportException, PipelineFileException {
    CoinrInput in = CoinrReader.read(iData, iMeta, denominators);
    Pipeline p =
        pipelineFile.isPresent()
            ? PipelineFile.read(pipelineFile.get(), in.tree())
            : Pipeline.simple();
    return new Built(
        p.run(in.dataset(), in.tree()), pipelineFile.map(Path::toString).orElse("simple build"));
  }

  /**
   * Writes the results table to a file, replacing it (written to a temporary file first, so a
   * failed run leaves no half-written table).
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(Results results, Path out) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, ".results", ".csv");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      ResultsCsv.write(results, w);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
