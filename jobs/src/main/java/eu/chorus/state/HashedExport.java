package eu.chorus.state;

import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.util.List;

/**
 * An export read and every one of its files hashed, once per run: the run key (is anything new
 * tonight?) and the state's caches (which contents are new?) both start from these hashes.
 *
 * @param files every listed file with its content hash, in the export's order
 */
public record HashedExport(Export export, List<HashedFile> files) {

  public HashedExport {
    files = List.copyOf(files);
  }

  /**
   * Reads the export's metadata and hashes its files in this JVM. Hashing is cheap next to
   * extraction (the sample's 17 MB in well under a second); a Spark job for it cost seconds of
   * scheduling and serialisation.
   */
  public static HashedExport read(Location input) throws IOException {
    Export export = ExportReader.read(input);
    return new HashedExport(export, export.files().stream().map(HashedFile::of).toList());
  }
}
