package eu.chorus.extract;

import java.nio.file.Path;

/**
 * Turns one file into page texts. Implementations never throw for bad input: a file that cannot be
 * read comes back {@link FileStatus#QUARANTINED} with the reason; only a broken configuration
 * throws. Implementations are thread-safe.
 */
public interface TextExtractor {

  ExtractedText extract(Path file);
}
