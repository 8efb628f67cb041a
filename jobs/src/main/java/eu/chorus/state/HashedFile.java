package eu.chorus.state;

import eu.chorus.ingest.InputFile;
import java.io.Serializable;

/**
 * An input file and the SHA-256 of its bytes: the key of its cached results.
 *
 * @param sha256 empty when the file is missing or could not be read ({@code problem} says why)
 */
public record HashedFile(InputFile file, String sha256, String problem) implements Serializable {

  public boolean readable() {
    return !sha256.isEmpty();
  }
}
