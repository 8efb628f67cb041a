package eu.chorus.state;

import eu.chorus.extract.ContentHash;
import eu.chorus.ingest.InputFile;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * An input file and the SHA-256 of its bytes: the key of its cached results.
 *
 * @param sha256 empty when the file is missing or could not be read ({@code problem} says why)
 */
public record HashedFile(InputFile file, String sha256, String problem) implements Serializable {

  /**
   * Reads and hashes the file, through {@link Location}: a file-system URI's files are read where
   * they are.
   */
  public static HashedFile of(InputFile f) {
    if (!f.present()) {
      return new HashedFile(f, "", f.listingNote());
    }
    try (InputStream in = Location.of(f.path()).open()) {
      return new HashedFile(f, ContentHash.sha256(in), "");
    } catch (IOException e) {
      return new HashedFile(f, "", "file could not be read: " + e.getMessage());
    }
  }

  public boolean readable() {
    return !sha256.isEmpty();
  }
}
